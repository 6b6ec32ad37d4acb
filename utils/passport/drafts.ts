// Forms being written in the passport page, kept in the extension's IndexedDB so that a reload
// (or a closed tab) loses nothing. A draft is deleted when its form is saved or discarded, and
// with its child. With the lock on, a draft is sealed with the data key like the records, under
// a random id: which form it is, about which child and when it was saved are sealed with it, so
// the store says only that some form is being written. Runs in the passport page only.
import { decryptBytes, encryptBytes, utf8 } from '../storage/crypto';
import { db } from '../storage/db';
import type { DraftRecord } from './schema';
import { expectLockedWith, expectUnlocked, readLock, sessionFor, type Unlocked } from './lock-state';
import { inTransaction, PassportError } from './transaction';
import { paddedJson } from './sealed-record';

export type { DraftRecord };

/** Authenticated with the stored id, so a sealed draft cannot be moved under another one. */
const draftContext = (storedKey: string, v: 1 | 2) => utf8.encode(`vigie-draft:v${v}:${storedKey}`);

/** Seals a draft in clear under a new random id (format 2). */
export async function sealDraft({ key: dataKey }: Unlocked, draft: DraftRecord): Promise<DraftRecord> {
  const id = crypto.randomUUID();
  const inside = { key: draft.key, childId: draft.childId, savedAt: draft.savedAt, form: draft.form ?? null };
  const sealed = await encryptBytes(dataKey, paddedJson(inside), draftContext(id, 2));
  return { key: id, v: 2, sealed };
}

/** The draft in clear: its form's key, child, time and form. Throws WrongSecretError('key'). */
export async function openDraft({ key: dataKey }: Unlocked, draft: DraftRecord): Promise<DraftRecord> {
  if (!draft.sealed) return draft;
  const { sealed, ...rest } = draft;
  if (draft.v !== 2) {
    // Format 1: only the form was sealed, under the form's own key.
    const plaintext = await decryptBytes(dataKey, sealed.iv, sealed.ciphertext, draftContext(draft.key, 1));
    return { ...rest, form: JSON.parse(utf8.decode(plaintext)) as unknown };
  }
  const plaintext = await decryptBytes(dataKey, sealed.iv, sealed.ciphertext, draftContext(draft.key, 2));
  const inside = JSON.parse(utf8.decode(plaintext)) as { key: string; childId?: string; savedAt: string; form: unknown };
  return { key: inside.key, savedAt: inside.savedAt, form: inside.form, ...(inside.childId ? { childId: inside.childId } : {}) };
}

/** Every sealed draft this key opens, with the id it is stored under (a few: one per open form). */
async function openSealedDrafts(unlocked: Unlocked): Promise<Array<{ id: string; draft: DraftRecord }>> {
  const stored = (await (await db()).getAll('drafts')).filter((draft) => draft.sealed);
  const opened = await Promise.all(stored.map(async (draft) => {
    try {
      return { id: draft.key, draft: await openDraft(unlocked, draft) };
    } catch {
      return undefined; // sealed with another key (the lock was turned off and on elsewhere)
    }
  }));
  return opened.filter((entry): entry is { id: string; draft: DraftRecord } => entry !== undefined);
}

/** The ids sealed drafts matching `which` are stored under: for a write that deletes them (read before it, crypto outside transactions). */
export async function sealedDraftIds(unlocked: Unlocked, which: (draft: DraftRecord) => boolean): Promise<string[]> {
  return (await openSealedDrafts(unlocked)).filter(({ draft }) => which(draft)).map(({ id }) => id);
}

export async function readDraft<T>(key: string): Promise<{ form: T; savedAt: string } | undefined> {
  const draft = await (await db()).get('drafts', key);
  if (draft && !draft.sealed) return { form: draft.form as T, savedAt: draft.savedAt ?? '' };
  const lock = await readLock();
  const unlocked = lock && sessionFor(lock);
  if (!unlocked) return undefined;
  const latest = (await openSealedDrafts(unlocked))
    .map((entry) => entry.draft)
    .filter((opened) => opened.key === key)
    .sort((a, b) => (b.savedAt ?? '').localeCompare(a.savedAt ?? ''))[0];
  return latest && { form: latest.form as T, savedAt: latest.savedAt ?? '' };
}

/**
 * Keeps a form as it is being typed. Sealed first when the lock is on (replacing the form's
 * earlier sealed drafts); skipped when the lock changed under this page (it is about to show the
 * lock screen), never written in clear then.
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
    const earlier = await sealedDraftIds(unlocked, (opened) => opened.key === key);
    const sealed = await sealDraft(unlocked, draft);
    await inTransaction(['settings', 'drafts'], async (tx) => {
      await expectLockedWith(tx.objectStore('settings'), unlocked.keyId);
      await Promise.all(earlier.map((id) => tx.objectStore('drafts').delete(id)));
      await tx.objectStore('drafts').put(sealed);
    });
  } catch (error) {
    if (!(error instanceof PassportError && error.code === 'locked')) throw error;
  }
}

export async function clearDraft(key: string): Promise<void> {
  const lock = await readLock();
  const unlocked = lock && sessionFor(lock);
  const sealed = unlocked ? await sealedDraftIds(unlocked, (opened) => opened.key === key) : [];
  await inTransaction(['drafts'], async (tx) => {
    await Promise.all([key, ...sealed].map((id) => tx.objectStore('drafts').delete(id)));
  });
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
