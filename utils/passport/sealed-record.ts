// One child's record encrypted for the lock at rest (utils/storage/crypto-lock.ts gives the key). The
// store keeps only { id, iv, ciphertext } per child: the id is a random UUID that says nothing
// about the child, and it is authenticated so a ciphertext cannot be moved under another id.
// Runs in the passport page only. Seal BEFORE opening the transaction that stores the result,
// open AFTER the reading transaction is done: see utils/passport/import.ts for the pattern.
import { decryptBytes, encryptBytes, utf8, type Bytes } from '../storage/crypto';
import type { ChildRecord } from './types';

export const SEALED_RECORD_VERSION = 1;

export interface SealedRecord {
  /** The child's id, in clear: the store's key. */
  id: string;
  /** Format of the sealed payload, for later migrations. */
  v: typeof SEALED_RECORD_VERSION;
  iv: Bytes;
  ciphertext: Bytes;
}

const context = (id: string) => utf8.encode(`vigie-record:v${SEALED_RECORD_VERSION}:${id}`);

/** The smallest sealed size: a short record and a long one look the same. */
export const MIN_SEALED_BYTES = 4096;

/**
 * JSON padded with spaces to the next power of two (at least MIN_SEALED_BYTES), so the size on
 * disk tells only roughly how much was written about a child. JSON.parse ignores the spaces, so
 * records sealed before padding existed open unchanged.
 */
export function paddedJson(value: unknown): Bytes {
  const json = utf8.encode(JSON.stringify(value));
  let size = MIN_SEALED_BYTES;
  while (size < json.length) size *= 2;
  const padded: Bytes = new Uint8Array(size).fill(0x20);
  padded.set(json);
  return padded;
}

export async function sealRecord(key: CryptoKey, record: ChildRecord): Promise<SealedRecord> {
  const { id } = record.child;
  const { iv, ciphertext } = await encryptBytes(key, paddedJson(record), context(id));
  return { id, v: SEALED_RECORD_VERSION, iv, ciphertext };
}

/** The sealed payload is authentic but not a child's record: only a bug could write that. */
export class DamagedRecordError extends Error {
  override readonly name = 'DamagedRecordError';
}

/**
 * Throws WrongSecretError('key') if the key, the id or the bytes do not match. AES-GCM has
 * already proved the bytes are what this extension sealed, so only the record's shape is checked
 * here, not every field as an import is: a stricter check could lock a person out of their own
 * data over a text the forms once allowed.
 */
export async function openRecord(key: CryptoKey, sealed: SealedRecord): Promise<ChildRecord> {
  const plaintext = await decryptBytes(key, sealed.iv, sealed.ciphertext, context(sealed.id));
  const record = JSON.parse(utf8.decode(plaintext)) as Partial<ChildRecord> | null;
  if (record?.child?.id !== sealed.id || ![record.agreements, record.incidents, record.celebrations].every(Array.isArray)) {
    throw new DamagedRecordError(`sealed record ${sealed.id} is not a child's record`);
  }
  // Records sealed before settings reviews existed have none.
  return { ...record, settingsReviews: Array.isArray(record.settingsReviews) ? record.settingsReviews : [] } as ChildRecord;
}
