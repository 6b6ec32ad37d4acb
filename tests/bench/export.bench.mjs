// Export benchmark, under plain Node (>= 20: WebCrypto is globalThis.crypto):
//   node tests/bench/export.bench.mjs [--runs 5] [--json]
// A large household (50 children, 2 000 agreements, 5 000 incidents): serialise, validate,
// encrypt, decrypt + validate, plan a merge; seal and open every child's record (the lock at
// rest, without IndexedDB); and one PBKDF2 key derivation. The TypeScript sources
// are bundled on the fly with esbuild (already installed with Vite), so nothing here is a copy.
// Budget (DESIGN.md): export ≤ 500 ms — that budget is for real Chromium; Node is indicative.
import { build } from 'esbuild';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1]) || 5;
const asJson = args.includes('--json');

const entry = `
export { makeHousehold } from './tests/fixtures/passport/household.ts';
export { buildExport, serializeExport, encryptExport } from './utils/passport/export-format.ts';
export { readPassportText } from './utils/passport/import-validate.ts';
export { readPassportFile } from './utils/passport/import.ts';
export { planImport } from './utils/passport/import-plan.ts';
export { deriveKey, randomBytes, KDF_ITERATIONS } from './utils/storage/crypto.ts';
export { sealRecord, openRecord } from './utils/passport/sealed-record.ts';
`;

const dir = await mkdtemp(join(tmpdir(), 'vigie-bench-'));
try {
  const out = join(dir, 'bench.mjs');
  const bundled = await build({ stdin: { contents: entry, resolveDir: root, loader: 'ts' }, bundle: true, format: 'esm', platform: 'node', write: false });
  await writeFile(out, bundled.outputFiles[0].text);
  const m = await import(pathToFileURL(out).href);
  await run(m);
} finally {
  await rm(dir, { recursive: true, force: true });
}

async function time(label, fn, times = runs) {
  await fn(); // warm-up: JIT, lazily created objects
  const samples = [];
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return { label, median: samples[Math.floor(samples.length / 2)], min: samples[0], max: samples.at(-1), runs: times };
}

async function run(m) {
  const size = { children: 50, agreements: 2000, incidents: 5000 };
  const household = m.makeHousehold(size);
  const passphrase = 'correct horse battery staple';
  const text = m.serializeExport(m.buildExport(household));
  const envelopeText = m.serializeExport(await m.encryptExport(m.buildExport(household), passphrase));
  const ok = (result) => { if (!result.ok) throw new Error(`benchmark data refused: ${JSON.stringify(result.problem)}`); return result; };
  const dataKey = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
  const sealed = await Promise.all(household.map((record) => m.sealRecord(dataKey, record)));

  const results = [
    await time('serialise (build + JSON)', () => m.serializeExport(m.buildExport(household))),
    await time('validate (parse + check)', () => ok(m.readPassportText(text))),
    await time('export: serialise + validate', () => ok(m.readPassportText(m.serializeExport(m.buildExport(household))))),
    await time('encrypted export (KDF + AES-GCM)', async () => m.serializeExport(await m.encryptExport(m.buildExport(household), passphrase))),
    await time('encrypted import (KDF + decrypt + validate)', async () => ok(await m.readPassportFile(envelopeText, passphrase))),
    await time('plan a merge into the same household', () => ok(m.planImport(household, household, 'merge'))),
    await time('lock: seal every child\'s record', () => Promise.all(household.map((record) => m.sealRecord(dataKey, record)))),
    await time('unlock: open every child\'s record', () => Promise.all(sealed.map((row) => m.openRecord(dataKey, row)))),
    await time(`PBKDF2-SHA256 ${m.KDF_ITERATIONS} iterations`, () => m.deriveKey(passphrase, m.randomBytes(16), m.KDF_ITERATIONS, ['encrypt'])),
  ];
  const facts = {
    node: process.version,
    household: { ...size, celebrations: household.reduce((n, r) => n + r.celebrations.length, 0) },
    plainBytes: Buffer.byteLength(text),
    encryptedBytes: Buffer.byteLength(envelopeText),
  };
  if (asJson) {
    console.log(JSON.stringify({ facts, results }, null, 2));
    return;
  }
  console.log(`Node ${facts.node}; ${size.children} children, ${size.agreements} agreements, ${size.incidents} incidents, ${facts.household.celebrations} celebrations`);
  console.log(`file: ${(facts.plainBytes / 1e6).toFixed(2)} MB plain, ${(facts.encryptedBytes / 1e6).toFixed(2)} MB encrypted`);
  console.log(`median of ${runs} runs (min–max), ms`);
  for (const r of results) console.log(`  ${r.label.padEnd(46)} ${r.median.toFixed(1).padStart(8)}  (${r.min.toFixed(1)}–${r.max.toFixed(1)})`);
}
