// Whether the passport is locked, and the unlocked data key of this page. The lock's header (the
// data key wrapped under the passphrase and under the recovery code: no secret) is a setting;
// the unlocked key is a non-extractable CryptoKey held in this module's memory only, so it dies
// with the page: never on disk, never in storage, never in a content script (which never
// imports this). Used by the passport page's store and, read-only, by the background.
import type { LockHeader } from '../storage/crypto-lock';
import { getSetting } from '../storage/db';
import { PassportError } from './transaction';

export const LOCK_SETTING = 'passportLock';

export interface LockRecord {
  /**
   * A random id of the data key, kept when the passphrase or the recovery code changes. A page
   * holding a key writes only if the stored lock still names that key (see expectLockedWith).
   */
  keyId: string;
  header: LockHeader;
}

export interface Unlocked {
  keyId: string;
  key: CryptoKey;
}

export const readLock = (): Promise<LockRecord | undefined> => getSetting<LockRecord>(LOCK_SETTING);

let session: Unlocked | undefined;
const listeners = new Set<(unlocked: boolean) => void>();

export function startSession(unlocked: Unlocked): void {
  session = unlocked;
  for (const listener of listeners) listener(true);
}

/** Forgets the key (and, through the listeners, everything decrypted with it). */
export function endSession(): void {
  session = undefined;
  for (const listener of listeners) listener(false);
}

/** Told when this page unlocks (true) or forgets its key (false). */
export function onSessionChange(listener: (unlocked: boolean) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** This page's key if it opens the stored lock. */
export function sessionFor(lock: LockRecord): Unlocked | undefined {
  return session?.keyId === lock.keyId ? session : undefined;
}

export type PassportMode = { locked: false } | { locked: true; unlocked: Unlocked };

/** Which store to use now. Throws PassportError('locked') when the lock is on and this page has no key. */
export async function passportMode(): Promise<PassportMode> {
  const lock = await readLock();
  if (!lock) return { locked: false };
  const unlocked = sessionFor(lock);
  if (!unlocked) throw new PassportError('locked');
  return { locked: true, unlocked };
}

type SettingsStore = { get(key: string): Promise<unknown> };

/**
 * Inside a write transaction in clear: refuses if the lock was turned on meanwhile (another tab),
 * so no plaintext is ever written next to the sealed records.
 */
export async function expectUnlocked(settings: SettingsStore): Promise<void> {
  if ((await settings.get(LOCK_SETTING)) !== undefined) throw new PassportError('locked');
}

/** Inside a sealed write's transaction: the lock is still on, with the key the records were sealed with. */
export async function expectLockedWith(settings: SettingsStore, keyId: string): Promise<void> {
  const lock = (await settings.get(LOCK_SETTING)) as LockRecord | undefined;
  if (lock?.keyId !== keyId) throw new PassportError('locked');
}
