// The content script's cost per in-page navigation on a non-settings page: bursts of 1 000
// history.pushState calls between non-settings URLs of https://www.facebook.com/, each followed
// by a pause that lets deferred work run. Two figures:
// - the content script's own time: its share of a CPU profile of the burst times the burst's
//   main-thread CPU time (the budget's figure);
// - a cross-check that needs no attribution: main-thread time (CDP TaskDuration, thread time)
//   with the extension minus without it, in alternating pairs of bursts.
import { assertNoPanel, mainThreadTime, openMeasuredPage } from '../chromium.mjs';
import { HOME, pause } from '../pages.mjs';
import { startProfile, stopProfile } from '../profile.mjs';

const NAVIGATIONS = 1000;
const SETTLE_MS = 300;
const BURST_NOTE = `on ${HOME}, bursts of ${NAVIGATIONS} history.pushState calls between /watch/ and /marketplace/ URLs, each followed by ${SETTLE_MS} ms for deferred work`;

async function burst({ page }) {
  await page.evaluate((count) => {
    for (let i = 0; i < count; i += 1) history.pushState({}, '', i % 2 === 0 ? `/watch/?v=${i}` : `/marketplace/?n=${i}`);
  }, NAVIGATIONS);
  await pause(SETTLE_MS);
  await assertNoPanel(page, 'the /watch/ and /marketplace/ URLs');
}

export async function navigationProfile(browser, runs) {
  const measured = await openMeasuredPage(browser, HOME);
  const origin = `chrome-extension://${browser.extensionId}/`;
  const perNavigation = [];
  // One discarded burst first: it compiles the code paths.
  for (let run = 0; run <= runs; run += 1) {
    const before = await mainThreadTime(measured.session);
    await startProfile(measured.session);
    await burst(measured);
    const share = await stopProfile(measured.session, origin);
    const after = await mainThreadTime(measured.session);
    if (run > 0) perNavigation.push((share * (after.task - before.task)) / NAVIGATIONS);
  }
  await measured.page.close();
  return {
    id: 'navigation-cost',
    what: "content script's time per in-page navigation on a non-settings page",
    unit: 'ms',
    budget: { max: 0.1, strict: true, text: '< 0.1 ms per navigation' },
    values: perNavigation,
    method: `${BURST_NOTE}; ${runs} bursts after a discarded first; share of the busy samples of a V8 CPU profile (every 50 µs) with a content-script frame on the stack × the burst's main-thread CPU time (CDP TaskDuration, thread time), ÷ ${NAVIGATIONS}`,
  };
}

async function burstTime(measured) {
  const before = await mainThreadTime(measured.session);
  await burst(measured);
  const after = await mainThreadTime(measured.session);
  return after.task - before.task;
}

export async function navigationCrossCheck(browsers, runs) {
  const measured = { without: await openMeasuredPage(browsers.without, HOME), with: await openMeasuredPage(browsers.with, HOME) };
  const extra = [];
  for (let run = 0; run <= runs; run += 1) {
    const order = run % 2 === 0 ? ['without', 'with'] : ['with', 'without'];
    const time = {};
    for (const side of order) time[side] = await burstTime(measured[side]);
    if (run > 0) extra.push((time.with - time.without) / NAVIGATIONS);
  }
  await measured.without.page.close();
  await measured.with.page.close();
  return {
    id: 'navigation-cost-cross-check',
    what: 'extra main-thread time per navigation, with − without the extension',
    unit: 'ms',
    budget: { text: 'none (cross-check of the row above)' },
    values: extra,
    method: `${BURST_NOTE}; ${runs} alternating pairs of bursts after a discarded first pair; (TaskDuration with − without) ÷ ${NAVIGATIONS}`,
  };
}
