// The passport's export file format, documented in docs/passport-export-format.md and described by
// public/passport-export.schema.json (shipped in the build). Pure apart from WebCrypto: runs in
// the passport page and in Node (tests, benchmark); never in the content script.
//
//   plain:      { format: 'vigie-passport', version: 2, exportedAt, children: ChildRecord[] }
//   encrypted:  { format: 'vigie-passport-encrypted', version: 1, kdf, cipher, ciphertext }
//               ciphertext = AES-GCM(UTF-8 of the plain file's JSON), key = PBKDF2(passphrase)
//
// The same file imports into the Chromium and the Firefox builds: plain JSON, UTF-8, base64,
// no browser-specific value anywhere.
import { openWithPassphrase, sealWithPassphrase, utf8, type CipherParams, type KdfParams } from '../storage/crypto';
import { fail } from './import-problems';
import type { ChildRecord } from './types';

export const PASSPORT_FORMAT = 'vigie-passport';
export const PASSPORT_VERSION = 2;
export const ENCRYPTED_FORMAT = 'vigie-passport-encrypted';
export const ENCRYPTED_VERSION = 1;

export interface PassportExport {
  format: typeof PASSPORT_FORMAT;
  version: typeof PASSPORT_VERSION;
  /** Full ISO moment of the export. */
  exportedAt: string;
  children: ChildRecord[];
}

export interface EncryptedExport {
  format: typeof ENCRYPTED_FORMAT;
  version: typeof ENCRYPTED_VERSION;
  kdf: KdfParams;
  cipher: CipherParams;
  /** base64 */
  ciphertext: string;
}

export function buildExport(children: readonly ChildRecord[], now: Date = new Date()): PassportExport {
  return { format: PASSPORT_FORMAT, version: PASSPORT_VERSION, exportedAt: now.toISOString(), children: [...children] };
}

/** Indented: a social worker may open the file in a text editor. */
export function serializeExport(file: PassportExport | EncryptedExport): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** Binds the ciphertext to the envelope's format and version (authenticated, not secret). */
const ENVELOPE_CONTEXT = `${ENCRYPTED_FORMAT}:${ENCRYPTED_VERSION}`;

export async function encryptExport(file: PassportExport, passphrase: string): Promise<EncryptedExport> {
  const sealed = await sealWithPassphrase(passphrase, utf8.encode(JSON.stringify(file)), ENVELOPE_CONTEXT);
  return { format: ENCRYPTED_FORMAT, version: ENCRYPTED_VERSION, ...sealed };
}

/**
 * The inner file's JSON text, still untrusted: validate it like any file. Throws WrongSecretError
 * for a wrong passphrase (or a changed file) and CryptoParamsError for impossible parameters.
 */
export async function decryptExport(envelope: EncryptedExport, passphrase: string): Promise<string> {
  const bytes = await openWithPassphrase(passphrase, envelope, ENVELOPE_CONTEXT);
  return utf8.decode(bytes);
}

/**
 * A name that says what the file is and when it was made, and nothing about the child: file
 * names show in the downloads list and in shared folders.
 */
export function exportFileName(file: PassportExport | EncryptedExport, now: Date = new Date()): string {
  const day = now.toISOString().slice(0, 10);
  return file.format === ENCRYPTED_FORMAT ? `vigie-passport-${day}.encrypted.json` : `vigie-passport-${day}.json`;
}

// ── Migrations ────────────────────────────────────────────────────────────────────────────────
// A step takes a file of version n (already known to be an object with `version: n`, but otherwise
// untrusted) and returns version n + 1; the validator checks the result against the current
// shape afterwards, so a step needs no checks of its own beyond not crashing on odd input.

export type FormatMigration = (file: Readonly<Record<string, unknown>>) => Record<string, unknown>;

/**
 * Version 1 → 2: each child gains `settingsReviews` (the panel's reviews made for them); a file
 * of version 1 had none. Anything that is not a child's record is left for the validator to name.
 */
const addSettingsReviews: FormatMigration = (file) => ({
  ...file,
  children: Array.isArray(file.children)
    ? file.children.map((entry: unknown) =>
      typeof entry === 'object' && entry !== null && !Array.isArray(entry) && !Object.hasOwn(entry, 'settingsReviews')
        ? { ...entry, settingsReviews: [] }
        : entry)
    : file.children,
});

/** Index i upgrades version i + 1 to i + 2. */
export const EXPORT_MIGRATIONS: readonly FormatMigration[] = [addSettingsReviews];

/** Brings a plain file to the newest version; refuses versions that are not ones we made. */
export function migrateExport(file: Readonly<Record<string, unknown>>, migrations: readonly FormatMigration[] = EXPORT_MIGRATIONS): Record<string, unknown> {
  const current = migrations.length + 1;
  if (!Object.hasOwn(file, 'version')) fail('missingField', 'version');
  const version = file.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    fail('badVersion', 'version', { version: (JSON.stringify(version) ?? String(version)).slice(0, 20) });
  }
  if (version > current) fail('futureVersion', 'version', { version, supported: current });
  let upgraded: Record<string, unknown> = { ...file };
  for (let v = version; v < current; v++) {
    upgraded = { ...migrations[v - 1]!(upgraded), version: v + 1 };
  }
  return upgraded;
}
