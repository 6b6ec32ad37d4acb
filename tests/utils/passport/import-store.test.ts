// The import wired to the real store (utils/passport/store-adapter.ts) on fake-indexeddb, and the
// export made by the real code:
// - an export of a passport built through the store and the forms' own validation (every optional
//   field used) imports into an empty browser as exactly the same passport, in clear, encrypted,
//   and from under the lock; it matches the JSON Schema shipped in the build. The Chromium and
//   Firefox builds run this same code on the same format, so this is also the cross-browser test.
// - a failed import leaves the database byte-identical (every store dumped before and after),
//   for well over 1 000 malformed or hostile files, and for a transaction that fails half-way.
import { deleteEveryDatabase } from '../../support/databases';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import schema from '../../../public/passport-export.schema.json';
import { resetConnection } from '../../../utils/storage/db';
import { writeDraft } from '../../../utils/passport/drafts';
import { buildExport, serializeExport } from '../../../utils/passport/export-format';
import { makeExportFile } from '../../../utils/passport/export-file';
import { importPassport, type PassportStore } from '../../../utils/passport/import';
import { prepareLock } from '../../../utils/passport/lock';
import { endSession } from '../../../utils/passport/lock-state';
import { passportStore } from '../../../utils/passport/store-adapter';
import { addReview, createChild, readAllChildRecords, saveAgreement, saveCelebration, saveIncident, updateChild, writeChildRecords } from '../../../utils/passport/store';
import type { ChildRecord } from '../../../utils/passport/types';
import { validateAgreement, validateCelebration, validateChildAbout, validateIncident, validateVoice } from '../../../utils/passport/validate';
import { validRecords } from '../../fixtures/passport/arbitraries';
import { dumpDatabase } from '../../fixtures/passport/db-dump';
import { makeHousehold } from '../../fixtures/passport/household';
import { breakFile, duplicateId } from '../../fixtures/passport/mutations';
import { checkSchema } from '../../support/json-schema-lite';

async function freshDatabase() {
  endSession();
  await resetConnection();
  await deleteEveryDatabase();
}
beforeEach(freshDatabase);
afterEach(freshDatabase);

const ok = <T,>(result: { ok: true; value: T } | { ok: false }): T => {
  if (!result.ok) throw new Error(`form refused: ${JSON.stringify(result)}`);
  return result.value;
};

/** A passport typed through the forms' validation and saved by the store, every optional field used. */
async function passportAsTyped(): Promise<ChildRecord[]> {
  const about = ok(validateChildAbout({ name: ' Léa\u000b ', ageBand: '13-15', adults: [{ id: 'adult-1', name: 'Mme Dupont', role: 'social-worker' }], voiceSharedWith: ['adult-1'] }));
  const child = await createChild({ id: 'child-lea', ...about, devices: ['téléphone'], accounts: [{ id: 'account-1', platform: 'tiktok', handle: '@lea', notes: 'private' }], appsAndGames: ['TikTok'], voice: { likes: '', dislikes: '', goingWell: '', notGoingWell: '', worries: '', learned: '', hopes: '' } });
  const voice = ok(validateVoice({ likes: 'Dessiner 🎨', dislikes: '', goingWell: 'Le groupe de classe', notGoingWell: '', worries: 'Être mise de côté', learned: '', hopes: '', writtenBy: 'together' }));
  await updateChild(child.id, { voice: { ...voice, updatedAt: new Date().toISOString() } });
  const today = new Date().toISOString().slice(0, 10);
  const agreement = ok(validateAgreement({ topic: 'other', customTopic: 'Serveur Minecraft', words: 'On joue avec les amis de l’école.', agreedBy: ['Léa'], othersWhoAgreed: 'Mme Dupont', agreedOn: today, reviewEveryDays: '30' }, today));
  const saved = await saveAgreement({ id: 'agreement-1', childId: child.id, ...agreement });
  await addReview(saved.id, { id: 'review-1', date: today, stillWorking: 'partly', notes: 'Le vendredi, plus tard.', changes: 'Heure changée.' }, 'On joue avec les amis de l’école, jusqu’à 21 h.');
  const incident = ok(validateIncident({
    occurredAt: `${today}T00:05`, platform: 'roblox', whatHappened: 'Quelqu’un a demandé une photo.', whoWasTold: 'Mme Dupont',
    reportedTo: ['3018', 'platform'], outcome: 'Compte bloqué.', followUp: 'En reparler dimanche.',
    evidence: [{ url: 'https://www.roblox.com/users/1/profile', account: 'stranger', time: '18:30', note: 'URL et heure seulement.' }],
  }, new Date()));
  await saveIncident({ id: 'incident-1', childId: child.id, ...incident });
  const celebration = ok(validateCelebration({ date: today, text: 'A fini un film en stop-motion.' }, today));
  await saveCelebration({ id: 'celebration-1', childId: child.id, ...celebration });
  return readAllChildRecords();
}

describe('an export made by the real code', { timeout: 60_000 }, () => {
  it('imports into an empty browser as exactly the same passport, and matches the shipped schema', async () => {
    const original = await passportAsTyped();
    expect(original[0]!.child.name).toBe('Léa'); // the pasted control character was dropped by the form
    expect(original[0]!.child.voice.writtenBy).toBe('together');
    expect(original[0]!.agreements[0]!.reviews[0]!.previousWords).toBe('On joue avec les amis de l’école.');
    const file = await makeExportFile();
    expect(checkSchema(schema as unknown as Record<string, unknown>, JSON.parse(file.text))).toBeUndefined();

    await freshDatabase();
    const outcome = await importPassport(file.text, passportStore, { strategy: 'merge' });
    expect(outcome.status).toBe('imported');
    expect(await readAllChildRecords()).toEqual(original);
  });

  it('round-trips encrypted, and from a passport under the lock', async () => {
    const original = await passportAsTyped();
    await (await prepareLock('purple otter reads maps')).commit();
    const file = await makeExportFile({ passphrase: 'a passphrase for the file' });
    expect(JSON.parse(file.text).format).toBe('vigie-passport-encrypted');
    expect(file.text).not.toContain('Léa');

    await freshDatabase();
    expect((await importPassport(file.text, passportStore, { strategy: 'merge', passphrase: 'not the one' })).status).toBe('failed');
    expect(await readAllChildRecords()).toEqual([]);
    expect((await importPassport(file.text, passportStore, { strategy: 'replace', passphrase: 'a passphrase for the file' })).status).toBe('imported');
    expect(await readAllChildRecords()).toEqual(original);
  });

  it('exports one child only', async () => {
    const [lea] = await passportAsTyped();
    await createChild({ ...lea!.child, id: 'child-other', name: 'Noah' });
    const file = await makeExportFile({ childId: 'child-lea' });
    expect(file.children).toBe(1);
    expect(JSON.parse(file.text).children.map((r: ChildRecord) => r.child.id)).toEqual(['child-lea']);
  });
});

// ── Failed imports change nothing ─────────────────────────────────────────────────────────────

const existing = makeHousehold({ children: 2, agreements: 5, incidents: 3, seed: 42 });
const validFile = validRecords(3).map((records) => JSON.parse(serializeExport(buildExport(records))) as Record<string, unknown>);
let filesTried = 0;

/** What this browser holds before each file: a household, a half-written form and a setting. */
async function seedExisting() {
  await writeChildRecords(existing, 'replace-all');
  await writeDraft(`voice/${existing[0]!.child.id}`, { likes: 'half-written' }, existing[0]!.child.id);
}

/** Imports `text` with both strategies; it must fail and leave every store byte-identical. */
async function refusedByTheStore(text: string, store: PassportStore = passportStore) {
  filesTried++;
  for (const strategy of ['merge', 'replace'] as const) {
    const before = await dumpDatabase();
    const outcome = await importPassport(text, store, { strategy });
    expect(outcome.status, `accepted with ${strategy}`).toBe('failed');
    expect(await dumpDatabase()).toBe(before);
  }
}

describe('a failed import leaves the database byte-identical', { timeout: 300_000 }, () => {
  beforeEach(seedExisting);

  it('a valid file broken in one place', async () => {
    await fc.assert(fc.asyncProperty(validFile, fc.nat(), fc.nat(), fc.nat(), async (file, slot, mutation, detail) => {
      await refusedByTheStore(JSON.stringify(breakFile(file, slot, mutation, detail).file));
    }), { numRuns: 500 });
  });

  it('an id used twice, or already used by another child here', async () => {
    await fc.assert(fc.asyncProperty(validFile, fc.nat(), async (file, choice) => {
      const broken = duplicateId(file, choice);
      fc.pre(broken !== undefined);
      await refusedByTheStore(JSON.stringify(broken!.file));
    }), { numRuns: 100 });
    // An agreement filed under another child than the one holding its id here: a merge is refused.
    const file = structuredClone(existing);
    file[1]!.agreements.push({ ...file[0]!.agreements[0]!, childId: file[1]!.child.id });
    file[0]!.agreements.shift();
    const before = await dumpDatabase();
    const outcome = await importPassport(serializeExport(buildExport(file)), passportStore, { strategy: 'merge' });
    expect(outcome).toMatchObject({ status: 'failed', problem: { code: 'idConflict' } });
    expect(await dumpDatabase()).toBe(before);
    filesTried++;
  });

  it('any other JSON, random text and bytes, passport-looking objects, files cut short', async () => {
    const bytes = fc.uint8Array({ maxLength: 300 }).map((b) => new TextDecoder().decode(b));
    const header = fc.record({ format: fc.constantFrom('vigie-passport', 'vigie-passport-encrypted'), version: fc.oneof(fc.integer(), fc.double(), fc.string()) });
    await fc.assert(fc.asyncProperty(fc.jsonValue(), async (value) => refusedByTheStore(JSON.stringify(value))), { numRuns: 150 });
    await fc.assert(fc.asyncProperty(fc.oneof(fc.string({ unit: 'binary' }), bytes), async (text) => refusedByTheStore(text)), { numRuns: 100 });
    await fc.assert(fc.asyncProperty(header, fc.dictionary(fc.string(), fc.jsonValue(), { maxKeys: 4 }), async (head, rest) => refusedByTheStore(JSON.stringify({ ...rest, ...head }))), { numRuns: 100 });
    await fc.assert(fc.asyncProperty(validFile, fc.nat(), async (file, cut) => {
      const text = JSON.stringify(file);
      await refusedByTheStore(text.slice(0, cut % text.length));
    }), { numRuns: 100 });
  });

  it('a transaction that fails half-way through writing changes nothing, in clear and under the lock', async () => {
    // A valid file whose write is made to fail inside the store's one transaction: after the
    // replace-all has cleared the stores and some records were put, a record without an id.
    const poisoned: PassportStore = {
      ...passportStore,
      replaceAll: (records) => writeChildRecords([...records, { ...records[0]!, child: { ...records[0]!.child, id: undefined as unknown as string }, agreements: [], incidents: [], celebrations: [] }], 'replace-all'),
      merge: (records) => writeChildRecords([...records, { ...records[0]!, child: { ...records[0]!.child, id: undefined as unknown as string }, agreements: [], incidents: [], celebrations: [] }], 'merge'),
    };
    const file = serializeExport(buildExport(makeHousehold({ children: 3, agreements: 6, incidents: 4, seed: 7 })));
    for (const strategy of ['merge', 'replace'] as const) {
      const before = await dumpDatabase();
      expect(await importPassport(file, poisoned, { strategy })).toEqual({ status: 'failed', problem: { code: 'storeFailed', path: '' } });
      expect(await dumpDatabase()).toBe(before);
      filesTried++;
    }
    await (await prepareLock('purple otter reads maps')).commit();
    for (const strategy of ['merge', 'replace'] as const) {
      const before = await dumpDatabase();
      expect((await importPassport(file, poisoned, { strategy })).status).toBe('failed');
      expect(await dumpDatabase()).toBe(before);
      filesTried++;
    }
  });

  it('hostile files change nothing under the lock either', async () => {
    await (await prepareLock('purple otter reads maps')).commit();
    await fc.assert(fc.asyncProperty(validFile, fc.nat(), fc.nat(), fc.nat(), async (file, slot, mutation, detail) => {
      await refusedByTheStore(JSON.stringify(breakFile(file, slot, mutation, detail).file));
    }), { numRuns: 100 });
  });

  it('tried more than 1 000 files against the real store', () => {
    expect(filesTried).toBeGreaterThanOrEqual(1_000);
  });
});
