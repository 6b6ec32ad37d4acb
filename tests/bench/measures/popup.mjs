// Popup opened → helplines painted, with the popup page loaded in a tab (a browser under
// automation cannot click the toolbar button), from the navigation's start (time origin 0).
// The popup marks its helplines in one of two ways, and the bench reads whichever is there:
// - `elementtiming="vigie-helplines"` on an element with text in the helpline list: the browser
//   itself records when it was painted (Element Timing API);
// - `performance.mark('vigie:helplines-painted')` set by the popup once the list is on screen.
// Without either, the row says so; first contentful paint is reported in its own row, next to
// the browser's floor: the first paint of a one-paragraph page from a data: URL, loaded the same way.
import { pause } from '../pages.mjs';

const FLOOR_PAGE = 'data:text/html,<!doctype html><html lang="en"><title>floor</title><p>Helplines';

/** Loads `url` in a new tab; returns its first contentful paint and the helplines' paint time. */
async function paintTimes(context, url) {
  const page = await context.newPage();
  await page.goto(url);
  await pause(150);
  const timing = await page.evaluate(
    () =>
      new Promise((resolve) => {
        const found = { fcp: undefined, element: undefined, mark: undefined };
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) if (entry.name === 'first-contentful-paint') found.fcp = entry.startTime;
        }).observe({ type: 'paint', buffered: true });
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) if (entry.identifier === 'vigie-helplines') found.element ??= entry.renderTime || entry.loadTime;
        }).observe({ type: 'element', buffered: true });
        found.mark = performance.getEntriesByName('vigie:helplines-painted', 'mark')[0]?.startTime;
        requestAnimationFrame(() => setTimeout(() => resolve(found)));
      }),
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
  let hook = '';
  // One more run than counted: the first load compiles the popup's code.
  for (let run = 0; run <= runs; run += 1) {
    const timing = await paintTimes(vigie.context, vigie.extensionUrl('popup.html'));
    const floorTiming = await paintTimes(vigie.context, FLOOR_PAGE);
    if (run === 0) continue;
    if (timing.fcp !== undefined) firstPaint.push(timing.fcp);
    if (floorTiming.fcp !== undefined) floor.push(floorTiming.fcp);
    const painted = timing.element ?? timing.mark;
    if (painted !== undefined) {
      helplines.push(painted);
      hook = timing.element !== undefined ? 'Element Timing (elementtiming="vigie-helplines")' : "performance.mark('vigie:helplines-painted')";
    }
  }
  const rows = [];
  rows.push({
    id: 'popup-helplines',
    what: 'popup opened → helplines painted',
    unit: 'ms',
    budget: { max: 50, text: '≤ 50 ms' },
    ...(helplines.length === runs
      ? { values: helplines, method: `popup.html loaded ${runs} times in a new tab after a discarded first load; navigation start → ${hook}` }
      : {
          missing:
            helplines.length === 0
              ? 'feature missing: the popup has no elementtiming="vigie-helplines" element and sets no vigie:helplines-painted mark'
              : `the helplines hook appeared in only ${helplines.length} of ${runs} loads`,
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
