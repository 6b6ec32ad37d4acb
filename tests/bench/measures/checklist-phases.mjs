// Where the time goes before the first checklist item is painted (issue 15, point 3): for each
// load of the settings page, the moments after its DOMContentLoaded at which the panel's host
// entered the page, the frame's document started loading (its timeOrigin), its HTML arrived, the
// frame's script started (mark "vigie-script"), the audience hints were read ("vigie-hint"), the
// guide answered with the ticks ("vigie-guide", NaN when the item was painted before it) and the
// first item was painted (Element Timing). Medians, in ms; a diagnosis, not a budget.
import { launchBenchBrowser } from '../chromium.mjs';
import { BENCH_FIXTURES, SETTINGS, pause } from '../pages.mjs';
import { summarise } from '../stats.mjs';

const PHASES = ['host', 'frameStart', 'frameHtml', 'script', 'hint', 'guide', 'painted'];

async function phasesOfOneLoad(page, run) {
  await page.goto(`${SETTINGS}&bench=phases-${run}`);
  await page.waitForFunction(() => window.benchClock.domContentLoaded !== undefined, undefined, { polling: 20 });
  const deadline = Date.now() + 15_000;
  for (;;) {
    const frame = page.frames().find((candidate) => candidate.url().includes('/panel-frame.html'));
    const inFrame = await frame
      ?.evaluate(
        () =>
          new Promise((resolve) => {
            new PerformanceObserver((list, observer) => {
              const items = list.getEntries().filter((entry) => entry.identifier === 'vigie-item');
              if (items.length === 0) return;
              observer.disconnect();
              const at = (name) => performance.getEntriesByName(name)[0]?.startTime;
              const [navigation] = performance.getEntriesByType('navigation');
              const wall = (t) => (t === undefined ? undefined : performance.timeOrigin + t);
              resolve({
                frameStart: wall(0),
                frameHtml: wall(navigation?.responseEnd),
                script: wall(at('vigie-script')),
                hint: wall(at('vigie-hint')),
                guide: wall(at('vigie-guide')),
                painted: wall(Math.min(...items.map((entry) => entry.renderTime || entry.loadTime))),
              });
            }).observe({ type: 'element', buffered: true });
          }),
      )
      .catch(() => undefined);
    if (inFrame) {
      const page0 = await page.evaluate(() => ({ dcl: performance.timeOrigin + window.benchClock.domContentLoaded, host: performance.timeOrigin + window.benchClock.panelAttached.at(-1) }));
      const out = { host: page0.host - page0.dcl };
      for (const name of PHASES.slice(1)) out[name] = inFrame[name] === undefined ? Number.NaN : inFrame[name] - page0.dcl;
      return out;
    }
    if (Date.now() > deadline) throw new Error('no item painted');
    await pause(10);
  }
}

export async function checklistPhases(vigie, runs, { stopWorker }) {
  const page = await vigie.context.newPage();
  const all = [];
  for (let run = 0; run <= runs; run += 1) {
    if (stopWorker) {
      const session = await vigie.context.newCDPSession(page);
      await session.send('ServiceWorker.enable');
      await session.send('ServiceWorker.stopAllWorkers');
      await session.detach();
      await pause(100);
    }
    const phases = await phasesOfOneLoad(page, run);
    if (run > 0) all.push(phases);
  }
  await page.close();
  return Object.fromEntries(PHASES.map((name) => [name, Math.round(summarise(all.map((p) => p[name])).median * 10) / 10]));
}

// Run on its own: node tests/bench/measures/checklist-phases.mjs [runs]
if (import.meta.url === `file://${process.argv[1]}`) {
  const runs = Number(process.argv[2] ?? 10);
  const vigie = await launchBenchBrowser({ withExtension: true, fixtures: BENCH_FIXTURES });
  try {
    console.log('warm', JSON.stringify(await checklistPhases(vigie, runs, { stopWorker: false })));
    console.log('stopped', JSON.stringify(await checklistPhases(vigie, runs, { stopWorker: true })));
    if (vigie.strayRequests.length > 0) throw new Error(`requests: ${vigie.strayRequests.join(', ')}`);
  } finally {
    await vigie.close();
  }
}
