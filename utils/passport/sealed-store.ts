// The passport's store while the lock is on: each child's whole record sealed in the `vault`
// store, opened in this page's memory with the unlocked key (utils/passport/lock-state.ts). Runs
// in the passport page only.
//
// Every write follows the same three steps, so crypto never runs inside a transaction:
//   1. read the child's sealed row (its own transaction), open it, apply the change (pure rules);
//   2. seal the new record;
//   3. one transaction checks that the lock still names the key and that the row is still the
//      one read in step 1 (its IV is a fresh random value per seal), then writes.
// If another tab wrote the same child in between, the change is applied again to the new record
// (a few times at most), which gives the same outcome as the store in clear.
import { db } from '../storage/db';
import type { VaultRecord } from './schema';
import { agreementDueForReview } from './reviews';
import { expectLockedWith, onSessionChange, type Unlocked } from './lock-state';
import { openRecord, sealRecord } from './sealed-record';
import { sealedDraftIds } from './drafts';
import { inTransaction, PassportError, requestAll } from './transaction';
import type { ChildRecord } from './types';

const ATTEMPTS = 5;

/** Opened records of this page, by child id, with the IV of the row they came from. */
const opened = new Map<string, { iv: Uint8Array; record: ChildRecord }>();
onSessionChange((unlocked) => {
  if (!unlocked) opened.clear();
});

const sameBytes = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((byte, i) => byte === b[i]);
const sameRow = (a: VaultRecord | undefined, b: VaultRecord | undefined) => (a && b ? sameBytes(a.iv, b.iv) : a === b);

/**
 * What the background's reminders need in clear next to a sealed record: the days a review falls
 * due, and no more — not which agreement, nor how many share a day (security audit 2026-12, 3).
 */
export const reviewsDueOf = (record: ChildRecord): string[] =>
  [...new Set(record.agreements.map(agreementDueForReview))].sort();

export async function sealForVault(key: CryptoKey, record: ChildRecord): Promise<VaultRecord> {
  return { ...(await sealRecord(key, record)), reviewsDue: reviewsDueOf(record) };
}

async function openRow({ key }: Unlocked, row: VaultRecord): Promise<ChildRecord> {
  const cached = opened.get(row.id);
  if (cached && sameBytes(cached.iv, row.iv)) return cached.record;
  const record = await openRecord(key, row);
  opened.set(row.id, { iv: row.iv, record });
  return record;
}

const byName = (a: ChildRecord, b: ChildRecord) => a.child.name.localeCompare(b.child.name) || a.child.createdAt.localeCompare(b.child.createdAt);

async function readRows(): Promise<VaultRecord[]> {
  return (await db()).getAll('vault');
}

/** Every child's record, opened (the rows are read in one transaction, opened after it). */
export async function readSealedRecords(unlocked: Unlocked): Promise<ChildRecord[]> {
  const rows = await readRows();
  for (const id of opened.keys()) if (!rows.some((row) => row.id === id)) opened.delete(id);
  return (await Promise.all(rows.map((row) => openRow(unlocked, row)))).sort(byName);
}

export async function readSealedRecord(unlocked: Unlocked, childId: string): Promise<ChildRecord | undefined> {
  const row = await (await db()).get('vault', childId);
  return row && openRow(unlocked, row);
}

/** The id of the child whose record holds an agreement, incident or celebration. */
export async function childOfItem(unlocked: Unlocked, kind: 'agreements' | 'incidents' | 'celebrations', itemId: string): Promise<string | undefined> {
  const records = await readSealedRecords(unlocked);
  return records.find((record) => record[kind].some((item) => item.id === itemId))?.child.id;
}

/** Thrown inside a write's transaction when the row changed since it was read: try again. */
class StaleRow extends Error {}

/** What a change makes of one child's record: the next record (null: delete the child) and a result. */
export type RecordChange<T> = (record: ChildRecord | undefined) => { next: ChildRecord | null; result: T };

/**
 * Changes one child's record. `draftKey`: the saved form's draft, deleted in the same
 * transaction. Deleting a child deletes their drafts too.
 */
export async function changeSealedChild<T>(unlocked: Unlocked, childId: string, change: RecordChange<T>, draftKey?: string): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const row = await (await db()).get('vault', childId);
    const { next, result } = change(row && (await openRow(unlocked, row)));
    const sealed = next && (await sealForVault(unlocked.key, next));
    // Sealed drafts are found by opening them, before the transaction: the saved form's, or all of a deleted child's.
    const drafts = await sealedDraftIds(unlocked, (draft) => (sealed ? draftKey !== undefined && draft.key === draftKey : draft.childId === childId));
    try {
      await inTransaction(['settings', 'vault', 'drafts'], async (tx) => {
        await expectLockedWith(tx.objectStore('settings'), unlocked.keyId);
        if (!sameRow(await tx.objectStore('vault').get(childId), row)) throw new StaleRow();
        if (sealed) {
          await tx.objectStore('vault').put(sealed);
        } else {
          await tx.objectStore('vault').delete(childId);
          // Drafts sealed before format 2 kept their child in clear.
          const older = await tx.objectStore('drafts').index('byChild').getAllKeys(childId);
          await Promise.all(older.map((key) => tx.objectStore('drafts').delete(key)));
        }
        await Promise.all(drafts.map((id) => tx.objectStore('drafts').delete(id)));
        if (draftKey !== undefined) await tx.objectStore('drafts').delete(draftKey);
      });
    } catch (error) {
      if (error instanceof StaleRow && attempt < ATTEMPTS) continue;
      throw error instanceof StaleRow ? new PassportError('conflict') : error;
    }
    if (next && sealed) opened.set(childId, { iv: sealed.iv, record: next });
    else opened.delete(childId);
    return result;
  }
}

/** Items of `here` replaced by the ones of `incoming` with the same id; the others kept; new ones added. */
function putItems<T extends { id: string }>(here: readonly T[], incoming: readonly T[]): T[] {
  const byId = new Map(here.map((item) => [item.id, item]));
  for (const item of incoming) byId.set(item.id, item);
  return [...byId.values()];
}

/**
 * What the store holds after writeChildRecords (utils/passport/store.ts), pure: the same meaning
 * as the store in clear, where `merge` puts each child and item and deletes nothing.
 */
export function recordsAfterWrite(current: readonly ChildRecord[], records: readonly ChildRecord[], mode: 'merge' | 'replace' | 'replace-all'): ChildRecord[] {
  if (mode === 'replace-all') return [...records];
  const byId = new Map(current.map((record) => [record.child.id, record]));
  for (const record of records) {
    const here = byId.get(record.child.id);
    byId.set(record.child.id, mode === 'replace' || !here ? record : {
      child: record.child,
      agreements: putItems(here.agreements, record.agreements),
      incidents: putItems(here.incidents, record.incidents),
      celebrations: putItems(here.celebrations, record.celebrations),
      settingsReviews: putItems(here.settingsReviews, record.settingsReviews),
    });
  }
  return [...byId.values()];
}

/** Whole records (an import) under the lock, in one transaction; see writeChildRecords. */
export async function writeSealedRecords(unlocked: Unlocked, records: readonly ChildRecord[], mode: 'merge' | 'replace' | 'replace-all'): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    const rows = await readRows();
    const current = await Promise.all(rows.map((row) => openRow(unlocked, row)));
    const touched = new Set(records.map((record) => record.child.id));
    const next = recordsAfterWrite(current, records, mode).filter((record) => mode === 'replace-all' || touched.has(record.child.id));
    const sealed = await Promise.all(next.map((record) => sealForVault(unlocked.key, record)));
    const replacedDrafts = mode === 'replace' ? await sealedDraftIds(unlocked, (draft) => draft.childId !== undefined && touched.has(draft.childId)) : [];
    try {
      await inTransaction(['settings', 'vault', 'drafts'], async (tx) => {
        await expectLockedWith(tx.objectStore('settings'), unlocked.keyId);
        const now = await tx.objectStore('vault').getAll();
        if (now.length !== rows.length || !now.every((row) => sameRow(row, rows.find((r) => r.id === row.id)))) throw new StaleRow();
        if (mode === 'replace-all') {
          await Promise.all([tx.objectStore('vault').clear(), tx.objectStore('drafts').clear()]);
        } else if (mode === 'replace') {
          for (const childId of touched) {
            const older = await tx.objectStore('drafts').index('byChild').getAllKeys(childId);
            await Promise.all(older.map((key) => tx.objectStore('drafts').delete(key)));
          }
          await Promise.all(replacedDrafts.map((id) => tx.objectStore('drafts').delete(id)));
        }
        await requestAll(sealed.map((row) => () => tx.objectStore('vault').put(row)));
      });
    } catch (error) {
      if (error instanceof StaleRow && attempt < ATTEMPTS) continue;
      throw error instanceof StaleRow ? new PassportError('conflict') : error;
    }
    if (mode === 'replace-all') opened.clear();
    next.forEach((record, i) => opened.set(record.child.id, { iv: sealed[i]!.iv, record }));
    return;
  }
}
