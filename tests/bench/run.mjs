// `npm run bench`: measures DESIGN.md's budgets in real Chromium with the built extension
// (.output/chrome-mv3, built by the npm script first) and writes
// bench-results/latest.json (every value, its summary, the machine) and bench-results/latest.md
// (the table for the README), and prints the table. Repetitions: BENCH_RUNS (default 30) for
// the quick measures, BENCH_PAIRS (default 10) for the feed's 3-second windows. BENCH_ONLY
// (comma-separated: size, panel, feed, navigation, popup, passport) runs some groups only, while
// working on one figure; the table then says which groups were left out.
// Exit status 1 if a measure fails or if any page or the extension made a network request.
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { launchBenchBrowser, ROOT } from './chromium.mjs';
import { BENCH_FIXTURES } from './pages.mjs';
import { busyMachineWarning, describeMachine, finalise, markdownReport, textTable } from './report.mjs';
import { contentScriptSize } from './measures/bundle-size.mjs';
import { panelOnLoad, panelOnPushState } from './measures/panel-timing.mjs';
import { checklistPaint } from './measures/checklist-paint.mjs';
import { contentScriptObservers, feedContentScriptTime, feedOverhead } from './measures/feed.mjs';
import { navigationCrossCheck, navigationProfile } from './measures/navigation.mjs';
import { popupPaint } from './measures/popup.mjs';
import { passportLargeHousehold } from './measures/passport.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const PAIRS = Number(process.env.BENCH_PAIRS ?? 10);
const GROUPS = ['size', 'panel', 'feed', 'navigation', 'popup', 'passport'];
const ONLY = process.env.BENCH_ONLY ? process.env.BENCH_ONLY.split(',').map((group) => group.trim()) : GROUPS;
for (const group of ONLY) if (!GROUPS.includes(group)) throw new Error(`BENCH_ONLY: unknown group "${group}" (known: ${GROUPS.join(', ')})`);
const selected = (group) => ONLY.includes(group);
const log = (message) => process.stderr.write(`bench: ${message}\n`);

const loadAtStart = os.loadavg();
const rows = selected('size') ? [contentScriptSize()] : [];
const browsers = {
  with: await launchBenchBrowser({ withExtension: true, fixtures: BENCH_FIXTURES }),
  without: await launchBenchBrowser({ withExtension: false, fixtures: BENCH_FIXTURES }),
};
let failed = false;
/** The stray requests of browsers launched for one group, closed before the end. */
const browsersClosed = [];
try {
  if (selected('panel')) {
    log(`settings page load → panel (${RUNS} runs)`);
    rows.push(await panelOnLoad(browsers.with, RUNS));
    log(`pushState → panel (${RUNS} runs)`);
    rows.push(await panelOnPushState(browsers.with, RUNS));
    log(`first checklist item painted: warm, worker stopped, pushState, bare frame (${RUNS} runs each)`);
    rows.push(...(await checklistPaint(browsers.with, RUNS, 'third-party storage blocked, as this Chromium has it by default: the frame reads through the background')));
    // Where third-party cookies are allowed (a browser setting), the frame opens IndexedDB itself.
    const allowing = await launchBenchBrowser({ withExtension: true, fixtures: BENCH_FIXTURES, extraFlags: ['--disable-features=TrackingProtection3pcd'] });
    try {
      log(`the same with third-party storage allowed (${RUNS} runs each)`);
      rows.push(...(await checklistPaint(allowing, RUNS, 'third-party storage allowed: the frame reads IndexedDB itself', { withBareFrame: false, suffix: '-own-storage' })));
    } finally {
      browsersClosed.push(allowing.strayRequests);
      await allowing.close();
    }
  }
  if (selected('feed')) {
    log(`feed, with vs without the extension (${PAIRS} pairs)`);
    rows.push(await feedOverhead(browsers, PAIRS));
    rows.push(await feedContentScriptTime(browsers.with, Math.ceil(PAIRS / 2)));
    rows.push(await contentScriptObservers(browsers.with));
  }
  if (selected('navigation')) {
    log(`per-navigation cost (${RUNS} bursts of 1 000 pushStates, profiled; ${RUNS} pairs, with − without)`);
    rows.push(await navigationProfile(browsers.with, RUNS));
    rows.push(await navigationCrossCheck(browsers, RUNS));
  }
  if (selected('popup')) {
    log(`popup (${RUNS} runs)`);
    rows.push(...(await popupPaint(browsers.with, RUNS)));
  }
  if (selected('passport')) {
    log('passport, large household');
    rows.push(...(await passportLargeHousehold(browsers.with, { ready: Math.min(RUNS, 20), exports: Math.min(RUNS, 10) })));
  }
} catch (error) {
  failed = true;
  log(`a measure failed: ${error instanceof Error ? error.stack : String(error)}`);
} finally {
  await browsers.without.close();
  await browsers.with.close();
}

const strayRequests = [...browsers.with.strayRequests, ...browsers.without.strayRequests, ...browsersClosed.flat()];
rows.push({
  id: 'network-requests',
  what: 'network requests made during the benchmark',
  unit: '',
  budget: { max: 0, text: '0, ever' },
  value: strayRequests.length,
  method: 'every request of every context of every browser the bench launched recorded; anything but a fixture page or a file of the extension counts',
  details: { strayRequests },
});

const result = {
  date: new Date().toISOString(),
  machine: describeMachine(ROOT, browsers.with.version),
  runs: { quick: RUNS, feedPairs: PAIRS, only: ONLY.length < GROUPS.length ? ONLY : undefined, loadAverage: { start: loadAtStart, end: os.loadavg() } },
  complete: !failed,
  rows: rows.map(finalise),
};
const outDir = join(ROOT, 'bench-results');
mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'latest.json'), `${JSON.stringify(result, null, 2)}\n`);
writeFileSync(join(outDir, 'latest.md'), markdownReport(result));
console.log(`${result.machine.cpu}, ${result.machine.cores} cores, ${result.machine.browser}, ${result.date}`);
console.log(textTable(result.rows));
if (busyMachineWarning(result)) console.log(`\n${busyMachineWarning(result)}`);
console.log(`\nWritten: bench-results/latest.json, bench-results/latest.md${failed ? ' (INCOMPLETE: a measure failed, see above)' : ''}`);
process.exit(failed || strayRequests.length > 0 ? 1 : 0);
