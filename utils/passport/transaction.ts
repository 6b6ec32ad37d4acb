// One write = one IndexedDB transaction: either everything in it is saved or nothing is. Runs in
// extension pages and the background. Only IndexedDB requests may be awaited inside `work`
// (no crypto, no messaging), otherwise the transaction auto-commits half-way.
import type { IDBPTransaction } from 'idb';
import { db, type VigieSchema, type VigieStore } from '../storage/db';

/** `locked`: the lock is on and this page has no key (or the lock changed in another tab). */
export type PassportErrorCode = 'not-found' | 'child-missing' | 'conflict' | 'invalid-record' | 'locked';

/** A write refused by the store; the page turns the code into a sentence. */
export class PassportError extends Error {
  constructor(
    readonly code: PassportErrorCode,
    message: string = code,
  ) {
    super(message);
    this.name = 'PassportError';
  }
}

export type WriteTx<S extends VigieStore[]> = IDBPTransaction<VigieSchema, S, 'readwrite'>;

/** Runs `work` in one readwrite transaction; any error aborts it, so nothing is half-saved. */
export async function inTransaction<S extends VigieStore[], T>(stores: S, work: (tx: WriteTx<S>) => Promise<T>): Promise<T> {
  const tx = (await db()).transaction(stores, 'readwrite');
  try {
    const result = await work(tx);
    await tx.done;
    return result;
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // Already finished or aborted by IndexedDB itself: nothing was committed either way.
    }
    await tx.done.catch(() => undefined);
    throw error;
  }
}

export const nowIso = (): string => new Date().toISOString();

/**
 * Starts many IndexedDB requests of one transaction and waits for them all. A request that throws
 * as it is started (a record without a key) aborts the transaction; the requests started before
 * it are still awaited, so their AbortErrors are not left unhandled.
 */
export async function requestAll(starts: Iterable<() => Promise<unknown>>): Promise<void> {
  const started: Promise<unknown>[] = [];
  try {
    for (const start of starts) started.push(start());
  } catch (error) {
    await Promise.allSettled(started);
    throw error;
  }
  await Promise.all(started);
}

export interface WriteOptions {
  /** The `updatedAt` the form was opened with: the write fails with "conflict" if it changed since. */
  expectedUpdatedAt?: string;
  /** The draft of the form being saved: deleted in the same transaction, so it can neither outlive the save nor vanish without it. */
  draftKey?: string;
}

/** Deletes the saved form's draft inside the write's transaction. */
export async function dropDraft(drafts: { delete(key: string): Promise<void> }, options: WriteOptions): Promise<void> {
  if (options.draftKey !== undefined) await drafts.delete(options.draftKey);
}

/** Refuses to overwrite a record someone changed since the form was opened (another tab). */
export function checkUnchanged(existing: { updatedAt: string } | undefined, expectedUpdatedAt: string | undefined): void {
  if (expectedUpdatedAt !== undefined && existing && existing.updatedAt !== expectedUpdatedAt) {
    throw new PassportError('conflict');
  }
}
