// How fast the panel appears, on the in-page clock of bench-clock.html (a MutationObserver the
// page installs before anything else runs, so its timestamps are the page's own):
// - a settings page loads: DOMContentLoaded → <vigie-panel> attached;
// - the page moves to a settings URL with history.pushState: just before the call → attached.
import { HOME, SETTINGS, pause } from '../pages.mjs';

/** Resolves with the page's clock once `ready(clock)` holds, polled every 20 ms. */
const waitForClock = (page, ready, arg) =>
  page.waitForFunction(ready, arg, { polling: 20, timeout: 10_000 }).then(() => page.evaluate(() => window.benchClock));

/**
 * @param {Awaited<ReturnType<import('../chromium.mjs').launchBenchBrowser>>} vigie
 * @param {number} runs
 */
export async function panelOnLoad(vigie, runs) {
  const page = await vigie.context.newPage();
  const values = [];
  // One more run than counted: the first injection of the content script compiles it.
  for (let run = 0; run <= runs; run += 1) {
    await page.goto(`${SETTINGS}&bench=${run}`);
    const clock = await waitForClock(page, () => window.benchClock.domContentLoaded !== undefined && window.benchClock.panelAttached.length > 0);
    if (run > 0) values.push(clock.panelAttached[0] - clock.domContentLoaded);
  }
  await page.close();
  return {
    id: 'panel-on-load',
    what: 'settings page loaded → panel in the DOM',
    unit: 'ms',
    budget: { max: 50, text: '≤ 50 ms after DOMContentLoaded' },
    values,
    method: `${SETTINGS} (fixture) loaded ${runs} times in one tab after a discarded first load; in-page clock: DOMContentLoaded → MutationObserver sees <vigie-panel> attached`,
  };
}

/**
 * @param {Awaited<ReturnType<import('../chromium.mjs').launchBenchBrowser>>} vigie
 * @param {number} runs
 */
export async function panelOnPushState(vigie, runs) {
  const page = await vigie.context.newPage();
  await page.goto(HOME);
  await pause(300);
  const values = [];
  for (let run = 0; run <= runs; run += 1) {
    const { startedAt, attachedBefore, detachedBefore } = await page.evaluate(() => {
      const { panelAttached, panelDetached } = window.benchClock;
      const counts = { attachedBefore: panelAttached.length, detachedBefore: panelDetached.length };
      const startedAt = performance.now();
      history.pushState({}, '', '/settings?tab=privacy');
      return { startedAt, ...counts };
    });
    const clock = await waitForClock(page, (count) => window.benchClock.panelAttached.length > count, attachedBefore);
    // The first move is discarded (it compiles the panel's code paths); later ones are counted.
    if (run > 0) values.push(clock.panelAttached[attachedBefore] - startedAt);
    await page.evaluate(() => history.pushState({}, '', '/'));
    await page.waitForFunction((count) => window.benchClock.panelDetached.length > count, detachedBefore, { polling: 20, timeout: 10_000 });
    await pause(50);
  }
  await page.close();
  return {
    id: 'panel-on-pushstate',
    what: 'pushState into a settings URL → panel in the DOM',
    unit: 'ms',
    budget: { max: 16, text: '≤ 16 ms median (one frame)' },
    values,
    method: `on ${HOME} (fixture), history.pushState to /settings?tab=privacy and back to / ${runs} times after a discarded first move; in-page clock: performance.now() before pushState → MutationObserver sees <vigie-panel> attached`,
  };
}
