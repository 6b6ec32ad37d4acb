// Popup opened → helplines painted, with the page the toolbar button opens (action.getPopup: the
// page prerendered for the browser's language and country) loaded in a tab (a browser under
// automation cannot click the toolbar button), from the navigation's start (time origin 0).
// popup.html, which the toolbar opens only until the background has chosen a page, is measured
// in a row of its own.
// The popup sets `performance.mark('vigie:helplines-visible')` at the moment the browser painted
// its first screen (emergency numbers and the main line; entrypoints/popup/painted-mark.ts). Without
// the mark, the row says so. First contentful paint is reported in its own row, next to the
// browser's floors for an extension page, loaded the same way: a page of the extension with one
// paragraph and nothing else (no script, no stylesheet), and a page whose paragraph is written by
// a one-line module script (the least any page drawn by a script can cost: script-src 'self'
// forbids inline scripts, so the script is a second file to read). These pages are not in the
// product: the bench adds them to a copy of the build, loaded in a browser of its own.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXTENSION_DIR, launchBenchBrowser } from '../chromium.mjs';
import { pause } from '../pages.mjs';

const HELPLINES_MARK = 'vigie:helplines-visible';
const FLOOR_PAGE = 'bench-floor.html';
const FLOOR_HTML = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>floor</title></head><body><p>Helplines</p></body></html>\n';
const SCRIPT_FLOOR_PAGE = 'bench-floor-script.html';
const SCRIPT_FLOOR_HTML = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>floor</title><script type="module" src="/bench-floor-script.js"></script></head><body></body></html>\n';
const SCRIPT_FLOOR_JS = "document.body.append(Object.assign(document.createElement('p'), { textContent: 'Helplines' }));\n";

/** Loads `url` in a new tab; returns its first contentful paint and the helplines' mark. */
async function paintTimes(context, url) {
  const page = await context.newPage();
  await page.goto(url);
  await pause(150);
  const timing = await page.evaluate(
    (mark) =>
      new Promise((resolve) => {
        const found = { fcp: undefined, mark: undefined };
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) if (entry.name === 'first-contentful-paint') found.fcp = entry.startTime;
        }).observe({ type: 'paint', buffered: true });
        found.mark = performance.getEntriesByName(mark, 'mark')[0]?.startTime;
        requestAnimationFrame(() => setTimeout(() => resolve(found)));
      }),
    HELPLINES_MARK,
  );
  await page.close();
  return timing;
}

/** The page the toolbar button opens, once the background has chosen it (a moment after launch). */
async function toolbarPopupUrl(vigie) {
  const worker = vigie.context.serviceWorkers()[0] ?? (await vigie.context.waitForEvent('serviceworker'));
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const url = await worker.evaluate(() => chrome.action.getPopup({}));
    if (url.includes('/popup/')) return url;
    await pause(50);
  }
  throw new Error('The background never pointed the toolbar at a prerendered popup page.');
}

/** A browser with a copy of the build that also holds the one-paragraph page. */
async function launchFloorBrowser() {
  const dir = mkdtempSync(join(tmpdir(), 'vigie-bench-floor-'));
  const extensionDir = join(dir, 'chrome-mv3');
  cpSync(EXTENSION_DIR, extensionDir, { recursive: true });
  writeFileSync(join(extensionDir, FLOOR_PAGE), FLOOR_HTML);
  writeFileSync(join(extensionDir, SCRIPT_FLOOR_PAGE), SCRIPT_FLOOR_HTML);
  writeFileSync(join(extensionDir, 'bench-floor-script.js'), SCRIPT_FLOOR_JS);
  const browser = await launchBenchBrowser({ withExtension: true, fixtures: {}, extensionDir });
  return {
    ...browser,
    async close() {
      await browser.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * @param {Awaited<ReturnType<import('../chromium.mjs').launchBenchBrowser>>} vigie
 * @param {number} runs
 */
export async function popupPaint(vigie, runs) {
  const helplines = [];
  const firstPaint = [];
  const scriptOnly = [];
  const floor = [];
  const scriptFloor = [];
  const toolbarPage = await toolbarPopupUrl(vigie);
  const toolbarPath = new URL(toolbarPage).pathname.slice(1);
  const floorBrowser = await launchFloorBrowser();
  try {
    // One more run than counted: the first load compiles the popup's code.
    for (let run = 0; run <= runs; run += 1) {
      const timing = await paintTimes(vigie.context, toolbarPage);
      const scriptTiming = await paintTimes(vigie.context, vigie.extensionUrl('popup.html'));
      const floorTiming = await paintTimes(floorBrowser.context, floorBrowser.extensionUrl(FLOOR_PAGE));
      const scriptFloorTiming = await paintTimes(floorBrowser.context, floorBrowser.extensionUrl(SCRIPT_FLOOR_PAGE));
      if (run === 0) continue;
      if (scriptFloorTiming.fcp !== undefined) scriptFloor.push(scriptFloorTiming.fcp);
      if (timing.fcp !== undefined) firstPaint.push(timing.fcp);
      if (floorTiming.fcp !== undefined) floor.push(floorTiming.fcp);
      if (timing.mark !== undefined) helplines.push(timing.mark);
      if (scriptTiming.mark !== undefined) scriptOnly.push(scriptTiming.mark);
    }
  } finally {
    vigie.strayRequests.push(...floorBrowser.strayRequests);
    await floorBrowser.close();
  }
  const rows = [];
  rows.push({
    id: 'popup-helplines',
    what: 'popup opened → helplines painted',
    unit: 'ms',
    budget: { max: 50, text: '≤ 50 ms' },
    ...(helplines.length === runs
      ? { values: helplines, method: `${toolbarPath} (the page the toolbar opens, per action.getPopup) loaded ${runs} times in a new tab after a discarded first load; navigation start → mark '${HELPLINES_MARK}' (the paint of the first screen, as the browser reports it: Element Timing)` }
      : {
          missing:
            helplines.length === 0
              ? `feature missing: the popup sets no performance.mark('${HELPLINES_MARK}')`
              : `the mark '${HELPLINES_MARK}' appeared in only ${helplines.length} of ${runs} loads`,
        }),
  });
  rows.push({
    id: 'popup-first-paint',
    what: 'popup opened → first contentful paint',
    unit: 'ms',
    budget: { text: 'none (a lower bound for the row above)' },
    values: firstPaint,
    method: `${toolbarPath} loaded ${runs} times in a new tab after a discarded first load; navigation start → first-contentful-paint entry`,
  });
  rows.push({
    id: 'popup-script-only',
    what: 'popup.html (drawn by its script alone) → helplines painted',
    unit: 'ms',
    budget: { text: 'none (the toolbar opens it only until the background has chosen a prerendered page)' },
    values: scriptOnly,
    method: `popup.html loaded ${runs} times in a new tab, each right after the page above; navigation start → mark '${HELPLINES_MARK}'`,
  });
  rows.push({
    id: 'paint-floor',
    what: "an extension page with one paragraph → first contentful paint (the browser's floor)",
    unit: 'ms',
    budget: { text: 'none (context for the rows above)' },
    values: floor,
    method: `${FLOOR_PAGE} (one paragraph, no script, no stylesheet) added to a copy of the build and loaded in a browser of its own, ${runs} times in a new tab, each right after the popup; navigation start → first-contentful-paint entry`,
  });
  rows.push({
    id: 'paint-floor-script',
    what: 'an extension page whose paragraph a one-line script writes → first contentful paint',
    unit: 'ms',
    budget: { text: 'none (context for the rows above)' },
    values: scriptFloor,
    method: `${SCRIPT_FLOOR_PAGE} (a module script file appends one paragraph; no stylesheet), in the same copy of the build, ${runs} times in a new tab, each right after the page above; navigation start → first-contentful-paint entry`,
  });
  return rows;
}
