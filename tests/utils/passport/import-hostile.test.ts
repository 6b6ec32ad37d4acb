// Property-based: well over 1 000 malformed or hostile files thrown at the whole import (read,
// validate, plan, write). Each must be refused with a clear, translated message naming the
// problem (and, for a broken value, its exact path), and the store must be byte-identical with
// no write attempted.
import { describe, expect, it } from 'vitest';
import { argumentNames, sourceCatalogs } from '../../support/catalogues';
import fc from 'fast-check';
import english from '../../../utils/i18n/locales/en/portability.json';
import french from '../../../utils/i18n/locales/fr/portability.json';
import { createTranslator } from '../../../utils/i18n/translator';
import { buildExport, serializeExport } from '../../../utils/passport/export-format';
import { PROBLEM_CODES, problemKey, problemParams, type ImportProblem } from '../../../utils/passport/import-problems';
import { importPassport } from '../../../utils/passport/import';
import { validRecords } from '../../fixtures/passport/arbitraries';
import { makeHousehold } from '../../fixtures/passport/household';
import { memoryStore } from '../../fixtures/passport/memory-store';
import { breakFile, duplicateId } from '../../fixtures/passport/mutations';

type Json = Record<string, unknown>;
const inEnglish = createTranslator({ en: english, fr: french }, 'en');
const inFrench = createTranslator({ en: english, fr: french }, 'fr');
const existing = makeHousehold({ children: 2, agreements: 5, incidents: 3, seed: 42 });
const validFile = validRecords(3).map((records) => JSON.parse(serializeExport(buildExport(records))) as Json);

const FILE_LEVEL = ['tooLarge', 'notJson', 'wrongFormat', 'badVersion', 'futureVersion', 'needsPassphrase', 'wrongPassphrase', 'storeFailed'];
let filesTried = 0;

/** Imports `text` with both strategies into a store holding `existing`; returns the problem. */
async function refused(text: string): Promise<ImportProblem> {
  filesTried++;
  let problem: ImportProblem | undefined;
  for (const strategy of ['merge', 'replace'] as const) {
    const store = memoryStore(existing);
    const before = store.snapshot();
    const outcome = await importPassport(text, store, { strategy, confirm: () => { throw new Error('must not reach the preview'); } });
    if (outcome.status !== 'failed') throw new Error(`accepted a broken file (${strategy})`);
    expect(store.snapshot()).toBe(before);
    expect(store.writes).toEqual({ replaceAll: 0, merge: 0 });
    problem = outcome.problem;
  }
  const p = problem!;
  expect(PROBLEM_CODES).toContain(p.code);
  for (const t of [inEnglish, inFrench]) {
    const message = t(problemKey(p), problemParams(p));
    expect(message).not.toBe(problemKey(p)); // translated
    // Every argument filled (a file's own text may hold braces, so look for ours by name).
    const names = argumentNames(sourceCatalogs.en[problemKey(p)] ?? '');
    for (const name of names) expect(message, name).not.toContain(`{${name}}`);
    expect(message).not.toContain('undefined');
    // A value's problem starts with its path; a file-level one (format, version…) is a sentence.
    if (names.includes('path')) expect(message.startsWith(p.path) && p.path !== '').toBe(true);
    else expect(FILE_LEVEL).toContain(p.code);
  }
  return p;
}

// Property runs take seconds, more on a busy machine: a generous per-test timeout.
describe('hostile and malformed files change nothing', { timeout: 180_000 }, () => {
  it('a valid file broken in one place: refused at that place', async () => {
    await fc.assert(
      fc.asyncProperty(validFile, fc.nat(), fc.nat(), fc.nat(), async (file, slot, mutation, detail) => {
        const broken = breakFile(file, slot, mutation, detail);
        const problem = await refused(JSON.stringify(broken.file));
        expect(broken.paths, broken.what).toContain(problem.path);
        expect(broken.codes, `${broken.what} at ${problem.path}`).toContain(problem.code);
      }),
      { numRuns: 700 },
    );
  });

  it('an id used twice: refused at one of its two places', async () => {
    await fc.assert(
      fc.asyncProperty(validFile, fc.nat(), async (file, choice) => {
        const broken = duplicateId(file, choice);
        fc.pre(broken !== undefined);
        const problem = await refused(JSON.stringify(broken!.file));
        expect(problem.code).toBe('duplicateId');
        expect(broken!.paths).toContain(problem.path);
      }),
      { numRuns: 100 },
    );
  });

  it('any other JSON value: refused as not a passport (or not the right shape)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (value) => {
        const problem = await refused(JSON.stringify(value));
        expect(['wrongFormat', 'notJson']).toContain(problem.code);
      }),
      { numRuns: 150 },
    );
  });

  it('a passport-looking object with random fields: refused', async () => {
    const header = fc.record({ format: fc.constantFrom('vigie-passport', 'vigie-passport-encrypted'), version: fc.oneof(fc.integer(), fc.double(), fc.string()) });
    await fc.assert(
      fc.asyncProperty(header, fc.dictionary(fc.string(), fc.jsonValue(), { maxKeys: 4 }), async (head, rest) => {
        await refused(JSON.stringify({ ...rest, ...head }));
      }),
      { numRuns: 150 },
    );
  });

  it('random text and bytes: refused as not JSON or not a passport', async () => {
    const bytes = fc.uint8Array({ maxLength: 300 }).map((b) => new TextDecoder().decode(b));
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string({ unit: 'binary' }), bytes), async (text) => {
        const problem = await refused(text);
        expect(['notJson', 'wrongFormat']).toContain(problem.code);
      }),
      { numRuns: 100 },
    );
  });

  it('a valid file cut short: refused as not JSON', async () => {
    await fc.assert(
      fc.asyncProperty(validFile, fc.nat(), async (file, cut) => {
        const text = JSON.stringify(file);
        expect((await refused(text.slice(0, cut % text.length))).code).toBe('notJson');
      }),
      { numRuns: 100 },
    );
  });

  it('tried more than 1 000 files', () => {
    // 700 + 100 (at most; fc.pre may skip a few) + 150 + 150 + 100 + 100, each with both strategies.
    expect(filesTried).toBeGreaterThanOrEqual(1_000);
  });
});
