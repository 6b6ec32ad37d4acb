// Turning the passport's lock at rest on and off, unlocking it, and the recovery path. Runs in the
// passport page only. The keys come from utils/storage/crypto-lock.ts; this module moves the data:
// turning the lock on seals every child's record into the `vault` store and every draft in place,
// and empties the stores in clear, in ONE transaction; turning it off does the reverse. All the
// crypto happens before that transaction; inside it, only IndexedDB is awaited, and it first
// checks that nothing changed since the data was read (another tab), or starts again. Then the
// whole database is rewritten elsewhere and the old copy deleted, so no plaintext stays on disk.
import { createLock, resetWithRecoveryCode, unlockWithPassphrase } from '../storage/crypto-lock';
import type { IDBPTransaction } from 'idb';
import { db, rewriteDatabase, type VigieSchema } from '../storage/db';
import { ALL_PASSPORT_STORES, type DraftRecord, type VaultRecord } from './schema';
import { announceChange } from './changes';
import { openDraft, sealDraft } from './drafts';
import { sameJson } from './import-plan';
import { endSession, expectLockedWith, LOCK_SETTING, readLock, startSession, type LockRecord, type Unlocked } from './lock-state';
import { openRecord } from './sealed-record';
import { sealForVault } from './sealed-store';
import { inTransaction, PassportError, requestAll, type WriteTx } from './transaction';
import type { ChildRecord } from './types';

const ATTEMPTS = 5;
class Changed extends Error {}

type Stores = WriteTx<['settings', ...typeof ALL_PASSPORT_STORES]>;
type Reading = IDBPTransaction<VigieSchema, ['settings', ...typeof ALL_PASSPORT_STORES], IDBTransactionMode>;

/** Everything the passport holds, read in one transaction (the given one, or its own). */
async function readEverything(tx?: Reading) {
  const t: Reading = tx ?? (await db()).transaction(['settings', ...ALL_PASSPORT_STORES], 'readonly');
  const [children, agreements, incidents, celebrations, settingsReviews, drafts, vault] = await Promise.all([
    t.objectStore('children').getAll(), t.objectStore('agreements').getAll(), t.objectStore('incidents').getAll(),
    t.objectStore('celebrations').getAll(), t.objectStore('settingsReviews').getAll(), t.objectStore('drafts').getAll(),
    t.objectStore('vault').getAll(),
  ]);
  return { children, agreements, incidents, celebrations, settingsReviews, drafts, vault };
}

type Everything = Awaited<ReturnType<typeof readEverything>>;

/**
 * What must not have changed between reading and writing: every value in clear, and the sealed
 * rows and drafts by their IV (a fresh random value per seal; comparing megabytes of
 * ciphertext byte by byte would be slow).
 */
const fingerprint = ({ drafts, vault, ...clear }: Everything) => ({
  ...clear,
  drafts: drafts.map(({ sealed, ...draft }) => (sealed ? { ...draft, iv: [...sealed.iv] } : draft)),
  vault: vault.map((row) => ({ id: row.id, iv: [...row.iv] })),
});

const recordsOf = ({ children, agreements, incidents, celebrations, settingsReviews }: Everything): ChildRecord[] =>
  children.map((child) => ({
    child,
    agreements: agreements.filter((a) => a.childId === child.id),
    incidents: incidents.filter((i) => i.childId === child.id),
    celebrations: celebrations.filter((c) => c.childId === child.id),
    settingsReviews: settingsReviews.filter((r) => r.childId === child.id),
  }));

/** Runs `attempt` again while it throws Changed, a few times, then gives up as a conflict. */
async function retrying(attempt: () => Promise<void>): Promise<void> {
  for (let i = 1; ; i++) {
    try {
      return await attempt();
    } catch (error) {
      if (!(error instanceof Changed)) throw error;
      if (i >= ATTEMPTS) throw new PassportError('conflict');
    }
  }
}

async function clearAll(tx: Stores): Promise<void> {
  await Promise.all(ALL_PASSPORT_STORES.map((store) => tx.objectStore(store).clear()));
}

export interface PreparedLock {
  /** Shown once; never stored. */
  recoveryCode: string;
  /** Seals everything and turns the lock on (after the person wrote the code down). */
  commit(): Promise<void>;
}

/** Makes the keys (a few seconds of key derivation); nothing is stored until `commit`. */
export async function prepareLock(passphrase: string): Promise<PreparedLock> {
  const { header, dataKey, recoveryCode } = await createLock(passphrase);
  const lock: LockRecord = { keyId: crypto.randomUUID(), header };
  const unlocked: Unlocked = { keyId: lock.keyId, key: dataKey };
  return { recoveryCode, commit: () => commitLock(lock, unlocked) };
}

async function commitLock(lock: LockRecord, unlocked: Unlocked): Promise<void> {
  await retrying(async () => {
    const before = await readEverything();
    const rows = await Promise.all(recordsOf(before).map((record) => sealForVault(unlocked.key, record)));
    const drafts = await Promise.all(before.drafts.map((draft) => sealDraft(unlocked, draft)));
    await inTransaction(['settings', ...ALL_PASSPORT_STORES], async (tx) => {
      if ((await tx.objectStore('settings').get(LOCK_SETTING)) !== undefined) throw new PassportError('locked');
      if (!sameJson(fingerprint(await readEverything(tx)), fingerprint(before))) throw new Changed();
      await clearAll(tx);
      await requestAll([
        ...rows.map((row) => () => tx.objectStore('vault').put(row)),
        ...drafts.map((draft) => () => tx.objectStore('drafts').put(draft)),
        () => tx.objectStore('settings').put(lock, LOCK_SETTING),
      ]);
    });
  });
  // The rows in clear were deleted, but their bytes stay in the browser's files: move everything
  // to a new place and delete the old one with them (utils/storage/places.ts).
  await rewriteDatabase();
  startSession(unlocked);
  announceChange({});
}

/** Throws WrongSecretError('passphrase') when it does not open the lock. False: there is no lock. */
export async function unlock(passphrase: string): Promise<boolean> {
  const lock = await readLock();
  if (!lock) return false;
  startSession({ keyId: lock.keyId, key: await unlockWithPassphrase(lock.header, passphrase) });
  return true;
}

/** Forgets the key: the page asks for the passphrase again. */
export function lockNow(): void {
  endSession();
}

/**
 * The forgotten-passphrase path: the recovery code sets a new passphrase, and is replaced by a
 * new code (shown once). Throws WrongSecretError('recovery-code'). Nothing changes until `commit`.
 */
export async function prepareRecovery(code: string, newPassphrase: string): Promise<PreparedLock> {
  const lock = await readLock();
  if (!lock) throw new PassportError('not-found');
  const { header, recoveryCode } = await resetWithRecoveryCode(lock.header, code, newPassphrase);
  const key = await unlockWithPassphrase(header, newPassphrase);
  const next: LockRecord = { keyId: lock.keyId, header };
  return {
    recoveryCode,
    commit: async () => {
      await inTransaction(['settings'], async (tx) => {
        if (!sameJson(await tx.objectStore('settings').get(LOCK_SETTING), lock)) throw new PassportError('conflict');
        await tx.objectStore('settings').put(next, LOCK_SETTING);
      });
      startSession({ keyId: lock.keyId, key });
    },
  };
}

/** Decrypts everything back into the stores in clear and removes the lock. Throws WrongSecretError('passphrase'). */
export async function turnLockOff(passphrase: string): Promise<void> {
  const lock = await readLock();
  if (!lock) return;
  const unlocked: Unlocked = { keyId: lock.keyId, key: await unlockWithPassphrase(lock.header, passphrase) };
  await retrying(async () => {
    const before = await readEverything();
    const records = await Promise.all(before.vault.map((row: VaultRecord) => openRecord(unlocked.key, row)));
    // A draft this key cannot open is dropped rather than kept sealed with a key about to go.
    const drafts = (await Promise.all(before.drafts.map((draft) => openDraft(unlocked, draft).catch(() => undefined))))
      .filter((draft): draft is DraftRecord => draft !== undefined);
    await inTransaction(['settings', ...ALL_PASSPORT_STORES], async (tx) => {
      await expectLockedWith(tx.objectStore('settings'), lock.keyId);
      if (!sameJson(fingerprint(await readEverything(tx)), fingerprint(before))) throw new Changed();
      await clearAll(tx);
      await requestAll([
        ...records.flatMap(({ child, agreements, incidents, celebrations, settingsReviews }) => [
          () => tx.objectStore('children').put(child),
          ...agreements.map((a) => () => tx.objectStore('agreements').put(a)),
          ...incidents.map((i) => () => tx.objectStore('incidents').put(i)),
          ...celebrations.map((c) => () => tx.objectStore('celebrations').put(c)),
          ...settingsReviews.map((r) => () => tx.objectStore('settingsReviews').put(r)),
        ]),
        ...drafts.map((draft) => () => tx.objectStore('drafts').put(draft)),
        () => tx.objectStore('settings').delete(LOCK_SETTING),
      ]);
    });
  });
  endSession();
  announceChange({});
}
