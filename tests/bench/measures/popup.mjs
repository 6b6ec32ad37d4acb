// Popup opened → helplines painted, in the browser's real toolbar popup: an extension page calls
// chrome.action.openPopup() (Chromium 127+; a browser under automation cannot click the toolbar
// button), then reads the popup's own timeline through chrome.extension.getViews() and closes it.
// A real popup, not a tab, because Chromium shows the popup only once its document has loaded
// (ExtensionPopup::DocumentOnLoadCompletedInPrimaryMainFrame): a tab would paint earlier than a
// person can see.
// Times run from the popup document's navigation start (its time origin). The popup sets
// `performance.mark('vigie:helplines-visible')` at the paint of its first screen (emergency numbers
// and the main line; entrypoints/popup/painted-mark.ts); without the mark, the row says so.
// Next to it, for context: popup.html (what the toolbar opens until the background has chosen a
// prerendered page, drawn by its script alone), the browser's floor (a popup page with one
// paragraph and nothing else, the least any popup can cost), and the time from the openPopup()
// call, which adds the browser's own work of making the popup's window.
// Every page is opened the same way, in turn, in one browser: a copy of the build to which the
// bench adds the floor page (not in the product).
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXTENSION_DIR, launchBenchBrowser } from '../chromium.mjs';
import { pause } from '../pages.mjs';

const HELPLINES_MARK = 'vigie:helplines-visible';
const FLOOR_PAGE = 'bench-floor.html';
const FLOOR_HTML = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>floor</title></head><body><p>Helplines</p></body></html>\n';
/** Between two popups: opening one right after closing another makes both slower and noisier. */
const SETTLE_MS = 250;

/** A browser with a copy of the build that also holds the floor page. */
async function launchCopyWithFloor() {
  const dir = mkdtempSync(join(tmpdir(), 'vigie-bench-floor-'));
  const extensionDir = join(dir, 'chrome-mv3');
  cpSync(EXTENSION_DIR, extensionDir, { recursive: true });
  writeFileSync(join(extensionDir, FLOOR_PAGE), FLOOR_HTML);
  const browser = await launchBenchBrowser({ withExtension: true, fixtures: {}, extensionDir });
  return {
    ...browser,
    async close() {
      await browser.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The page the toolbar button opens, once the background has chosen it (a moment after launch). */
async function toolbarPopupPath(browser) {
  const worker = browser.context.serviceWorkers()[0] ?? (await browser.context.waitForEvent('serviceworker'));
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const url = await worker.evaluate(() => chrome.action.getPopup({}));
    if (url.includes('/popup/')) return new URL(url).pathname.slice(1);
    await pause(50);
  }
  throw new Error('The background never pointed the toolbar at a prerendered popup page.');
}

/**
 * Opens `path` as the toolbar popup from `controller` (an extension page) and returns its first
 * contentful paint, the helplines' mark (when `withMark`) and the time from the openPopup() call.
 */
function openAsPopup(controller, path, withMark) {
  return controller.evaluate(
    async ({ path, withMark, markName }) => {
      await chrome.action.setPopup({ popup: path });
      const calledAt = performance.timeOrigin + performance.now();
      await chrome.action.openPopup();
      for (let attempt = 0; attempt < 500; attempt += 1) {
        const view = chrome.extension.getViews({ type: 'popup' })[0];
        const fcp = view?.performance.getEntriesByName('first-contentful-paint')[0]?.startTime;
        const mark = view?.performance.getEntriesByName(markName, 'mark')[0]?.startTime;
        if (view && fcp !== undefined && (!withMark || mark !== undefined)) {
          const shown = withMark ? mark : fcp;
          const timing = { fcp, mark, fromCall: view.performance.timeOrigin + shown - calledAt };
          view.close();
          return timing;
        }
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      chrome.extension.getViews({ type: 'popup' })[0]?.close();
      return { fcp: undefined, mark: undefined, fromCall: undefined };
    },
    { path, withMark, markName: HELPLINES_MARK },
  );
}

/**
 * @param {{ strayRequests: string[] }} vigie the benchmark's browser with the extension, whose
 *   request log also receives this measure's
 * @param {number} runs
 */
export async function popupPaint(vigie, runs) {
  const browser = await launchCopyWithFloor();
  const series = { helplines: [], firstPaint: [], fromCall: [], scriptOnly: [], floor: [], floorFromCall: [] };
  let toolbarPath;
  try {
    toolbarPath = await toolbarPopupPath(browser);
    const controller = await browser.context.newPage();
    await controller.goto(browser.extensionUrl(FLOOR_PAGE));
    // One more round than counted: the first opening of each page compiles and caches its code.
    for (let run = 0; run <= runs; run += 1) {
      const toolbar = await openAsPopup(controller, toolbarPath, true);
      await pause(SETTLE_MS);
      const scriptOnly = await openAsPopup(controller, 'popup.html', true);
      await pause(SETTLE_MS);
      const floor = await openAsPopup(controller, FLOOR_PAGE, false);
      await pause(SETTLE_MS);
      if (run === 0) continue;
      if (toolbar.mark !== undefined) series.helplines.push(toolbar.mark);
      if (toolbar.fcp !== undefined) series.firstPaint.push(toolbar.fcp);
      if (toolbar.fromCall !== undefined) series.fromCall.push(toolbar.fromCall);
      if (scriptOnly.mark !== undefined) series.scriptOnly.push(scriptOnly.mark);
      if (floor.fcp !== undefined) series.floor.push(floor.fcp);
      if (floor.fromCall !== undefined) series.floorFromCall.push(floor.fromCall);
    }
  } finally {
    // Its requests count with the benchmark's: there must be none.
    vigie.strayRequests.push(...browser.strayRequests);
    await browser.close();
  }
  const opened = `opened ${runs} times as the toolbar popup (chrome.action.setPopup, then openPopup) after a discarded first opening`;
  return [
    {
      id: 'popup-helplines',
      what: 'popup opened → helplines painted',
      unit: 'ms',
      budget: { max: 50, text: '≤ 50 ms' },
      ...(series.helplines.length === runs
        ? { values: series.helplines, method: `${toolbarPath} (the page the toolbar opens, per action.getPopup) ${opened}; the popup's navigation start → mark '${HELPLINES_MARK}' (the paint of the first screen as the browser reports it: Element Timing)` }
        : { missing: series.helplines.length === 0 ? `no popup opened or no mark '${HELPLINES_MARK}' was set` : `the mark appeared in only ${series.helplines.length} of ${runs} openings` }),
    },
    {
      id: 'popup-first-paint',
      what: 'popup opened → first contentful paint',
      unit: 'ms',
      budget: { text: 'none (a lower bound for the row above)' },
      values: series.firstPaint,
      method: `${toolbarPath} ${opened}; navigation start → first-contentful-paint entry`,
    },
    {
      id: 'popup-script-only',
      what: 'popup.html (drawn by its script alone) → helplines painted',
      unit: 'ms',
      budget: { text: 'none (the toolbar opens it only until the background has chosen a prerendered page)' },
      values: series.scriptOnly,
      method: `popup.html ${opened}, each right after the page above; navigation start → mark '${HELPLINES_MARK}'`,
    },
    {
      id: 'paint-floor',
      what: "a popup page with one paragraph → first contentful paint (the browser's floor)",
      unit: 'ms',
      budget: { text: 'none (context for the rows above)' },
      values: series.floor,
      method: `${FLOOR_PAGE} (one paragraph, no script, no stylesheet) added to the copy of the build, ${opened}, each right after popup.html; navigation start → first-contentful-paint entry`,
    },
    {
      id: 'popup-from-call',
      what: 'openPopup() called → helplines painted (adds the making of the popup window)',
      unit: 'ms',
      budget: { text: 'none (mostly the browser’s own work; the floor page: see the next row)' },
      values: series.fromCall,
      method: `the same openings of ${toolbarPath}; time of the chrome.action.openPopup() call in the controlling page → the mark, both on the wall clock (performance.timeOrigin + startTime)`,
    },
    {
      id: 'floor-from-call',
      what: 'openPopup() called → the floor page painted',
      unit: 'ms',
      budget: { text: 'none (context for the row above)' },
      values: series.floorFromCall,
      method: `the same openings of ${FLOOR_PAGE}; openPopup() call → first-contentful-paint entry`,
    },
  ];
}
