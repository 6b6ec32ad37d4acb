// The passport's items: agreements and their reviews, incidents, celebrations. Each write is one
// transaction that also checks the child still exists, so an item can never outlive its child
// (a child deleted in another tab while a form was open).
import { db } from '../db';
import { announceChange } from './changes';
import { checkUnchanged, dropDraft, inTransaction, nowIso, PassportError, type WriteOptions } from './transaction';
import type { Agreement, Celebration, Incident, Review } from './types';

/** Takes the transaction's children store, so the check is part of the same transaction. */
async function requireChild(children: { get(id: string): Promise<unknown> }, childId: string): Promise<void> {
  if (!(await children.get(childId))) throw new PassportError('child-missing');
}

export async function readAgreement(agreementId: string): Promise<Agreement | undefined> {
  return (await db()).get('agreements', agreementId);
}

/** Every agreement of every child (for the review reminders). */
export async function listAgreements(): Promise<Agreement[]> {
  return (await db()).getAll('agreements');
}

export type AgreementFields = Omit<Agreement, 'reviews' | 'createdAt' | 'updatedAt'>;

/**
 * Creates an agreement, or changes its fields (topic, words, who agreed, date, interval). Its
 * review history is never taken from the caller: reviews are added with `addReview`, so an edit
 * made in one tab cannot erase a review made in another.
 */
export async function saveAgreement(fields: AgreementFields, options: WriteOptions = {}): Promise<Agreement> {
  const saved = await inTransaction(['children', 'agreements', 'drafts'], async (tx) => {
    await requireChild(tx.objectStore('children'), fields.childId);
    const existing = await tx.objectStore('agreements').get(fields.id);
    checkUnchanged(existing, options.expectedUpdatedAt);
    if (existing && existing.childId !== fields.childId) throw new PassportError('conflict');
    const now = nowIso();
    const next: Agreement = { ...fields, reviews: existing?.reviews ?? [], createdAt: existing?.createdAt ?? now, updatedAt: now };
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
  const saved = await inTransaction(['children', 'agreements', 'drafts'], async (tx) => {
    const existing = await tx.objectStore('agreements').get(agreementId);
    if (!existing) throw new PassportError('not-found');
    await requireChild(tx.objectStore('children'), existing.childId);
    const changesWords = newWords !== undefined && newWords.trim() !== '' && newWords !== existing.words;
    const entry: Review = changesWords ? { ...review, previousWords: existing.words } : { ...review };
    const next: Agreement = {
      ...existing,
      words: changesWords ? newWords : existing.words,
      reviews: [...existing.reviews.filter((r) => r.id !== review.id), entry],
      updatedAt: nowIso(),
    };
    await tx.objectStore('agreements').put(next);
    await dropDraft(tx.objectStore('drafts'), options);
    return next;
  });
  announceChange({ childId: saved.childId });
  return saved;
}

export async function deleteAgreement(agreementId: string): Promise<void> {
  const childId = await deleteItem('agreements', agreementId);
  announceChange({ childId });
}

export async function readIncident(incidentId: string): Promise<Incident | undefined> {
  return (await db()).get('incidents', incidentId);
}

export async function saveIncident(incident: Omit<Incident, 'createdAt' | 'updatedAt'>, options: WriteOptions = {}): Promise<Incident> {
  const saved = await inTransaction(['children', 'incidents', 'drafts'], async (tx) => {
    await requireChild(tx.objectStore('children'), incident.childId);
    const existing = await tx.objectStore('incidents').get(incident.id);
    checkUnchanged(existing, options.expectedUpdatedAt);
    if (existing && existing.childId !== incident.childId) throw new PassportError('conflict');
    const now = nowIso();
    const next: Incident = { ...incident, createdAt: existing?.createdAt ?? now, updatedAt: now };
    await tx.objectStore('incidents').put(next);
    await dropDraft(tx.objectStore('drafts'), options);
    return next;
  });
  announceChange({ childId: saved.childId });
  return saved;
}

export async function deleteIncident(incidentId: string): Promise<void> {
  const childId = await deleteItem('incidents', incidentId);
  announceChange({ childId });
}

export async function saveCelebration(celebration: Omit<Celebration, 'createdAt'>, options: WriteOptions = {}): Promise<Celebration> {
  const saved = await inTransaction(['children', 'celebrations', 'drafts'], async (tx) => {
    await requireChild(tx.objectStore('children'), celebration.childId);
    const existing = await tx.objectStore('celebrations').get(celebration.id);
    const next: Celebration = { ...celebration, createdAt: existing?.createdAt ?? nowIso() };
    await tx.objectStore('celebrations').put(next);
    await dropDraft(tx.objectStore('drafts'), options);
    return next;
  });
  announceChange({ childId: saved.childId });
  return saved;
}

export async function deleteCelebration(celebrationId: string): Promise<void> {
  const childId = await deleteItem('celebrations', celebrationId);
  announceChange({ childId });
}

async function deleteItem(store: 'agreements' | 'incidents' | 'celebrations', id: string): Promise<string> {
  return inTransaction([store], async (tx) => {
    const existing = await tx.objectStore(store).get(id);
    if (!existing) throw new PassportError('not-found');
    await tx.objectStore(store).delete(id);
    return existing.childId;
  });
}
