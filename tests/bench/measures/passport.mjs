// The passport page with a large household (50 children, 2 000 agreements, 5 000 incidents):
// how long until it is ready, and how long an export takes, in the passport page of real
// Chromium with the real IndexedDB of the extension's origin.
// - The page calls performance.mark('vigie:passport-ready') once the household overview has been
//   painted (components/passport/Home.tsx).
// - tests/bench/passport-household.ts exports seedHousehold(counts) and exportHousehold(), written
//   with the passport's own store and export functions. The bench bundles it (esbuild, which Vite
//   brings) and runs it inside the passport page. Each figure is checked before it counts: every
//   child on screen at the mark, and the export handed to the browser as a download of the
//   whole household.
import { existsSync, readFileSync } from 'node:fs';
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
    // page.evaluate runs the text inside a function: the IIFE's `var` would stay local to it.
    footer: { js: 'globalThis.vigieBenchHousehold = vigieBenchHousehold;' },
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

/** The first download, read back: a passport file holding the whole household, every byte of it. */
async function checkExport(download, bytes) {
  const path = await download.path();
  const text = readFileSync(path, 'utf8');
  if (Buffer.byteLength(text) !== bytes) throw new Error(`the downloaded file has ${Buffer.byteLength(text)} bytes, the export made ${bytes}`);
  const exported = JSON.parse(text);
  const count = (key) => exported.children.reduce((n, record) => n + record[key].length, 0);
  const found = { children: exported.children.length, agreements: count('agreements'), incidents: count('incidents') };
  if (JSON.stringify(found) !== JSON.stringify(HOUSEHOLD)) throw new Error(`the exported file holds ${JSON.stringify(found)}, not ${JSON.stringify(HOUSEHOLD)}`);
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
    const cards = await page.locator('.child-card').count();
    if (cards !== HOUSEHOLD.children) throw new Error(`the passport showed ${cards} children at its ready mark, not ${HOUSEHOLD.children}`);
    if (run > 0) ready.push(at);
  }
  await pause(200);
  await page.evaluate(hooks);
  const exports = [];
  let file;
  for (let run = 0; run <= runs.exports; run += 1) {
    const download = page.waitForEvent('download', { timeout: 10_000 });
    const result = await page.evaluate(async () => {
      const start = performance.now();
      const exported = await globalThis.vigieBenchHousehold.exportHousehold();
      return { ms: performance.now() - start, ...exported };
    });
    const saved = await download;
    if (saved.suggestedFilename() !== result.name) throw new Error(`the download is named ${saved.suggestedFilename()}, not ${result.name}`);
    if (run === 0) await checkExport(saved, result.bytes);
    else exports.push(result.ms);
    file = result;
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
      method: `${size} seeded through the store's writeChildRecords (tests/bench/passport-household.ts); passport.html reloaded ${runs.ready} times after a discarded first load; navigation start → mark '${READY_MARK}'`,
    },
    {
      id: 'passport-export',
      what: 'export, large household',
      unit: 'ms',
      budget: { max: 500, text: '≤ 500 ms' },
      values: exports,
      method: `${size} (a ${(file.bytes / 1e6).toFixed(1)} MB file); in the passport page, the store reads every record, export-format.ts builds and serialises the file, a Blob is handed to the browser as a download; ${runs.exports} runs after a discarded first run; in-page clock`,
    },
  ];
}
