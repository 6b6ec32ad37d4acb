// The passport's lock at rest: one random data key encrypts the records; that key is stored only
// wrapped (AES-GCM) twice, once under the passphrase and once under a recovery code, so either
// secret unlocks it and changing the passphrase re-wraps one small key instead of re-encrypting
// every record. Runs in extension pages only (the passport page); the content script never
// imports it. Like utils/storage/crypto.ts: never call it inside an IndexedDB transaction.
//
// A lost passphrase AND a lost recovery code mean lost data: there is no back door, by design.
import { fromBase64, toBase64, type Bytes } from './base64';
import {
  deriveKey, newKdfParams, randomBytes, readCipherParams, readKdfParams, utf8,
  CryptoParamsError, WrongSecretError, IV_BYTES,
  type CipherParams, type KdfParams, type SecretKind,
} from './crypto';

export const LOCK_VERSION = 1;

/** The data key, wrapped under a key derived from one secret. */
export interface WrappedKey {
  kdf: KdfParams;
  cipher: CipherParams;
  /** base64 of the AES-GCM-wrapped raw key */
  wrappedKey: string;
}

/** What is stored (in clear) next to the sealed records. Holds no secret. */
export interface LockHeader {
  version: typeof LOCK_VERSION;
  passphrase: WrappedKey;
  recoveryCode: WrappedKey;
}

// Crockford's base32: no I, L, O or U, so a code read aloud or copied by hand survives.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const RECOVERY_BYTES = 15; // 120 bits → 24 characters, shown as six groups of four
const RECOVERY_LENGTH = 24;

export function generateRecoveryCode(): string {
  const bytes = randomBytes(RECOVERY_BYTES);
  let bits = 0;
  let value = 0;
  let code = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      code += ALPHABET[(value >> bits) & 31];
    }
    value &= (1 << bits) - 1;
  }
  return code.match(/.{4}/g)!.join('-'); // 24 characters: always six full groups
}

/** Tolerates case, spaces, dashes and the letters people confuse with digits; undefined if not a code. */
export function normalizeRecoveryCode(input: string): string | undefined {
  const code = input
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if (code.length !== RECOVERY_LENGTH || [...code].some((c) => !ALPHABET.includes(c))) return undefined;
  return code;
}

/** Authenticated data naming the slot, so a passphrase wrap cannot be swapped for a recovery wrap. */
const slotContext = (slot: SecretKind) => utf8.encode(`vigie-lock:v${LOCK_VERSION}:${slot}`);

async function wrap(dataKey: CryptoKey, secret: string, slot: SecretKind): Promise<WrappedKey> {
  const kdf = newKdfParams();
  const { salt, iterations } = readKdfParams(kdf);
  const kek = await deriveKey(secret, salt, iterations, ['wrapKey']);
  const iv = randomBytes(IV_BYTES);
  const wrapped = await crypto.subtle.wrapKey('raw', dataKey, kek, { name: 'AES-GCM', iv, additionalData: slotContext(slot) });
  return { kdf, cipher: { name: 'AES-GCM', iv: toBase64(iv), tagLength: 128 }, wrappedKey: toBase64(new Uint8Array(wrapped)) };
}

async function unwrap(slotKey: WrappedKey, secret: string, slot: SecretKind, extractable: boolean): Promise<CryptoKey> {
  const { salt, iterations } = readKdfParams(slotKey.kdf, `${slot}.kdf`);
  const { iv } = readCipherParams(slotKey.cipher, `${slot}.cipher`);
  const wrapped: Bytes | undefined = fromBase64(slotKey.wrappedKey);
  if (!wrapped) throw new CryptoParamsError(`${slot}.wrappedKey`);
  const kek = await deriveKey(secret, salt, iterations, ['unwrapKey']);
  try {
    return await crypto.subtle.unwrapKey(
      'raw', wrapped, kek, { name: 'AES-GCM', iv, additionalData: slotContext(slot) },
      { name: 'AES-GCM', length: 256 }, extractable, ['encrypt', 'decrypt'],
    );
  } catch {
    throw new WrongSecretError(slot);
  }
}

function recoverySecret(code: string): string {
  const normalized = normalizeRecoveryCode(code);
  if (!normalized) throw new WrongSecretError('recovery-code');
  return normalized;
}

/**
 * Turns the lock on. Show `recoveryCode` once and never store it; `dataKey` (not extractable)
 * seals the records and lives in memory only.
 */
export async function createLock(passphrase: string): Promise<{ header: LockHeader; dataKey: CryptoKey; recoveryCode: string }> {
  const key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, true, ['encrypt', 'decrypt']);
  const recoveryCode = generateRecoveryCode();
  const header: LockHeader = {
    version: LOCK_VERSION,
    passphrase: await wrap(key, passphrase, 'passphrase'),
    recoveryCode: await wrap(key, recoverySecret(recoveryCode), 'recovery-code'),
  };
  // Hand back a non-extractable copy, which also proves the fresh wrap opens.
  const dataKey = await unwrap(header.passphrase, passphrase, 'passphrase', false);
  return { header, dataKey, recoveryCode };
}

/** Throws WrongSecretError('passphrase') or CryptoParamsError. */
export async function unlockWithPassphrase(header: LockHeader, passphrase: string): Promise<CryptoKey> {
  return unwrap(header.passphrase, passphrase, 'passphrase', false);
}

/** Throws WrongSecretError('recovery-code') or CryptoParamsError. */
export async function unlockWithRecoveryCode(header: LockHeader, code: string): Promise<CryptoKey> {
  return unwrap(header.recoveryCode, recoverySecret(code), 'recovery-code', false);
}

/** A new passphrase; the recovery code stays valid. The records need no re-encryption. */
export async function changePassphrase(header: LockHeader, current: string, next: string): Promise<LockHeader> {
  const key = await unwrap(header.passphrase, current, 'passphrase', true);
  return { ...header, passphrase: await wrap(key, next, 'passphrase') };
}

/** The forgotten-passphrase path: the used recovery code is replaced by a new one, shown once. */
export async function resetWithRecoveryCode(header: LockHeader, code: string, nextPassphrase: string): Promise<{ header: LockHeader; recoveryCode: string }> {
  const key = await unwrap(header.recoveryCode, recoverySecret(code), 'recovery-code', true);
  const recoveryCode = generateRecoveryCode();
  return {
    header: {
      version: LOCK_VERSION,
      passphrase: await wrap(key, nextPassphrase, 'passphrase'),
      recoveryCode: await wrap(key, recoverySecret(recoveryCode), 'recovery-code'),
    },
    recoveryCode,
  };
}
