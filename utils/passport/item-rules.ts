// What each passport write makes of what is saved: pure functions from the saved value (or
// nothing) and the change to the next value, throwing PassportError when the write must be
// refused. Shared by the store in clear (called inside its IndexedDB transactions) and the store
// under the lock (called on decrypted records), so both follow exactly the same rules.
import { checkUnchanged, PassportError, type WriteOptions } from './transaction';
import type { Agreement, Celebration, Child, Incident, Review } from './types';

export type NewChild = Omit<Child, 'createdAt' | 'updatedAt'>;
export type ChildChanges = Partial<Omit<Child, 'id' | 'createdAt' | 'updatedAt'>>;
export type AgreementFields = Omit<Agreement, 'reviews' | 'createdAt' | 'updatedAt'>;
export type IncidentFields = Omit<Incident, 'createdAt' | 'updatedAt'>;
export type CelebrationFields = Omit<Celebration, 'createdAt'>;

export function createdChild(existing: Child | undefined, child: NewChild, now: string): Child {
  if (existing) throw new PassportError('conflict');
  return { ...child, createdAt: now, updatedAt: now };
}

/** Changes some parts of a child (the about form, the digital life, the child's voice) and keeps the others. */
export function changedChild(existing: Child | undefined, childId: string, changes: ChildChanges, options: WriteOptions, now: string): Child {
  if (!existing) throw new PassportError('not-found');
  checkUnchanged(existing, options.expectedUpdatedAt);
  return { ...existing, ...changes, id: childId, createdAt: existing.createdAt, updatedAt: now };
}

/**
 * A new agreement, or new fields (topic, words, who agreed, date, interval) for an existing one.
 * Its review history is never taken from the caller: an edit made in one tab cannot erase a
 * review made in another.
 */
export function savedAgreement(existing: Agreement | undefined, fields: AgreementFields, options: WriteOptions, now: string): Agreement {
  checkUnchanged(existing, options.expectedUpdatedAt);
  if (existing && existing.childId !== fields.childId) throw new PassportError('conflict');
  return { ...fields, reviews: existing?.reviews ?? [], createdAt: existing?.createdAt ?? now, updatedAt: now };
}

/** Adds a review; when it changes the words agreed, the old words are kept in the review. */
export function reviewedAgreement(existing: Agreement | undefined, review: Omit<Review, 'previousWords'>, newWords: string | undefined, now: string): Agreement {
  if (!existing) throw new PassportError('not-found');
  const changesWords = newWords !== undefined && newWords.trim() !== '' && newWords !== existing.words;
  const entry: Review = changesWords ? { ...review, previousWords: existing.words } : { ...review };
  return {
    ...existing,
    words: changesWords ? newWords : existing.words,
    reviews: [...existing.reviews.filter((r) => r.id !== review.id), entry],
    updatedAt: now,
  };
}

export function savedIncident(existing: Incident | undefined, incident: IncidentFields, options: WriteOptions, now: string): Incident {
  checkUnchanged(existing, options.expectedUpdatedAt);
  if (existing && existing.childId !== incident.childId) throw new PassportError('conflict');
  return { ...incident, createdAt: existing?.createdAt ?? now, updatedAt: now };
}

export function savedCelebration(existing: Celebration | undefined, celebration: CelebrationFields, now: string): Celebration {
  return { ...celebration, createdAt: existing?.createdAt ?? now };
}
