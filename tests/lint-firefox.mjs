// web-ext lint on the Firefox build: no errors, and no warnings except the innerHTML code inside
// Preact's own bundle (Vigie writes no raw HTML; the hook in shared/hooks checks our sources).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const build = resolve(process.env.VIGIE_OUT_DIR ?? '.output', 'firefox-mv3');
if (!existsSync(build)) {
  console.error(`No Firefox build in ${build}: run "npm run build:firefox" first.`);
  process.exit(1);
}
let output;
try {
  output = execFileSync('npx', ['web-ext', 'lint', '--source-dir', build, '--output', 'json', '--self-hosted'], { encoding: 'utf8' });
} catch (error) {
  output = error.stdout;
}
const report = JSON.parse(output);
const allowedWarning = (w) => w.code === 'UNSAFE_VAR_ASSIGNMENT' && /chunks\/|\.js$/.test(w.file ?? '') && /innerHTML/.test(w.message + w.description);
const errors = report.errors ?? [];
const warnings = (report.warnings ?? []).filter((w) => !allowedWarning(w));
for (const item of [...errors, ...warnings]) console.error(`${item._type ?? ''} ${item.code} ${item.file ?? ''}: ${item.message}`);
const allowed = (report.warnings ?? []).length - warnings.length;
console.log(`web-ext lint: ${errors.length} errors, ${warnings.length} warnings (${allowed} allowed innerHTML warnings from Preact), ${(report.notices ?? []).length} notices`);
process.exit(errors.length + warnings.length === 0 ? 0 : 1);
