// The lock at rest on fake-indexeddb, through the real store: turning it on leaves no plaintext in
// any store (drafts included), the store works the same while unlocked, nothing is readable or
// writable without the key, the passphrase and the recovery code open it, and turning it off
// brings everything back in clear. Key derivations take a moment each: generous timeouts.
import { deleteEveryDatabase } from '../../support/databases';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { encryptBytes, utf8, WrongSecretError } from '../../../utils/storage/crypto';
import { db, resetConnection } from '../../../utils/storage/db';
import { remindAbout } from '../../../utils/passport/review-reminders';
import { readDraft, writeDraft } from '../../../utils/passport/drafts';
import { lockNow, prepareLock, prepareRecovery, turnLockOff, unlock } from '../../../utils/passport/lock';
import { endSession, readLock, sessionFor } from '../../../utils/passport/lock-state';
import { listReviewSchedule, syncReviewAlarms } from '../../../utils/passport/review-alarms';
import { addDays, agreementDueForReview, todayIso } from '../../../utils/passport/reviews';
import {
  addReview, createChild, deleteChild, deleteIncident, listAgreements, listChildren, readAgreement, readAllChildRecords,
  readChildRecord, saveAgreement, saveCelebration, saveIncident, updateChild, writeChildRecords, PassportError,
} from '../../../utils/passport/store';
import { dumpDatabase, foundInDatabase } from '../../fixtures/passport/db-dump';
import { agreementFields, childFields, childRecord, incidentFields } from './passport-fixtures';

afterEach(async () => {
  endSession();
  await resetConnection();
  await deleteEveryDatabase();
});

const PASSPHRASE = 'purple otter reads maps';
const SECRETS = {
  name: 'Zéphyrine',
  words: 'Tablets sleep in the kitchen after nine',
  incident: 'A stranger in the game chat asked for a selfie',
  voice: 'I love drawing comics with my cousin',
  draft: 'Half-written note about a Discord server',
  celebration: 'Won the school coding contest',
};

/** A child with an agreement, an incident, a celebration, their own words, and a half-written form. */
async function passportWithEverything() {
  const child = await createChild(childFields({ name: SECRETS.name, voice: { likes: SECRETS.voice, dislikes: '', goingWell: '', notGoingWell: '', worries: '', learned: '', hopes: '' } }));
  const agreement = await saveAgreement(agreementFields(child.id, { words: SECRETS.words, agreedOn: addDays(todayIso(), -40) }));
  await saveIncident(incidentFields(child.id, { whatHappened: SECRETS.incident }));
  await saveCelebration({ id: 'celebration-1', childId: child.id, date: '2025-01-05', text: SECRETS.celebration });
  await writeDraft(`incident-new/${child.id}`, { whatHappened: SECRETS.draft }, child.id);
  const other = await createChild(childFields({ name: 'Robin' }));
  return { child, agreement, other };
}

async function turnOn() {
  const prepared = await prepareLock(PASSPHRASE);
  await prepared.commit();
  return prepared.recoveryCode;
}

describe('turning the lock on', { timeout: 60_000 }, () => {
  it('leaves no plaintext in any store, drafts included, and keeps only ids and due days in clear', async () => {
    const { child, agreement } = await passportWithEverything();
    const before = await readAllChildRecords();
    expect(await foundInDatabase(Object.values(SECRETS))).toEqual(Object.values(SECRETS)); // the search can find them
    await turnOn();
    expect(await foundInDatabase(Object.values(SECRETS))).toEqual([]);
    const d = await db();
    expect({ children: await d.count('children'), agreements: await d.count('agreements'), incidents: await d.count('incidents'), celebrations: await d.count('celebrations') })
      .toEqual({ children: 0, agreements: 0, incidents: 0, celebrations: 0 });
    const rows = await d.getAll('vault');
    expect(rows.map((r) => r.id).sort()).toEqual(before.map((r) => r.child.id).sort());
    const row = rows.find((r) => r.id === child.id)!;
    expect(Object.keys(row).sort()).toEqual(['ciphertext', 'id', 'iv', 'reviewsDue', 'v']);
    // Only the day a review falls due: not which agreement (issue 20, point 3).
    expect(row.reviewsDue).toEqual([agreementDueForReview(agreement)]);
    expect(JSON.stringify(rows)).not.toContain(agreement.id);
    const [draft] = await d.getAll('drafts');
    // Which form, about which child and when: sealed too, under a random id.
    expect(Object.keys(draft!).sort()).toEqual(['key', 'sealed', 'v']);
    expect(draft!.key).toMatch(/^[0-9a-f-]{36}$/);
    expect(JSON.stringify(await dumpDatabase())).not.toContain(`incident-new/${child.id}`);
    // This page keeps the key: everything reads as before, the draft too.
    expect(await readAllChildRecords()).toEqual(before);
    expect(await readDraft(`incident-new/${child.id}`)).toMatchObject({ form: { whatHappened: SECRETS.draft } });
  });

  it('deletes the database the rows in clear were written to, and keeps everything in a new one', async () => {
    // Deleted rows stay in the browser's files until it compacts them: only deleting the whole
    // database (and, in Chromium, its storage bucket) removes them (utils/storage/places.ts).
    await passportWithEverything();
    const before = await readAllChildRecords();
    const names = async () => (await indexedDB.databases()).map((info) => info.name);
    expect(await names()).toEqual(['vigie']);
    await turnOn();
    expect(await names()).toEqual(['vigie-1']);
    expect(await readAllChildRecords()).toEqual(before);
    await resetConnection();
    expect(await readAllChildRecords()).toEqual(before);
  });

  it('still reads a draft sealed before drafts had random ids, and replaces it with one', async () => {
    const { child } = await passportWithEverything();
    await turnOn();
    const lock = (await readLock())!;
    const session = sessionFor(lock)!;
    // A draft as the previous version sealed it: the form alone, its key, child and time in clear.
    const key = `voice/${child.id}`;
    const sealed = await encryptBytes(session.key, utf8.encode(JSON.stringify({ likes: 'Older sealed words' })), utf8.encode(`vigie-draft:v1:${key}`));
    await (await db()).put('drafts', { key, childId: child.id, savedAt: '2026-01-01T10:00:00.000Z', sealed });
    expect(await readDraft(key)).toEqual({ form: { likes: 'Older sealed words' }, savedAt: '2026-01-01T10:00:00.000Z' });
    await writeDraft(key, { likes: 'Newer words' }, child.id);
    expect(await (await db()).get('drafts', key)).toBeUndefined();
    expect(await readDraft(key)).toMatchObject({ form: { likes: 'Newer words' } });
    await deleteChild(child.id);
    expect(await (await db()).count('drafts')).toBe(0);
  });

  it('changes nothing before the recovery code is confirmed (commit)', async () => {
    await passportWithEverything();
    const before = await dumpDatabase();
    const prepared = await prepareLock(PASSPHRASE);
    expect(prepared.recoveryCode).toMatch(/^([0-9A-Z]{4}-){5}[0-9A-Z]{4}$/);
    expect(await dumpDatabase()).toBe(before);
  });

  it('refuses to turn on twice', async () => {
    await passportWithEverything();
    await turnOn();
    const second = await prepareLock('another passphrase here');
    await expect(second.commit()).rejects.toMatchObject({ code: 'locked' });
  });
});

describe('while locked', { timeout: 60_000 }, () => {
  it('works like the store in clear when unlocked, and never writes plaintext', async () => {
    const { child, agreement, other } = await passportWithEverything();
    await turnOn();
    const newer = await createChild(childFields({ name: 'Maëlys-Octavie' }));
    await updateChild(child.id, { devices: ['a laptop called Nebuchadnezzar'] });
    const reviewed = await addReview(agreement.id, { id: 'review-1', date: todayIso(), stillWorking: 'partly', notes: 'Fridays are different', changes: '' }, 'Tablets sleep in the kitchen after ten on Fridays');
    expect(reviewed.reviews[0]!.previousWords).toBe(SECRETS.words);
    const incident = await saveIncident(incidentFields(newer.id, { whatHappened: 'Someone posted a mocking video' }));
    await deleteIncident(incident.id);
    await saveCelebration({ id: 'celebration-2', childId: newer.id, date: '2025-02-01', text: 'Finished a stop-motion film' });
    await deleteChild(other.id);

    expect((await listChildren()).map((c) => c.name)).toEqual(['Maëlys-Octavie', SECRETS.name]);
    expect((await readChildRecord(child.id))?.child.devices).toEqual(['a laptop called Nebuchadnezzar']);
    expect((await readAgreement(agreement.id))?.words).toBe('Tablets sleep in the kitchen after ten on Fridays');
    expect((await readChildRecord(newer.id))?.incidents).toEqual([]);
    expect(await listAgreements()).toHaveLength(1);
    expect(await foundInDatabase(['Maëlys-Octavie', 'Nebuchadnezzar', 'Fridays are different', 'after ten on Fridays', 'Finished a stop-motion film', 'mocking video', ...Object.values(SECRETS)])).toEqual([]);
    expect(await (await db()).count('vault')).toBe(2);
  });

  it('applies the same rules: a missing child, a stale form, an agreement moved under another child', async () => {
    const { child, agreement, other } = await passportWithEverything();
    await turnOn();
    await expect(saveAgreement(agreementFields('no-such-child'))).rejects.toMatchObject({ code: 'child-missing' });
    await expect(updateChild(child.id, { devices: [] }, { expectedUpdatedAt: '2000-01-01T00:00:00.000Z' })).rejects.toMatchObject({ code: 'conflict' });
    await expect(saveAgreement({ ...agreementFields(other.id), id: agreement.id })).rejects.toMatchObject({ code: 'conflict' });
    expect((await readChildRecord(other.id))?.agreements).toEqual([]);
  });

  it('keeps both of two writes to the same child made at the same time (two tabs)', async () => {
    const { child } = await passportWithEverything();
    await turnOn();
    await Promise.all([
      saveAgreement(agreementFields(child.id, { id: 'agreement-a', words: 'First tab' })),
      saveAgreement(agreementFields(child.id, { id: 'agreement-b', words: 'Second tab' })),
      saveCelebration({ id: 'celebration-c', childId: child.id, date: '2025-03-01', text: 'Third write' }),
    ]);
    const record = await readChildRecord(child.id);
    expect(record?.agreements.map((a) => a.id).sort()).toEqual(expect.arrayContaining(['agreement-a', 'agreement-b']));
    expect(record?.celebrations.map((c) => c.id)).toContain('celebration-c');
  });

  it('imports whole records sealed, with the same meaning as in clear', async () => {
    const { child } = await passportWithEverything();
    await turnOn();
    const imported = childRecord('Imported-Léonie');
    await writeChildRecords([imported], 'merge');
    expect(await foundInDatabase(['Imported-Léonie'])).toEqual([]);
    expect((await readChildRecord(imported.child.id))).toEqual(imported);
    await writeChildRecords([imported], 'replace-all');
    expect((await listChildren()).map((c) => c.id)).toEqual([imported.child.id]);
    expect(await readChildRecord(child.id)).toBeUndefined();
    expect(await (await db()).count('drafts')).toBe(0);
  });

  it('reads and writes nothing without the key, and a draft typed then is dropped rather than kept in clear', async () => {
    const { child } = await passportWithEverything();
    await turnOn();
    lockNow();
    const before = await dumpDatabase();
    for (const attempt of [() => listChildren(), () => readChildRecord(child.id), () => createChild(childFields()), () => saveAgreement(agreementFields(child.id))]) {
      await expect(attempt()).rejects.toSatisfy((e: unknown) => e instanceof PassportError && e.code === 'locked');
    }
    await writeDraft(`voice/${child.id}`, { likes: 'typed while locked' }, child.id);
    expect(await readDraft(`incident-new/${child.id}`)).toBeUndefined();
    expect(await dumpDatabase()).toBe(before);
  });

  it('never leaves plaintext when a write in clear races with turning the lock on (another tab)', async () => {
    // Started a little earlier or later each time: the write lands before the lock's transaction
    // (which then sees the change, starts again and seals it) or after (refused inside its own
    // transaction). Either way, nothing in clear is left.
    for (let ticks = 0; ticks < 4; ticks++) {
      endSession();
      await resetConnection();
      await deleteEveryDatabase();
      const { child } = await passportWithEverything();
      const prepared = await prepareLock(PASSPHRASE);
      const locking = prepared.commit();
      for (let i = 0; i < ticks; i++) await new Promise((resolve) => setTimeout(resolve, 0));
      const writing = saveAgreement(agreementFields(child.id, { id: `raced-${ticks}`, words: 'Raced words about a new game' }))
        .then(() => 'saved', (error: unknown) => (error instanceof PassportError ? error.code : String(error)));
      await locking;
      const outcome = await writing;
      expect(await foundInDatabase(['Raced words about a new game', SECRETS.words])).toEqual([]);
      if (outcome === 'saved') expect(await readAgreement(`raced-${ticks}`)).toMatchObject({ words: 'Raced words about a new game' });
      else expect(outcome).toBe('locked');
    }
  }, 120_000);
});

describe('opening the lock', { timeout: 60_000 }, () => {
  it('opens with the passphrase, and says so when it is wrong', async () => {
    const { child } = await passportWithEverything();
    const before = await readAllChildRecords();
    await turnOn();
    lockNow();
    await expect(unlock('purple otter reads map')).rejects.toBeInstanceOf(WrongSecretError);
    await expect(listChildren()).rejects.toMatchObject({ code: 'locked' });
    expect(await unlock(PASSPHRASE)).toBe(true);
    expect(await readAllChildRecords()).toEqual(before);
    expect(await readDraft(`incident-new/${child.id}`)).toMatchObject({ form: { whatHappened: SECRETS.draft } });
  });

  it('opens with the recovery code, which sets a new passphrase and is replaced by a new code', async () => {
    await passportWithEverything();
    const before = await readAllChildRecords();
    const code = await turnOn();
    lockNow();
    await expect(prepareRecovery('0000-0000-0000-0000-0000-0000', 'a brand new passphrase')).rejects.toBeInstanceOf(WrongSecretError);
    const recovery = await prepareRecovery(code.toLowerCase().replace(/-/g, ' '), 'a brand new passphrase');
    expect(recovery.recoveryCode).not.toBe(code);
    await recovery.commit();
    expect(await readAllChildRecords()).toEqual(before);
    lockNow();
    await expect(unlock(PASSPHRASE)).rejects.toBeInstanceOf(WrongSecretError);
    await expect(prepareRecovery(code, 'yet another passphrase')).rejects.toBeInstanceOf(WrongSecretError);
    expect(await unlock('a brand new passphrase')).toBe(true);
    expect(await readAllChildRecords()).toEqual(before);
  });
});

describe('turning the lock off', { timeout: 60_000 }, () => {
  it('asks for the passphrase, then puts everything back in clear and removes the lock', async () => {
    const { child } = await passportWithEverything();
    const before = await readAllChildRecords();
    await turnOn();
    await expect(turnLockOff('wrong passphrase here')).rejects.toBeInstanceOf(WrongSecretError);
    await turnLockOff(PASSPHRASE);
    expect(await readLock()).toBeUndefined();
    expect(await (await db()).count('vault')).toBe(0);
    expect(await readAllChildRecords()).toEqual(before);
    expect(await readDraft(`incident-new/${child.id}`)).toMatchObject({ form: { whatHappened: SECRETS.draft } });
    expect((await (await db()).getAll('drafts'))[0]).not.toHaveProperty('sealed');
    // The store in clear works again.
    await saveCelebration({ id: 'celebration-after', childId: child.id, date: '2025-04-01', text: 'After the lock' });
    expect(await foundInDatabase(['After the lock'])).toEqual(['After the lock']);
  });
});

describe('review reminders while locked', { timeout: 60_000 }, () => {
  it('come from the due days kept in clear, one per day, and say nothing about the child or the agreement', async () => {
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-GB');
    const { agreement, other } = await passportWithEverything();
    // Another child's agreement due the same day: still one reminder, which names neither.
    const sameDay = await saveAgreement(agreementFields(other.id, { agreedOn: agreement.agreedOn }));
    expect(agreementDueForReview(sameDay)).toBe(agreementDueForReview(agreement));
    await turnOn();
    lockNow(); // the background never has the key
    const due = agreementDueForReview(agreement);
    expect(await listReviewSchedule()).toEqual([{ reminderId: `day-${due}`, due }]);
    await syncReviewAlarms();
    const alarms = (await fakeBrowser.alarms.getAll()).map((a) => a.name);
    expect(alarms).toEqual([`passport-review:day-${due}`]);
    expect(JSON.stringify(alarms)).not.toContain(agreement.id);
    expect(await remindAbout(`day-${due}`)).toBe(true);
    expect(await remindAbout(`day-${due}`), 'announced once').toBe(false);
    const shown = (await fakeBrowser.notifications.getAll())[`passport-review:day-${due}`] as { title: string; message: string };
    expect(shown.title).toBe('A passport review is due');
    expect(JSON.stringify(shown)).not.toContain(SECRETS.name);
    expect(JSON.stringify(shown)).not.toContain('time online');
  });

  it('still read the rows sealed before, which named the agreement beside its day', async () => {
    const { agreement } = await passportWithEverything();
    await turnOn();
    lockNow();
    const d = await db();
    const [row] = (await d.getAll('vault')).filter((r) => r.reviewsDue.length > 0);
    const due = agreementDueForReview(agreement);
    await d.put('vault', { ...row!, reviewsDue: [{ agreementId: agreement.id, due }] });
    expect(await listReviewSchedule()).toEqual([{ reminderId: `day-${due}`, due }]);
  });
});
