// Prints one closing line for the whole `npm test`: the sum of every vitest run's JSON report
// (unit, real-browser, Firefox), so a reader of the log sees at a glance what ran.
import { existsSync, readFileSync } from 'node:fs';

const reports = ['unit', 'e2e', 'firefox'].map((name) => [name, `test-results/${name}.json`]);
let passed = 0;
let failed = 0;
let skipped = 0;
for (const [name, file] of reports) {
  if (!existsSync(file)) continue;
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  skipped += report.numPendingTests + (report.numTodoTests ?? 0);
  console.log(`${name}: ${report.numPassedTests} passed, ${report.numFailedTests} failed`);
}
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
