// What a person waits for: the first checklist item painted, inside the panel's frame, counted
// from the page's DOMContentLoaded (or from just before its history.pushState). The paint time is
// the browser's own (Element Timing: the items' labels carry elementtiming="vigie-item"), in the
// frame's clock; both clocks are turned into wall time with their timeOrigin.
// - warm: the extension's service worker running (it answered a moment before);
// - stopped: the worker stopped through the DevTools protocol before each load, as Chromium stops
//   it after 30 s idle (the frame then waits for it only if it cannot open IndexedDB itself);
// - in-page navigation: pushState from the home page into the settings URL;
// - a bare frame: a copy of the build whose panel-frame.html is one paragraph (and the script
//   that asks for the open box), the floor of any extension frame shown this way.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXTENSION_DIR, launchBenchBrowser } from '../chromium.mjs';
import { BENCH_FIXTURES, HOME, SETTINGS, pause } from '../pages.mjs';

const isPanelFrame = (frame) => frame.url().includes('/panel-frame.html');

/** The wall time at which the frame painted its first item (waits for the frame and the paint). */
async function firstItemPaint(page, previous) {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const frame = page.frames().find((candidate) => isPanelFrame(candidate) && candidate !== previous);
    if (frame) {
      const painted = await frame
        .evaluate(
          () =>
            new Promise((resolve) => {
              new PerformanceObserver((list, observer) => {
                const times = list.getEntries().filter((entry) => entry.identifier === 'vigie-item').map((entry) => entry.renderTime || entry.loadTime);
                if (times.length === 0) return;
                observer.disconnect();
                resolve(performance.timeOrigin + Math.min(...times));
              }).observe({ type: 'element', buffered: true });
            }),
        )
        .catch(() => undefined);
      if (painted !== undefined) return { frame, painted };
    }
    if (Date.now() > deadline) throw new Error('no checklist item was painted in the panel frame');
    await pause(10);
  }
}

const pageWallClock = (page, field) => page.evaluate((name) => performance.timeOrigin + window.benchClock[name], field);

/** Stops every service worker of the browser (the extension's is the only one), as idleness would. */
async function stopWorkers(vigie, page) {
  const session = await vigie.context.newCDPSession(page);
  await session.send('ServiceWorker.enable');
  await session.send('ServiceWorker.stopAllWorkers');
  await session.detach();
  await pause(100);
}

async function onLoad(vigie, runs, { stopWorker }) {
  const page = await vigie.context.newPage();
  const values = [];
  for (let run = 0; run <= runs; run += 1) {
    if (stopWorker) await stopWorkers(vigie, page);
    await page.goto(`${SETTINGS}&bench=${run}`);
    await page.waitForFunction(() => window.benchClock.domContentLoaded !== undefined, undefined, { polling: 20 });
    const { painted } = await firstItemPaint(page);
    const loaded = await pageWallClock(page, 'domContentLoaded');
    // The first load compiles the content script and the frame's code: discarded.
    if (run > 0) values.push(painted - loaded);
  }
  await page.close();
  return values;
}

async function onPushState(vigie, runs) {
  const page = await vigie.context.newPage();
  await page.goto(HOME);
  await pause(300);
  const values = [];
  let previous;
  for (let run = 0; run <= runs; run += 1) {
    const startedAt = await page.evaluate(() => {
      const at = performance.timeOrigin + performance.now();
      history.pushState({}, '', '/settings?tab=privacy');
      return at;
    });
    const { frame, painted } = await firstItemPaint(page, previous);
    previous = frame;
    if (run > 0) values.push(painted - startedAt);
    await page.evaluate(() => history.pushState({}, '', '/'));
    await page.waitForFunction(() => !document.querySelector('vigie-panel'), undefined, { polling: 20 });
    await pause(50);
  }
  await page.close();
  return values;
}

/** A copy of the build whose panel frame is a bare page: one paragraph below the folded box, and the open box asked for. */
async function bareFrameBrowser() {
  const dir = mkdtempSync(join(tmpdir(), 'vigie-bench-bare-frame-'));
  const extensionDir = join(dir, 'chrome-mv3');
  cpSync(EXTENSION_DIR, extensionDir, { recursive: true });
  writeFileSync(
    join(extensionDir, 'panel-frame.html'),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bare</title></head><body><p elementtiming="vigie-item" style="margin-top:120px">Vigie</p><script src="bench-bare-frame.js"></script></body></html>\n',
  );
  writeFileSync(
    join(extensionDir, 'bench-bare-frame.js'),
    "parent.postMessage({ vigie: 'layout', open: true, pillWidth: 160, release: false }, decodeURIComponent(new URLSearchParams(location.hash.slice(1)).get('origin')));\n",
  );
  const browser = await launchBenchBrowser({ withExtension: true, fixtures: BENCH_FIXTURES, extensionDir });
  return { browser, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

const row = (id, what, budget, values, method) => ({ id, what, unit: 'ms', budget, values, method });

/**
 * @param {Awaited<ReturnType<import('../chromium.mjs').launchBenchBrowser>>} vigie
 * @param {number} runs
 * @param {string} storage how the frame reached its data in this browser, for the table
 */
export async function checklistPaint(vigie, runs, storage, { withBareFrame = true, suffix = '' } = {}) {
  const loadMethod = (worker) => `${SETTINGS} (fixture) loaded ${runs} times in one tab after a discarded first load, the service worker ${worker}; DOMContentLoaded (page clock) → first item label's Element Timing renderTime (frame clock), both as wall time; ${storage}`;
  const rows = [
    row(`checklist-painted-warm${suffix}`, `settings page loaded → first checklist item painted, worker warm${suffix ? ` (${storage})` : ''}`, { max: 50, text: '≤ 50 ms after DOMContentLoaded' }, await onLoad(vigie, runs, { stopWorker: false }), loadMethod('running')),
    row(`checklist-painted-stopped${suffix}`, `settings page loaded → first checklist item painted, worker stopped${suffix ? ` (${storage})` : ''}`, { max: 100, text: '≤ 100 ms after DOMContentLoaded' }, await onLoad(vigie, runs, { stopWorker: true }), loadMethod('stopped (ServiceWorker.stopAllWorkers) before each load')),
    row(`checklist-painted-pushstate${suffix}`, `pushState into a settings URL → first checklist item painted${suffix ? ` (${storage})` : ''}`, { max: 50, text: '≤ 50 ms median' }, await onPushState(vigie, runs), `on ${HOME} (fixture), pushState to /settings?tab=privacy and back ${runs} times after a discarded first move; performance.now() before pushState → first item's renderTime in the new frame; ${storage}`),
  ];
  if (!withBareFrame) return rows;
  const bare = await bareFrameBrowser();
  try {
    rows.push(row('bare-frame-painted', 'settings page loaded → a bare extension frame painted (one paragraph, same host and box)', { text: 'reported' }, await onLoad(bare.browser, runs, { stopWorker: false }), `a copy of the build whose panel-frame.html is one paragraph; measured as the warm row`));
    if (bare.browser.strayRequests.length > 0) throw new Error(`the bare-frame browser made requests: ${bare.browser.strayRequests.join(', ')}`);
  } finally {
    await bare.browser.close();
    bare.remove();
  }
  return rows;
}
