// The passport's items: agreements and their reviews, incidents, celebrations. Each write is one
// transaction that also checks the child still exists, so an item can never outlive its child
// (a child deleted in another tab while a form was open). With the lock on, the same rules
// (item-rules.ts) apply to the child's sealed record instead (sealed-store.ts).
import { db } from '../storage/db';
import { announceChange } from './changes';
import {
  reviewedAgreement, savedAgreement, savedCelebration, savedIncident,
  type AgreementFields, type CelebrationFields, type IncidentFields,
} from './item-rules';
import { expectUnlocked, passportMode, type Unlocked } from './lock-state';
import { changeSealedChild, childOfItem, readSealedRecords } from './sealed-store';
import { dropDraft, inTransaction, nowIso, PassportError, type WriteOptions } from './transaction';
import type { Agreement, Celebration, ChildRecord, Incident, Review } from './types';

export type { AgreementFields } from './item-rules';

type Kind = 'agreements' | 'incidents' | 'celebrations';
type ItemOf<K extends Kind> = ChildRecord[K][number];

/** Takes the transaction's children store, so the check is part of the same transaction. */
async function requireChild(children: { get(id: string): Promise<unknown> }, childId: string): Promise<void> {
  if (!(await children.get(childId))) throw new PassportError('child-missing');
}

/** Under the lock: one item of a child's sealed record, changed by `make` (which sees the saved one). */
async function saveSealedItem<K extends Kind>(unlocked: Unlocked, kind: K, childId: string, itemId: string, make: (existing: ItemOf<K> | undefined) => ItemOf<K>, draftKey?: string): Promise<ItemOf<K>> {
  // The item may be filed under another child (a stale form): the rules then refuse it as a conflict.
  const owner = (await childOfItem(unlocked, kind, itemId)) ?? childId;
  return changeSealedChild(unlocked, owner, (record) => {
    if (!record) throw new PassportError(owner === childId ? 'child-missing' : 'not-found');
    const items = record[kind] as ItemOf<K>[];
    const next = make(items.find((item) => item.id === itemId));
    if (record.child.id !== childId) throw new PassportError('conflict');
    return { next: { ...record, [kind]: [...items.filter((item) => item.id !== itemId), next] }, result: next };
  }, draftKey);
}

async function deleteSealedItem(unlocked: Unlocked, kind: Kind, itemId: string): Promise<string> {
  const owner = await childOfItem(unlocked, kind, itemId);
  if (owner === undefined) throw new PassportError('not-found');
  return changeSealedChild(unlocked, owner, (record) => {
    if (!record?.[kind].some((item) => item.id === itemId)) throw new PassportError('not-found');
    return { next: { ...record, [kind]: (record[kind] as ItemOf<Kind>[]).filter((item) => item.id !== itemId) }, result: owner };
  });
}

async function readItem<K extends Kind>(kind: K, id: string): Promise<ItemOf<K> | undefined> {
  const mode = await passportMode();
  if (!mode.locked) return (await db()).get(kind, id) as Promise<ItemOf<K> | undefined>;
  const records = await readSealedRecords(mode.unlocked);
  for (const record of records) {
    const item = (record[kind] as ItemOf<K>[]).find((candidate) => candidate.id === id);
    if (item) return item;
  }
  return undefined;
}

export const readAgreement = (agreementId: string): Promise<Agreement | undefined> => readItem('agreements', agreementId);

/** Every agreement of every child (the home page's next reviews). */
export async function listAgreements(): Promise<Agreement[]> {
  const mode = await passportMode();
  if (mode.locked) return (await readSealedRecords(mode.unlocked)).flatMap((record) => record.agreements);
  return (await db()).getAll('agreements');
}

/**
 * Creates an agreement, or changes its fields (topic, words, who agreed, date, interval). Its
 * review history is never taken from the caller: reviews are added with `addReview`.
 */
export async function saveAgreement(fields: AgreementFields, options: WriteOptions = {}): Promise<Agreement> {
  const mode = await passportMode();
  const saved = mode.locked
    ? await saveSealedItem(mode.unlocked, 'agreements', fields.childId, fields.id, (existing) => savedAgreement(existing, fields, options, nowIso()), options.draftKey)
    : await inTransaction(['settings', 'children', 'agreements', 'drafts'], async (tx) => {
      await expectUnlocked(tx.objectStore('settings'));
      await requireChild(tx.objectStore('children'), fields.childId);
      const next = savedAgreement(await tx.objectStore('agreements').get(fields.id), fields, options, nowIso());
      await tx.objectStore('agreements').put(next);
      await dropDraft(tx.objectStore('drafts'), options);
      return next;
    });
  announceChange({ childId: saved.childId });
  return saved;
}

/**
 * Adds a review to an agreement's history. When the review changes the words agreed, the old
 * words are kept in the review (`previousWords`) and the agreement takes the new ones.
 */
export async function addReview(agreementId: string, review: Omit<Review, 'previousWords'>, newWords?: string, options: WriteOptions = {}): Promise<Agreement> {
  const mode = await passportMode();
  let saved: Agreement;
  if (mode.locked) {
    const childId = await childOfItem(mode.unlocked, 'agreements', agreementId);
    if (childId === undefined) throw new PassportError('not-found');
    saved = await saveSealedItem(mode.unlocked, 'agreements', childId, agreementId, (existing) => reviewedAgreement(existing, review, newWords, nowIso()), options.draftKey);
  } else {
    saved = await inTransaction(['settings', 'children', 'agreements', 'drafts'], async (tx) => {
      await expectUnlocked(tx.objectStore('settings'));
      const existing = await tx.objectStore('agreements').get(agreementId);
      if (!existing) throw new PassportError('not-found');
      await requireChild(tx.objectStore('children'), existing.childId);
      const next = reviewedAgreement(existing, review, newWords, nowIso());
      await tx.objectStore('agreements').put(next);
      await dropDraft(tx.objectStore('drafts'), options);
      return next;
    });
  }
  announceChange({ childId: saved.childId });
  return saved;
}

export const readIncident = (incidentId: string): Promise<Incident | undefined> => readItem('incidents', incidentId);

export async function saveIncident(incident: IncidentFields, options: WriteOptions = {}): Promise<Incident> {
  const mode = await passportMode();
  const saved = mode.locked
    ? await saveSealedItem(mode.unlocked, 'incidents', incident.childId, incident.id, (existing) => savedIncident(existing, incident, options, nowIso()), options.draftKey)
    : await inTransaction(['settings', 'children', 'incidents', 'drafts'], async (tx) => {
      await expectUnlocked(tx.objectStore('settings'));
      await requireChild(tx.objectStore('children'), incident.childId);
      const next = savedIncident(await tx.objectStore('incidents').get(incident.id), incident, options, nowIso());
      await tx.objectStore('incidents').put(next);
      await dropDraft(tx.objectStore('drafts'), options);
      return next;
    });
  announceChange({ childId: saved.childId });
  return saved;
}

export async function saveCelebration(celebration: CelebrationFields, options: WriteOptions = {}): Promise<Celebration> {
  const mode = await passportMode();
  const saved = mode.locked
    ? await saveSealedItem(mode.unlocked, 'celebrations', celebration.childId, celebration.id, (existing) => savedCelebration(existing, celebration, nowIso()), options.draftKey)
    : await inTransaction(['settings', 'children', 'celebrations', 'drafts'], async (tx) => {
      await expectUnlocked(tx.objectStore('settings'));
      await requireChild(tx.objectStore('children'), celebration.childId);
      const next = savedCelebration(await tx.objectStore('celebrations').get(celebration.id), celebration, nowIso());
      await tx.objectStore('celebrations').put(next);
      await dropDraft(tx.objectStore('drafts'), options);
      return next;
    });
  announceChange({ childId: saved.childId });
  return saved;
}

async function deleteItem(kind: Kind, id: string): Promise<void> {
  const mode = await passportMode();
  const childId = mode.locked
    ? await deleteSealedItem(mode.unlocked, kind, id)
    : await inTransaction([kind], async (tx) => {
      const existing = await tx.objectStore(kind).get(id);
      if (!existing) throw new PassportError('not-found');
      await tx.objectStore(kind).delete(id);
      return existing.childId;
    });
  announceChange({ childId });
}

export const deleteAgreement = (agreementId: string): Promise<void> => deleteItem('agreements', agreementId);
export const deleteIncident = (incidentId: string): Promise<void> => deleteItem('incidents', incidentId);
export const deleteCelebration = (celebrationId: string): Promise<void> => deleteItem('celebrations', celebrationId);
