import { describe, expect, it } from 'vitest';
import {
  ENCRYPTED_FORMAT, EXPORT_MIGRATIONS, PASSPORT_FORMAT, PASSPORT_VERSION, buildExport, encryptExport,
  exportFileName, migrateExport, serializeExport, type FormatMigration,
} from '../../../utils/passport/export-format';
import { ImportProblemError, describeProblem } from '../../../utils/passport/import-problems';
import { importPassport, readPassportFile } from '../../../utils/passport/import';
import { makeHousehold } from '../../fixtures/passport/household';
import { memoryStore } from '../../fixtures/passport/memory-store';

const SLOW = 60_000;
const household = makeHousehold({ children: 3, agreements: 12, incidents: 9, seed: 7 });

function problemOf(run: () => unknown) {
  try {
    run();
  } catch (error) {
    if (error instanceof ImportProblemError) return error.problem;
    throw error;
  }
  throw new Error('expected a problem');
}

describe('the plain export', () => {
  it('is { format, version, exportedAt, children } and reads back as it was', async () => {
    const file = buildExport(household, new Date('2025-03-04T05:06:07.000Z'));
    expect(Object.keys(file)).toEqual(['format', 'version', 'exportedAt', 'children']);
    expect(file).toMatchObject({ format: 'vigie-passport', version: 2, exportedAt: '2025-03-04T05:06:07.000Z' });
    const read = await readPassportFile(serializeExport(file));
    expect(read).toEqual({ ok: true, value: file });
  });

  it('imports into an empty store as exactly the original', async () => {
    const store = memoryStore();
    const outcome = await importPassport(serializeExport(buildExport(household)), store, { strategy: 'merge' });
    expect(outcome.status).toBe('imported');
    expect(await store.readAll()).toEqual(household);
  });

  it('names its file by date, never by child', () => {
    const name = exportFileName(buildExport(household), new Date('2025-03-04T10:00:00Z'));
    expect(name).toBe('vigie-passport-2025-03-04.json');
    for (const { child } of household) expect(name).not.toContain(child.name);
  });
});

describe('the encrypted export', () => {
  it('round-trips with the passphrase, and shows nothing of the passport in clear', async () => {
    const file = buildExport(household);
    const envelope = await encryptExport(file, 'une phrase secrète');
    expect(Object.keys(envelope)).toEqual(['format', 'version', 'kdf', 'cipher', 'ciphertext']);
    expect(envelope.format).toBe(ENCRYPTED_FORMAT);
    const text = serializeExport(envelope);
    for (const needle of [household[0]!.child.name, household[0]!.agreements[0]!.words, household[0]!.child.id, `"${PASSPORT_FORMAT}"`]) {
      expect(text).not.toContain(needle);
    }
    expect(exportFileName(envelope, new Date('2025-03-04T10:00:00Z'))).toBe('vigie-passport-2025-03-04.encrypted.json');

    expect(await readPassportFile(text)).toEqual({ ok: false, problem: { code: 'needsPassphrase', path: '' } });
    expect(await readPassportFile(text, 'une phrase secrete')).toEqual({ ok: false, problem: { code: 'wrongPassphrase', path: '' } });
    expect(await readPassportFile(text, 'une phrase secrète')).toEqual({ ok: true, value: file });

    const store = memoryStore();
    await importPassport(text, store, { strategy: 'replace', passphrase: 'une phrase secrète' });
    expect(await store.readAll()).toEqual(household);
  }, SLOW);

  it('imports nothing with a wrong passphrase', async () => {
    const store = memoryStore(makeHousehold({ children: 1, agreements: 2, incidents: 1, seed: 99 }));
    const before = store.snapshot();
    const text = serializeExport(await encryptExport(buildExport(household), 'right'));
    const outcome = await importPassport(text, store, { strategy: 'replace', passphrase: 'wrong' });
    expect(outcome).toEqual({ status: 'failed', problem: { code: 'wrongPassphrase', path: '' } });
    expect(describeProblem({ code: 'wrongPassphrase', path: '' })).toMatch(/passphrase does not open/);
    expect(store.snapshot()).toBe(before);
    expect(store.writes).toEqual({ replaceAll: 0, merge: 0 });
  }, SLOW);

  it('refuses an envelope holding another envelope', async () => {
    const inner = await encryptExport(buildExport([]), 'p');
    // Built by hand: encryptExport only takes plain files.
    const outer = await encryptExport(inner as unknown as ReturnType<typeof buildExport>, 'p');
    expect(await readPassportFile(serializeExport(outer), 'p')).toEqual({ ok: false, problem: { code: 'wrongFormat', path: '' } });
  }, SLOW);
});

describe('format versions', () => {
  it('has one migration step per published version before the current one', () => {
    expect(PASSPORT_VERSION).toBe(EXPORT_MIGRATIONS.length + 1);
  });

  it('leaves a current file as it is', () => {
    const file = { format: PASSPORT_FORMAT, version: PASSPORT_VERSION, exportedAt: 'x', children: [] };
    expect(migrateExport(file)).toEqual(file);
  });

  it('refuses a file from a newer Vigie with a message that says so', () => {
    const problem = problemOf(() => migrateExport({ format: PASSPORT_FORMAT, version: PASSPORT_VERSION + 1 }));
    expect(problem).toEqual({ code: 'futureVersion', path: 'version', params: { version: 3, supported: 2 } });
    expect(describeProblem(problem)).toBe(
      'This passport file was made by a newer version of Vigie (format version 3; this one reads up to 2). Update Vigie, then import it again. Nothing was imported.',
    );
  });

  it.each([0, -1, 1.5, '1', null, [], {}])('refuses version %j as unknown', (version) => {
    expect(problemOf(() => migrateExport({ format: PASSPORT_FORMAT, version })).code).toBe('badVersion');
  });

  it('refuses a file without a version', () => {
    expect(problemOf(() => migrateExport({ format: PASSPORT_FORMAT }))).toEqual({ code: 'missingField', path: 'version' });
  });

  it('runs the steps from the file\'s version to the newest, in order (machinery, with test-only steps)', () => {
    const seen: number[] = [];
    const steps: FormatMigration[] = [
      (file) => { seen.push(file.version as number); return { ...file, renamed: file.old }; },
      (file) => { seen.push(file.version as number); return { ...file, added: true }; },
    ];
    expect(migrateExport({ version: 1, old: 'a' }, steps)).toEqual({ version: 3, old: 'a', renamed: 'a', added: true });
    expect(seen).toEqual([1, 2]);
    expect(migrateExport({ version: 2, old: 'b' }, steps)).toEqual({ version: 3, old: 'b', added: true });
    expect(problemOf(() => migrateExport({ version: 4 }, steps))).toMatchObject({ code: 'futureVersion', params: { version: 4, supported: 3 } });
  });
});
