// Forms being written in the passport page, kept in the extension's IndexedDB so that a reload
// (or a closed tab) loses nothing. A draft is deleted when its form is saved or discarded, and
// with its child. With the lock on, a draft is sealed with the data key like the records (its
// key, child id and time stay in clear: ids only). Runs in the passport page only.
import { decryptBytes, encryptBytes, utf8 } from '../storage/crypto';
import { db } from '../storage/db';
import type { DraftRecord } from './schema';
import { expectLockedWith, expectUnlocked, readLock, sessionFor, type Unlocked } from './lock-state';
import { inTransaction, PassportError } from './transaction';
import { paddedJson } from './sealed-record';

export type { DraftRecord };

/** Authenticated with the draft's key, so a sealed draft cannot be moved under another form. */
const draftContext = (key: string) => utf8.encode(`vigie-draft:v1:${key}`);

export async function sealDraft({ key: dataKey }: Unlocked, draft: DraftRecord): Promise<DraftRecord> {
  const { form, ...rest } = draft;
  const sealed = await encryptBytes(dataKey, paddedJson(form ?? null), draftContext(draft.key));
  return { ...rest, sealed };
}

export async function openDraft({ key: dataKey }: Unlocked, draft: DraftRecord): Promise<DraftRecord> {
  if (!draft.sealed) return draft;
  const { sealed, ...rest } = draft;
  const plaintext = await decryptBytes(dataKey, sealed.iv, sealed.ciphertext, draftContext(draft.key));
  return { ...rest, form: JSON.parse(utf8.decode(plaintext)) as unknown };
}

export async function readDraft<T>(key: string): Promise<{ form: T; savedAt: string } | undefined> {
  const draft = await (await db()).get('drafts', key);
  if (!draft) return undefined;
  if (!draft.sealed) return { form: draft.form as T, savedAt: draft.savedAt };
  const lock = await readLock();
  const unlocked = lock && sessionFor(lock);
  if (!unlocked) return undefined;
  try {
    return { form: (await openDraft(unlocked, draft)).form as T, savedAt: draft.savedAt };
  } catch {
    // Sealed with a key this page does not have (the lock was turned off and on elsewhere): start afresh.
    return undefined;
  }
}

/**
 * Keeps a form as it is being typed. Sealed first when the lock is on; skipped when the lock
 * changed under this page (it is about to show the lock screen), never written in clear then.
 */
export async function writeDraft(key: string, form: unknown, childId?: string): Promise<void> {
  const draft: DraftRecord = { key, form, savedAt: new Date().toISOString(), ...(childId ? { childId } : {}) };
  try {
    const lock = await readLock();
    if (!lock) {
      await inTransaction(['settings', 'drafts'], async (tx) => {
        await expectUnlocked(tx.objectStore('settings'));
        await tx.objectStore('drafts').put(draft);
      });
      return;
    }
    const unlocked = sessionFor(lock);
    if (!unlocked) return;
    const sealed = await sealDraft(unlocked, draft);
    await inTransaction(['settings', 'drafts'], async (tx) => {
      await expectLockedWith(tx.objectStore('settings'), unlocked.keyId);
      await tx.objectStore('drafts').put(sealed);
    });
  } catch (error) {
    if (!(error instanceof PassportError && error.code === 'locked')) throw error;
  }
}

export async function clearDraft(key: string): Promise<void> {
  await (await db()).delete('drafts', key);
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
