// Passphrase-based encryption on WebCrypto (crypto.subtle): extension pages, the background, and
// Node for tests and the benchmark. The content script never imports it: no secret is ever typed
// into someone else's page.
//
// Parameters (research/NOTES.md, "Storage and security facts", after OWASP's password storage
// guidance): PBKDF2-HMAC-SHA256 with at least 600 000 iterations and a random 16-byte salt derives
// an AES-GCM-256 key; every encryption draws a fresh 96-bit IV. The parameters travel with the
// ciphertext, so a later version can raise the iteration count and still open old files.
//
// NEVER await anything here inside an IndexedDB transaction: a transaction commits as soon as
// the event loop finds it idle, and crypto.subtle's promises leave it idle. Encrypt first, then
// open one transaction that only writes (see utils/passport/sealed-record.ts).
import { fromBase64, toBase64, type Bytes } from './base64';

export type { Bytes };

export const KDF_ITERATIONS = 600_000;
/** Higher counts are refused when reading a file: a hostile file could freeze the page for hours. */
export const MAX_KDF_ITERATIONS = 10_000_000;
export const SALT_BYTES = 16;
export const IV_BYTES = 12;
const KEY_BITS = 256;

export interface KdfParams {
  name: 'PBKDF2';
  hash: 'SHA-256';
  iterations: number;
  /** base64 */
  salt: string;
}

export interface CipherParams {
  name: 'AES-GCM';
  /** base64 of 12 bytes */
  iv: string;
  tagLength: 128;
}

/** A ciphertext with everything but the secret needed to open it. */
export interface PassphraseSealed {
  kdf: KdfParams;
  cipher: CipherParams;
  /** base64 */
  ciphertext: string;
}

export type SecretKind = 'passphrase' | 'recovery-code' | 'key';

/**
 * The secret does not open this ciphertext. AES-GCM cannot tell a wrong secret from a damaged
 * file, so the message says both.
 */
export class WrongSecretError extends Error {
  override readonly name = 'WrongSecretError';
  constructor(readonly secret: SecretKind) {
    super(`wrong ${secret}, or the data was changed`);
  }
}

/** The stored parameters are not ones we produce (damaged or hostile): nothing is derived. */
export class CryptoParamsError extends Error {
  override readonly name = 'CryptoParamsError';
  constructor(readonly field: string) {
    super(`${field}: not a valid encryption parameter`);
  }
}

export function randomBytes(length: number): Bytes {
  return crypto.getRandomValues(new Uint8Array(length));
}

export const utf8 = {
  encode: (text: string): Bytes => new TextEncoder().encode(text) as Bytes,
  /** Throws TypeError on invalid UTF-8 rather than inventing replacement characters. */
  decode: (bytes: Uint8Array): string => new TextDecoder('utf-8', { fatal: true }).decode(bytes),
};

/**
 * PBKDF2 → AES-GCM-256. The passphrase is NFC-normalised: "é" typed on macOS and on Windows can
 * be different code points, and a passport moves between machines.
 */
export async function deriveKey(secret: string, salt: Bytes, iterations: number, usages: KeyUsage[]): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', utf8.encode(secret.normalize('NFC')), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    material,
    { name: 'AES-GCM', length: KEY_BITS },
    false,
    usages,
  );
}

export async function encryptBytes(key: CryptoKey, plaintext: Bytes, additionalData: Bytes): Promise<{ iv: Bytes; ciphertext: Bytes }> {
  const iv = randomBytes(IV_BYTES);
  const ciphertext = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData }, key, plaintext));
  return { iv, ciphertext };
}

/** Throws WrongSecretError(secret) when the key, the IV, the data or the ciphertext do not match. */
export async function decryptBytes(key: CryptoKey, iv: Bytes, ciphertext: Bytes, additionalData: Bytes, secret: SecretKind = 'key'): Promise<Bytes> {
  try {
    return new Uint8Array(await crypto.subtle.decrypt({ name: 'AES-GCM', iv, additionalData }, key, ciphertext));
  } catch {
    throw new WrongSecretError(secret);
  }
}

export function newKdfParams(): KdfParams {
  return { name: 'PBKDF2', hash: 'SHA-256', iterations: KDF_ITERATIONS, salt: toBase64(randomBytes(SALT_BYTES)) };
}

/** Checks stored KDF parameters before any (possibly very long) derivation. */
export function readKdfParams(kdf: KdfParams, field = 'kdf'): { salt: Bytes; iterations: number } {
  if (kdf.name !== 'PBKDF2') throw new CryptoParamsError(`${field}.name`);
  if (kdf.hash !== 'SHA-256') throw new CryptoParamsError(`${field}.hash`);
  const { iterations } = kdf;
  if (!Number.isInteger(iterations) || iterations < KDF_ITERATIONS || iterations > MAX_KDF_ITERATIONS) {
    throw new CryptoParamsError(`${field}.iterations`);
  }
  const salt = typeof kdf.salt === 'string' ? fromBase64(kdf.salt) : undefined;
  if (salt?.length !== SALT_BYTES) throw new CryptoParamsError(`${field}.salt`);
  return { salt, iterations };
}

export function readCipherParams(cipher: CipherParams, field = 'cipher'): { iv: Bytes } {
  if (cipher.name !== 'AES-GCM') throw new CryptoParamsError(`${field}.name`);
  if (cipher.tagLength !== 128) throw new CryptoParamsError(`${field}.tagLength`);
  const iv = typeof cipher.iv === 'string' ? fromBase64(cipher.iv) : undefined;
  if (iv?.length !== IV_BYTES) throw new CryptoParamsError(`${field}.iv`);
  return { iv };
}

/**
 * Encrypts with a key derived from the passphrase. `context` is authenticated but not encrypted:
 * it binds the ciphertext to what it is (a file format, a key slot) so one cannot pass for another.
 */
export async function sealWithPassphrase(passphrase: string, plaintext: Bytes, context: string): Promise<PassphraseSealed> {
  const kdf = newKdfParams();
  const { salt, iterations } = readKdfParams(kdf);
  const key = await deriveKey(passphrase, salt, iterations, ['encrypt']);
  const { iv, ciphertext } = await encryptBytes(key, plaintext, utf8.encode(context));
  return { kdf, cipher: { name: 'AES-GCM', iv: toBase64(iv), tagLength: 128 }, ciphertext: toBase64(ciphertext) };
}

/** Throws CryptoParamsError (bad parameters, checked first) or WrongSecretError. */
export async function openWithPassphrase(passphrase: string, sealed: PassphraseSealed, context: string, secret: SecretKind = 'passphrase'): Promise<Bytes> {
  const { salt, iterations } = readKdfParams(sealed.kdf);
  const { iv } = readCipherParams(sealed.cipher);
  const ciphertext = typeof sealed.ciphertext === 'string' ? fromBase64(sealed.ciphertext) : undefined;
  if (!ciphertext || ciphertext.length < 16) throw new CryptoParamsError('ciphertext');
  const key = await deriveKey(passphrase, salt, iterations, ['decrypt']);
  return decryptBytes(key, iv, ciphertext, utf8.encode(context), secret);
}
