// The passport page with a large household (50 children, 2 000 agreements, 5 000 incidents):
// how long until it is ready, and how long an export takes, in the passport page of real
// Chromium with the real IndexedDB of the extension's origin.
// Two hooks, and the rows say "not measured" until both exist:
// - the page calls performance.mark('vigie:passport-ready') once the household is on screen;
// - tests/bench/passport-household.ts exports seedHousehold(counts) and exportHousehold(),
//   written with the passport's own storage and export functions. The bench bundles it (esbuild,
//   which Vite brings) and runs it inside the passport page.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../chromium.mjs';
import { pause } from '../pages.mjs';

export const HOUSEHOLD = { children: 50, agreements: 2000, incidents: 5000 };
const HOOK_MODULE = join(ROOT, 'tests/bench/passport-household.ts');
const READY_MARK = 'vigie:passport-ready';

function notMeasured(reason) {
  return [
    { id: 'passport-ready', what: 'passport page ready, large household', unit: 'ms', budget: { max: 200, text: '≤ 200 ms' }, missing: reason },
    { id: 'passport-export', what: 'export, large household', unit: 'ms', budget: { max: 500, text: '≤ 500 ms' }, missing: reason },
  ];
}

async function bundleHooks() {
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: [HOOK_MODULE],
    bundle: true,
    format: 'iife',
    globalName: 'vigieBenchHousehold',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

/** Milliseconds from navigation start to the ready mark, or undefined if the page sets none. */
async function readyTime(page) {
  return page.evaluate(
    (mark) =>
      new Promise((resolve) => {
        const started = performance.now();
        const poll = () => {
          const entry = performance.getEntriesByName(mark, 'mark')[0];
          if (entry) resolve(entry.startTime);
          else if (performance.now() - started > 10_000) resolve(undefined);
          else setTimeout(poll, 20);
        };
        poll();
      }),
    READY_MARK,
  );
}

/**
 * @param {Awaited<ReturnType<import('../chromium.mjs').launchBenchBrowser>>} vigie
 * @param {{ ready: number, exports: number }} runs
 */
export async function passportLargeHousehold(vigie, runs) {
  if (!existsSync(HOOK_MODULE)) return notMeasured('feature missing: no tests/bench/passport-household.ts to seed a household');
  const hooks = await bundleHooks();
  const page = await vigie.context.newPage();
  await page.goto(vigie.extensionUrl('passport.html'));
  await page.evaluate(hooks);
  await page.evaluate((counts) => globalThis.vigieBenchHousehold.seedHousehold(counts), HOUSEHOLD);

  const ready = [];
  // One more load than counted: the first compiles the page's code.
  for (let run = 0; run <= runs.ready; run += 1) {
    await page.reload();
    const at = await readyTime(page);
    if (at === undefined) {
      await page.close();
      return notMeasured(`feature missing: the passport page sets no performance.mark('${READY_MARK}')`);
    }
    if (run > 0) ready.push(at);
  }
  await pause(200);
  await page.evaluate(hooks);
  const exports = [];
  for (let run = 0; run <= runs.exports; run += 1) {
    const ms = await page.evaluate(async () => {
      const start = performance.now();
      const file = await globalThis.vigieBenchHousehold.exportHousehold();
      if (!file) throw new Error('exportHousehold() returned nothing');
      return performance.now() - start;
    });
    if (run > 0) exports.push(ms);
  }
  await page.close();
  const size = `${HOUSEHOLD.children} children, ${HOUSEHOLD.agreements} agreements, ${HOUSEHOLD.incidents} incidents`;
  return [
    {
      id: 'passport-ready',
      what: 'passport page ready, large household',
      unit: 'ms',
      budget: { max: 200, text: '≤ 200 ms' },
      values: ready,
      method: `${size} seeded through tests/bench/passport-household.ts; passport.html reloaded ${runs.ready} times after a discarded first load; navigation start → mark '${READY_MARK}'`,
    },
    {
      id: 'passport-export',
      what: 'export, large household',
      unit: 'ms',
      budget: { max: 500, text: '≤ 500 ms' },
      values: exports,
      method: `${size}; exportHousehold() run ${runs.exports} times in the passport page after a discarded first run; in-page clock`,
    },
  ];
}
