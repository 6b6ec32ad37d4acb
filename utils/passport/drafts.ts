// Forms being written in the passport page, kept in the extension's IndexedDB so that a reload
// (or a closed tab) loses nothing. A draft is deleted when its form is saved or discarded, and
// with its child. Runs in the passport page only.
import { db, type DraftRecord } from '../db';

export type { DraftRecord };

export async function readDraft<T>(key: string): Promise<{ form: T; savedAt: string } | undefined> {
  const draft = await (await db()).get('drafts', key);
  return draft && { form: draft.form as T, savedAt: draft.savedAt };
}

export async function writeDraft(key: string, form: unknown, childId?: string): Promise<void> {
  const draft: DraftRecord = { key, form, savedAt: new Date().toISOString(), ...(childId ? { childId } : {}) };
  await (await db()).put('drafts', draft);
}

export async function clearDraft(key: string): Promise<void> {
  await (await db()).delete('drafts', key);
}

/** Every draft (the passport lock, issue 7, needs to seal or clear them). */
export async function listDrafts(): Promise<DraftRecord[]> {
  return (await db()).getAll('drafts');
}

/** Names of the forms, so every key is made in one place. */
export const draftKeys = {
  newChild: () => 'child-new',
  childAbout: (childId: string) => `child/${childId}`,
  digitalLife: (childId: string) => `digital/${childId}`,
  voice: (childId: string) => `voice/${childId}`,
  newAgreement: (childId: string) => `agreement-new/${childId}`,
  agreement: (agreementId: string) => `agreement/${agreementId}`,
  review: (agreementId: string) => `review/${agreementId}`,
  newIncident: (childId: string) => `incident-new/${childId}`,
  incident: (incidentId: string) => `incident/${incidentId}`,
  newCelebration: (childId: string) => `celebration-new/${childId}`,
};
