// Strict reading of an untrusted passport file into ChildRecord[]: size first, then JSON, then
// the format and version (migrating older versions), then every field. Stops at the first
// problem and names it with its path. Pure; runs in the passport page and in Node. Whatever it
// returns is built from known fields only and is safe to store.
import { fromBase64 } from '../storage/base64';
import { KDF_ITERATIONS, MAX_KDF_ITERATIONS, SALT_BYTES, IV_BYTES } from '../storage/crypto';
import {
  ENCRYPTED_FORMAT, ENCRYPTED_VERSION, PASSPORT_FORMAT, PASSPORT_VERSION, migrateExport,
  type EncryptedExport, type PassportExport,
} from './export-format';
import { checked, fail, type Checked } from './import-problems';
import { validateChildRecord, IMPORT_LIMITS } from './import-validate-record';
import { checkTimes } from './import-times';
import { IdScope, date, integer, list, record, text } from './validate-kit';

export { IMPORT_LIMITS, validateChildRecord };

/** Bytes of plain JSON we accept: a household of 50 children with years of records is ~10 MB. */
export const MAX_PASSPORT_BYTES = 20 * 1024 * 1024;
/** An encrypted file carries the same JSON in base64 (4/3) plus a small header. */
export const MAX_FILE_BYTES = Math.ceil((MAX_PASSPORT_BYTES + 16) / 3) * 4 + 4096;

export type PassportFile =
  | { kind: 'plain'; file: PassportExport }
  | { kind: 'encrypted'; file: EncryptedExport };

/** UTF-8 byte length without encoding the whole text. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit < 0xdc00 && i + 1 < text.length) { bytes += 4; i++; }
    else bytes += 3;
  }
  return bytes;
}

export const tooLarge = (limit: number) => ({ code: 'tooLarge', path: '', params: { maxMb: Math.round(limit / 1024 / 1024) } }) as const;

/** Reads a file's text (plain or encrypted). `byteLimit`: MAX_FILE_BYTES, or MAX_PASSPORT_BYTES for decrypted text. */
export function readPassportText(input: string, byteLimit = MAX_FILE_BYTES): Checked<PassportFile> {
  // Cheap bound first (UTF-8 never has fewer bytes than UTF-16 units), exact count only near the limit.
  if (input.length > byteLimit || (input.length > byteLimit / 3 && utf8Length(input) > byteLimit)) {
    return { ok: false, problem: tooLarge(byteLimit) };
  }
  let json: unknown;
  try {
    json = JSON.parse(input.startsWith('\uFEFF') ? input.slice(1) : input);
  } catch {
    return { ok: false, problem: { code: 'notJson', path: '' } };
  }
  return checked(() => readPassportValue(json));
}

function readPassportValue(json: unknown): PassportFile {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) fail('wrongFormat', '');
  const format = (json as Record<string, unknown>).format;
  if (format === PASSPORT_FORMAT) return { kind: 'plain', file: readPlain(migrateExport(json as Record<string, unknown>)) };
  if (format === ENCRYPTED_FORMAT) return { kind: 'encrypted', file: readEnvelope(json) };
  return fail('wrongFormat', Object.hasOwn(json, 'format') ? 'format' : '');
}

function readPlain(value: unknown): PassportExport {
  const fields = record(value, '', ['format', 'version', 'exportedAt', 'children']);
  const exportedAt = date(fields.exportedAt, 'exportedAt');
  // After migration the version is the current one; this guards a migration step's own bugs.
  if (fields.version !== PASSPORT_VERSION) fail('badVersion', 'version', { version: String(fields.version) });
  const childIds = new IdScope();
  const itemIds = new IdScope(); // agreements, incidents, celebrations: one id space, as in the store
  const children = list(fields.children, 'children', IMPORT_LIMITS.children, (entry, path) =>
    validateChildRecord(entry, path, childIds, itemIds));
  checkTimes(exportedAt, children);
  return { format: PASSPORT_FORMAT, version: PASSPORT_VERSION, exportedAt, children };
}

function base64Field(value: unknown, path: string, bytes?: number): string {
  const encoded = text(value, path, { max: MAX_FILE_BYTES, singleLine: true });
  const decoded = fromBase64(encoded);
  if (!decoded) fail('notBase64', path);
  if (bytes !== undefined && decoded.length !== bytes) fail('wrongLength', path, { bytes });
  return encoded;
}

function readEnvelope(value: unknown): EncryptedExport {
  const fields = record(value, '', ['format', 'version', 'kdf', 'cipher', 'ciphertext']);
  const version = fields.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    fail('badVersion', 'version', { version: (JSON.stringify(version) ?? '').slice(0, 20) });
  }
  if (version > ENCRYPTED_VERSION) fail('futureVersion', 'version', { version, supported: ENCRYPTED_VERSION });
  const kdf = record(fields.kdf, 'kdf', ['name', 'hash', 'iterations', 'salt']);
  const cipher = record(fields.cipher, 'cipher', ['name', 'iv', 'tagLength']);
  if (kdf.name !== 'PBKDF2') fail('notAllowed', 'kdf.name');
  if (kdf.hash !== 'SHA-256') fail('notAllowed', 'kdf.hash');
  if (cipher.name !== 'AES-GCM') fail('notAllowed', 'cipher.name');
  if (cipher.tagLength !== 128) fail('notAllowed', 'cipher.tagLength');
  const ciphertext = base64Field(fields.ciphertext, 'ciphertext');
  // A GCM tag alone is 16 bytes; base64 of 16 bytes is 24 characters.
  if (ciphertext.length < 24) fail('wrongLength', 'ciphertext', { bytes: 16 });
  return {
    format: ENCRYPTED_FORMAT,
    version: ENCRYPTED_VERSION,
    kdf: {
      name: 'PBKDF2',
      hash: 'SHA-256',
      iterations: integer(kdf.iterations, 'kdf.iterations', KDF_ITERATIONS, MAX_KDF_ITERATIONS),
      salt: base64Field(kdf.salt, 'kdf.salt', SALT_BYTES),
    },
    cipher: { name: 'AES-GCM', iv: base64Field(cipher.iv, 'cipher.iv', IV_BYTES), tagLength: 128 },
    ciphertext,
  };
}
