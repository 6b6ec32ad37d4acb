import { deleteEveryDatabase } from '../../support/databases';
import { afterEach, describe, expect, it } from 'vitest';
import { db, resetConnection } from '../../../utils/storage/db';
import { clearDraft, readDraft, writeDraft } from '../../../utils/passport/drafts';
import {
  addReview, createChild, deleteAgreement, deleteCelebration, deleteChild, deleteIncident, listAgreements, listChildren,
  onPassportChanged, readAgreement, readAllChildRecords, readChild, readChildRecord, readIncident, saveAgreement,
  saveCelebration, saveIncident, updateChild, writeChildRecords, PassportError,
} from '../../../utils/passport/store';
import { agreementFields, childFields, childRecord, id, incidentFields } from './passport-fixtures';

afterEach(async () => {
  await resetConnection();
  await deleteEveryDatabase();
});

const review = (date: string, stillWorking: 'yes' | 'partly' | 'no' = 'yes') => ({ id: id('review'), date, stillWorking, notes: '', changes: '' });

async function counts() {
  const d = await db();
  return {
    children: await d.count('children'),
    agreements: await d.count('agreements'),
    incidents: await d.count('incidents'),
    celebrations: await d.count('celebrations'),
    drafts: await d.count('drafts'),
  };
}

describe('children', () => {
  it('creates children and lists them by name', async () => {
    const zoe = await createChild(childFields({ name: 'Zoé' }));
    await createChild(childFields({ name: 'Ali' }));
    expect(zoe.createdAt).toBe(zoe.updatedAt);
    expect((await listChildren()).map((c) => c.name)).toEqual(['Ali', 'Zoé']);
    expect(await readChild(zoe.id)).toEqual(zoe);
  });

  it('refuses to create a child over an existing one', async () => {
    const fields = childFields();
    await createChild(fields);
    await expect(createChild({ ...fields, name: 'Other' })).rejects.toMatchObject({ code: 'conflict' });
    expect((await readChild(fields.id))?.name).toBe('Sam');
  });

  it('updates one part of a child and keeps the others', async () => {
    const child = await createChild(childFields());
    const voice = { ...child.voice, worries: 'Group chats at night' };
    const updated = await updateChild(child.id, { voice }, { expectedUpdatedAt: child.updatedAt });
    expect(updated.voice.worries).toBe('Group chats at night');
    expect(updated.devices).toEqual(['phone']);
    expect(updated.createdAt).toBe(child.createdAt);
  });

  it('refuses an update made from a stale form (changed in another tab since)', async () => {
    const child = await createChild(childFields());
    await new Promise((r) => setTimeout(r, 2));
    await updateChild(child.id, { name: 'Sammy' });
    await expect(updateChild(child.id, { name: 'Samuel' }, { expectedUpdatedAt: child.updatedAt })).rejects.toMatchObject({ code: 'conflict' });
    expect((await readChild(child.id))?.name).toBe('Sammy');
    await expect(updateChild('nobody', { name: 'X' })).rejects.toBeInstanceOf(PassportError);
  });

  it('keeps both of two concurrent updates to different parts', async () => {
    const child = await createChild(childFields());
    await Promise.all([
      updateChild(child.id, { voice: { ...child.voice, hopes: 'To make games' } }),
      updateChild(child.id, { devices: ['phone', 'laptop'] }),
      updateChild(child.id, { appsAndGames: ['Minecraft', 'Scratch'] }),
    ]);
    const saved = await readChild(child.id);
    expect(saved?.voice.hopes).toBe('To make games');
    expect(saved?.devices).toEqual(['phone', 'laptop']);
    expect(saved?.appsAndGames).toEqual(['Minecraft', 'Scratch']);
  });
});

describe('agreements and reviews', () => {
  it('creates an agreement with an empty review history and edits it without losing reviews', async () => {
    const child = await createChild(childFields());
    const created = await saveAgreement(agreementFields(child.id));
    expect(created.reviews).toEqual([]);
    await addReview(created.id, review('2025-02-10'));
    const edited = await saveAgreement({ ...agreementFields(child.id), id: created.id, words: 'Phones downstairs at 9.' });
    expect(edited.words).toBe('Phones downstairs at 9.');
    expect(edited.reviews).toHaveLength(1);
    expect(edited.createdAt).toBe(created.createdAt);
  });

  it('refuses an agreement for a child that does not exist, and saves nothing', async () => {
    const fields = agreementFields('ghost');
    await expect(saveAgreement(fields)).rejects.toMatchObject({ code: 'child-missing' });
    expect(await readAgreement(fields.id)).toBeUndefined();
  });

  it('adds reviews to the history, keeping the old words when a review changes them', async () => {
    const child = await createChild(childFields());
    const agreement = await saveAgreement(agreementFields(child.id));
    await addReview(agreement.id, review('2025-02-10'));
    const after = await addReview(agreement.id, { ...review('2025-03-10', 'partly'), changes: 'Later on Fridays' }, 'Phones downstairs after 9 pm, 10 pm on Fridays.');
    expect(after.words).toBe('Phones downstairs after 9 pm, 10 pm on Fridays.');
    expect(after.reviews.map((r) => [r.date, r.stillWorking, r.previousWords])).toEqual([
      ['2025-02-10', 'yes', undefined],
      ['2025-03-10', 'partly', 'Phones stay downstairs after 9 pm on school nights.'],
    ]);
    await expect(addReview('missing', review('2025-03-10'))).rejects.toMatchObject({ code: 'not-found' });
  });

  it('keeps every review when many are added at the same time (two tabs)', async () => {
    const child = await createChild(childFields());
    const agreement = await saveAgreement(agreementFields(child.id));
    const dates = Array.from({ length: 20 }, (_, i) => `2025-03-${String(i + 1).padStart(2, '0')}`);
    await Promise.all(dates.map((date) => addReview(agreement.id, review(date))));
    const saved = await readAgreement(agreement.id);
    expect(saved?.reviews.map((r) => r.date).sort()).toEqual(dates);
  });

  it('refuses to save over an agreement edited in another tab', async () => {
    const child = await createChild(childFields());
    const agreement = await saveAgreement(agreementFields(child.id));
    await new Promise((r) => setTimeout(r, 2));
    await addReview(agreement.id, review('2025-02-10'));
    await expect(saveAgreement({ ...agreementFields(child.id), id: agreement.id }, { expectedUpdatedAt: agreement.updatedAt })).rejects.toMatchObject({ code: 'conflict' });
  });

  it('deletes one agreement', async () => {
    const child = await createChild(childFields());
    const a = await saveAgreement(agreementFields(child.id));
    const b = await saveAgreement(agreementFields(child.id));
    await deleteAgreement(a.id);
    expect((await listAgreements()).map((x) => x.id)).toEqual([b.id]);
  });
});

describe('incidents and celebrations', () => {
  it('saves, updates and deletes an incident', async () => {
    const child = await createChild(childFields());
    const created = await saveIncident(incidentFields(child.id));
    const updated = await saveIncident({ ...incidentFields(child.id), id: created.id, outcome: 'Reported, account removed.' }, { expectedUpdatedAt: created.updatedAt });
    expect(updated.createdAt).toBe(created.createdAt);
    expect((await readIncident(created.id))?.outcome).toBe('Reported, account removed.');
    await deleteIncident(created.id);
    expect(await readIncident(created.id)).toBeUndefined();
    await expect(deleteIncident(created.id)).rejects.toMatchObject({ code: 'not-found' });
  });

  it('saves and deletes celebrations', async () => {
    const child = await createChild(childFields());
    const c = await saveCelebration({ id: id('celebration'), childId: child.id, date: '2025-01-05', text: 'First video' });
    expect((await readChildRecord(child.id))?.celebrations).toEqual([c]);
    await deleteCelebration(c.id);
    expect((await readChildRecord(child.id))?.celebrations).toEqual([]);
  });
});

describe('deleting a child', () => {
  it('deletes everything about the child, drafts included, and nothing about the others', async () => {
    const sam = await createChild(childFields({ name: 'Sam' }));
    const robin = await createChild(childFields({ name: 'Robin' }));
    for (const child of [sam, robin]) {
      const a = await saveAgreement(agreementFields(child.id));
      await addReview(a.id, review('2025-02-10'));
      await saveIncident(incidentFields(child.id));
      await saveCelebration({ id: id('celebration'), childId: child.id, date: '2025-01-05', text: 'Proud' });
      await writeDraft(`incident-new/${child.id}`, { whatHappened: 'half-written' }, child.id);
    }
    expect(await counts()).toEqual({ children: 2, agreements: 2, incidents: 2, celebrations: 2, drafts: 2 });
    await deleteChild(sam.id);
    expect(await counts()).toEqual({ children: 1, agreements: 1, incidents: 1, celebrations: 1, drafts: 1 });
    expect(await readChildRecord(sam.id)).toBeUndefined();
    expect((await readChildRecord(robin.id))?.agreements).toHaveLength(1);
    expect(await readDraft(`incident-new/${sam.id}`)).toBeUndefined();
  });

  it('leaves no item behind when a delete and a write race (a form open in another tab)', async () => {
    const child = await createChild(childFields());
    const results = await Promise.allSettled([
      saveAgreement(agreementFields(child.id)),
      deleteChild(child.id),
      saveIncident(incidentFields(child.id)),
      saveCelebration({ id: id('celebration'), childId: child.id, date: '2025-01-05', text: 'Proud' }),
    ]);
    expect(results[1].status).toBe('fulfilled');
    // Writes after the delete are refused (child-missing); writes before it were deleted with the child.
    for (const r of [results[2], results[3]]) if (r.status === 'rejected') expect(r.reason).toMatchObject({ code: 'child-missing' });
    expect(await counts()).toEqual({ children: 0, agreements: 0, incidents: 0, celebrations: 0, drafts: 0 });
  });
});

describe('whole records (the import and export API)', () => {
  it('reads one child or the whole household, each in one piece', async () => {
    const record = childRecord('Robin');
    await writeChildRecords([record], 'merge');
    expect(await readChildRecord(record.child.id)).toEqual(record);
    expect(await readAllChildRecords()).toEqual([record]);
  });

  it('merges: adds new records and replaces same ids, keeping everything else', async () => {
    const existing = await createChild(childFields({ name: 'Sam' }));
    const kept = await saveAgreement(agreementFields(existing.id));
    const record = childRecord('Robin');
    await writeChildRecords([record], 'merge');
    const changed = { ...record, child: { ...record.child, name: 'Robin B' }, agreements: [] };
    await writeChildRecords([changed], 'merge');
    expect((await listChildren()).map((c) => c.name)).toEqual(['Robin B', 'Sam']);
    // Merge never deletes: Robin's agreement is still there, and so is Sam's.
    expect((await readChildRecord(record.child.id))?.agreements).toHaveLength(1);
    expect(await readAgreement(kept.id)).toBeDefined();
  });

  it('replaces an imported child entirely, and only that child', async () => {
    const sam = await createChild(childFields({ name: 'Sam' }));
    await saveAgreement(agreementFields(sam.id));
    const record = childRecord('Robin');
    await writeChildRecords([record], 'merge');
    await writeDraft(`voice/${record.child.id}`, { likes: 'x' }, record.child.id);
    await writeChildRecords([{ ...record, agreements: [], incidents: [] }], 'replace');
    const robin = await readChildRecord(record.child.id);
    expect([robin?.agreements.length, robin?.incidents.length, robin?.celebrations.length]).toEqual([0, 0, 1]);
    expect(await readDraft(`voice/${record.child.id}`)).toBeUndefined();
    expect((await readChildRecord(sam.id))?.agreements).toHaveLength(1);
  });

  it('replaces the whole household', async () => {
    await createChild(childFields({ name: 'Sam' }));
    await writeDraft('child-new', { name: 'half' });
    const record = childRecord('Robin');
    await writeChildRecords([record], 'replace-all');
    expect(await readAllChildRecords()).toEqual([record]);
    expect((await counts()).drafts).toBe(0);
  });

  it('changes nothing when one record of many cannot be written', async () => {
    const sam = await createChild(childFields({ name: 'Sam' }));
    const before = await readAllChildRecords();
    const good = childRecord('Robin');
    const broken = childRecord('Lou');
    // No key: IndexedDB refuses the put half-way through the transaction.
    const noKey = { ...broken, child: { ...broken.child, id: undefined as unknown as string }, agreements: [], incidents: [], celebrations: [] };
    for (const mode of ['merge', 'replace', 'replace-all'] as const) {
      await expect(writeChildRecords([good, noKey], mode)).rejects.toThrow();
      expect(await readAllChildRecords()).toEqual(before);
    }
    expect(before.map((r) => r.child.id)).toEqual([sam.id]);
  });

  it('refuses a record whose items name another child before writing anything', async () => {
    const record = childRecord('Robin');
    const wrong = { ...record, incidents: [{ ...record.incidents[0]!, childId: 'someone-else' }] };
    await expect(writeChildRecords([wrong], 'merge')).rejects.toMatchObject({ code: 'invalid-record' });
    expect(await listChildren()).toEqual([]);
  });
});

describe('change announcements and drafts', () => {
  it('announces a change after it is saved, and not when a write fails', async () => {
    const seen: Array<string | undefined> = [];
    const stop = onPassportChanged((change) => seen.push(change.childId));
    const child = await createChild(childFields());
    await expect(saveAgreement(agreementFields('ghost'))).rejects.toThrow();
    await saveIncident(incidentFields(child.id));
    stop();
    await deleteChild(child.id);
    expect(seen).toEqual([child.id, child.id]);
  });

  it('deletes the draft of a form in the same transaction as its save, and keeps it when the save fails', async () => {
    const child = await createChild(childFields());
    const key = `agreement-new/${child.id}`;
    await writeDraft(key, { words: 'Phones downstairs' }, child.id);
    await expect(saveAgreement(agreementFields('ghost'), { draftKey: key })).rejects.toMatchObject({ code: 'child-missing' });
    expect(await readDraft(key)).toBeDefined();
    await saveAgreement(agreementFields(child.id), { draftKey: key });
    expect(await readDraft(key)).toBeUndefined();
    await writeDraft('child-new', { name: 'Lou' });
    await createChild(childFields({ name: 'Lou' }), { draftKey: 'child-new' });
    expect(await readDraft('child-new')).toBeUndefined();
  });

  it('keeps a draft until it is cleared', async () => {
    await writeDraft('child-new', { name: 'Sa' });
    await writeDraft('child-new', { name: 'Sam' });
    expect((await readDraft<{ name: string }>('child-new'))?.form).toEqual({ name: 'Sam' });
    await clearDraft('child-new');
    expect(await readDraft('child-new')).toBeUndefined();
  });
});
