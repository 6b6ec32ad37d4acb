// Popup opened → helplines painted, with the popup page loaded in a tab (a browser under
// automation cannot click the toolbar button), from the navigation's start (time origin 0).
// The popup sets `performance.mark('vigie:helplines-visible')` once the first screen (emergency
// numbers and the main line) is in the DOM and a frame has been painted with it (after
// requestAnimationFrame, in the next task). Without the mark, the row says so. First contentful
// paint is reported in its own row, next to the browser's floor: the first paint of a
// one-paragraph page from a data: URL, loaded the same way.
import { pause } from '../pages.mjs';

const HELPLINES_MARK = 'vigie:helplines-visible';
const FLOOR_PAGE = 'data:text/html,<!doctype html><html lang="en"><title>floor</title><p>Helplines';

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

/**
 * @param {Awaited<ReturnType<import('../chromium.mjs').launchBenchBrowser>>} vigie
 * @param {number} runs
 */
export async function popupPaint(vigie, runs) {
  const helplines = [];
  const firstPaint = [];
  const floor = [];
  // One more run than counted: the first load compiles the popup's code.
  for (let run = 0; run <= runs; run += 1) {
    const timing = await paintTimes(vigie.context, vigie.extensionUrl('popup.html'));
    const floorTiming = await paintTimes(vigie.context, FLOOR_PAGE);
    if (run === 0) continue;
    if (timing.fcp !== undefined) firstPaint.push(timing.fcp);
    if (floorTiming.fcp !== undefined) floor.push(floorTiming.fcp);
    if (timing.mark !== undefined) helplines.push(timing.mark);
  }
  const rows = [];
  rows.push({
    id: 'popup-helplines',
    what: 'popup opened → helplines painted',
    unit: 'ms',
    budget: { max: 50, text: '≤ 50 ms' },
    ...(helplines.length === runs
      ? { values: helplines, method: `popup.html loaded ${runs} times in a new tab after a discarded first load; navigation start → mark '${HELPLINES_MARK}' (first screen in the DOM and painted)` }
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
    method: `popup.html loaded ${runs} times in a new tab after a discarded first load; navigation start → first-contentful-paint entry`,
  });
  rows.push({
    id: 'paint-floor',
    what: "a one-paragraph data: page → first contentful paint (the browser's floor)",
    unit: 'ms',
    budget: { text: 'none (context for the rows above)' },
    values: floor,
    method: `a data: URL with one paragraph, loaded ${runs} times in a new tab, each right after the popup; navigation start → first-contentful-paint entry`,
  });
  return rows;
}
