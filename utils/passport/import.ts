// Importing a passport file, start to end: size check → read → (decrypt) → validate → read the
// store → plan → confirm → ONE store call. Runs in the passport page (and in tests with an
// in-memory store or fake-indexeddb). Every failure before the last step leaves the store
// untouched because nothing has been written yet; the last step is one transaction.
//
// Crypto never runs inside an IndexedDB transaction. The order here guarantees it: decryption
// (and, with the lock on, sealing) finishes before the store is called, and each store method
// opens its own transaction that awaits nothing but IndexedDB:
//
//     const sealed = await Promise.all(records.map((r) => sealRecord(key, r)));   // crypto first
//     const tx = db.transaction(['children'], 'readwrite');                         // then one tx
//     await Promise.all([...sealed.map((s) => tx.store.put(s)), tx.done]);
import { CryptoParamsError, WrongSecretError } from '../storage/crypto';
import { decryptExport, type PassportExport } from './export-format';
import { planImport, type ImportPreview, type ImportStrategy, type ImportWrites } from './import-plan';
import type { Checked, ImportProblem } from './import-problems';
import { MAX_FILE_BYTES, MAX_PASSPORT_BYTES, readPassportText, tooLarge } from './import-validate';
import type { ChildRecord } from './types';

/** What the import needs from the passport store. Each write method must be ONE transaction. */
export interface PassportStore {
  readAll(): Promise<ChildRecord[]>;
  /** The whole passport becomes `records`; everything else is deleted. */
  replaceAll(records: ChildRecord[]): Promise<void>;
  /** Each record is one child's complete new state (child, agreements, incidents, celebrations). */
  merge(records: ChildRecord[]): Promise<void>;
}

/** A File or Blob from an <input type=file>, or anything with the same two members. */
export interface FileLike {
  readonly size: number;
  text(): Promise<string>;
}

const failed = (problem: ImportProblem) => ({ ok: false, problem }) as const;

/** Reads and validates a file; an encrypted one needs `passphrase` (else `needsPassphrase`). */
export async function readPassportFile(file: FileLike | string, passphrase?: string): Promise<Checked<PassportExport>> {
  if (typeof file !== 'string' && file.size > MAX_FILE_BYTES) return failed(tooLarge(MAX_FILE_BYTES));
  const outer = readPassportText(typeof file === 'string' ? file : await file.text());
  if (!outer.ok) return outer;
  if (outer.value.kind === 'plain') return { ok: true, value: outer.value.file };
  if (passphrase === undefined) return failed({ code: 'needsPassphrase', path: '' });
  let inner: string;
  try {
    inner = await decryptExport(outer.value.file, passphrase);
  } catch (error) {
    if (error instanceof WrongSecretError) return failed({ code: 'wrongPassphrase', path: '' });
    // Valid UTF-8 was authenticated, so these mean a file made to look encrypted by us.
    if (error instanceof CryptoParamsError) return failed({ code: 'notAllowed', path: error.field });
    if (error instanceof TypeError) return failed({ code: 'notJson', path: '' });
    throw error;
  }
  const decrypted = readPassportText(inner, MAX_PASSPORT_BYTES);
  if (!decrypted.ok) return decrypted;
  // An envelope inside an envelope is not something we make.
  if (decrypted.value.kind !== 'plain') return failed({ code: 'wrongFormat', path: '' });
  return { ok: true, value: decrypted.value.file };
}

export type ImportOutcome =
  | { status: 'imported'; preview: ImportPreview; writes: ImportWrites }
  | { status: 'cancelled'; preview: ImportPreview }
  | { status: 'failed'; problem: ImportProblem };

export interface ImportOptions {
  strategy: ImportStrategy;
  passphrase?: string;
  /** Shown the preview before anything is written; false cancels. Absent: go ahead. */
  confirm?: (preview: ImportPreview, writes: ImportWrites) => boolean | Promise<boolean>;
}

export async function importPassport(file: FileLike | string, store: PassportStore, options: ImportOptions): Promise<ImportOutcome> {
  const read = await readPassportFile(file, options.passphrase);
  if (!read.ok) return { status: 'failed', problem: read.problem };
  const plan = planImport(await store.readAll(), read.value.children, options.strategy);
  if (!plan.ok) return { status: 'failed', problem: plan.problem };
  const { preview, writes } = plan.value;
  if (options.confirm && !(await options.confirm(preview, writes))) return { status: 'cancelled', preview };
  try {
    if (writes.strategy === 'replace') await store.replaceAll(writes.records);
    else if (writes.records.length > 0) await store.merge(writes.records);
  } catch {
    // The store's transaction aborted as a whole: nothing was changed.
    return { status: 'failed', problem: { code: 'storeFailed', path: '' } };
  }
  return { status: 'imported', preview, writes };
}
