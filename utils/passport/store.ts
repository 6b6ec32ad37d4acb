// ── utils/passport: the family passport ────────────────────────────────────────────────────────
// Owns the passport's model (types.ts, schema.ts), its store (this file), validation, export and
// import, the lock at rest, drafts, review and backup reminders. Imports storage, i18n, detection
// (platform-of-url.ts) and the shared vocabulary. Imported by the passport page and the background.
//
// The family passport's store: typed functions over the extension's IndexedDB (utils/storage/db.ts), each
// write one transaction. Used by the passport page, the background (review reminders) and the
// export/import code; never by a content script. Items (agreements, incidents, celebrations) are
// in store-items.ts and re-exported here, so callers need one import.
//
// With the lock on (utils/passport/lock-state.ts), every function works on the sealed records
// instead (utils/passport/sealed-store.ts), with the same rules (utils/passport/item-rules.ts);
// without this page's key it throws PassportError('locked'). Writes in clear check, inside their
// transaction, that the lock was not turned on meanwhile.
import { db } from '../storage/db';
import { PASSPORT_STORES } from './schema';
import { announceChange } from './changes';
import { changedChild, createdChild, type ChildChanges, type NewChild } from './item-rules';
import { expectUnlocked, passportMode } from './lock-state';
import { changeSealedChild, readSealedRecord, readSealedRecords, writeSealedRecords } from './sealed-store';
import { inTransaction, dropDraft, nowIso, PassportError, requestAll, type WriteOptions } from './transaction';
import type { Child, ChildRecord } from './types';

export { PassportError, type PassportErrorCode, type WriteOptions } from './transaction';
export { onPassportChanged, type PassportChange } from './changes';
export type { ChildChanges } from './item-rules';
export * from './store-items';

const byName = (a: Child, b: Child) => a.name.localeCompare(b.name) || a.createdAt.localeCompare(b.createdAt);
const ITEM_STORES = ['agreements', 'incidents', 'celebrations', 'settingsReviews'] as const;

export async function listChildren(): Promise<Child[]> {
  const mode = await passportMode();
  if (mode.locked) return (await readSealedRecords(mode.unlocked)).map((record) => record.child);
  return (await (await db()).getAll('children')).sort(byName);
}

export async function readChild(childId: string): Promise<Child | undefined> {
  const mode = await passportMode();
  if (mode.locked) return (await readSealedRecord(mode.unlocked, childId))?.child;
  return (await db()).get('children', childId);
}

/** Everything about one child, read in one transaction so that the parts agree with each other. */
export async function readChildRecord(childId: string): Promise<ChildRecord | undefined> {
  const mode = await passportMode();
  if (mode.locked) return readSealedRecord(mode.unlocked, childId);
  const tx = (await db()).transaction(['children', ...ITEM_STORES], 'readonly');
  const [child, agreements, incidents, celebrations, settingsReviews] = await Promise.all([
    tx.objectStore('children').get(childId),
    tx.objectStore('agreements').index('byChild').getAll(childId),
    tx.objectStore('incidents').index('byChild').getAll(childId),
    tx.objectStore('celebrations').index('byChild').getAll(childId),
    tx.objectStore('settingsReviews').index('byChild').getAll(childId),
  ]);
  await tx.done;
  return child && { child, agreements, incidents, celebrations, settingsReviews };
}

/** The whole household, in one transaction. */
export async function readAllChildRecords(): Promise<ChildRecord[]> {
  const mode = await passportMode();
  if (mode.locked) return readSealedRecords(mode.unlocked);
  const tx = (await db()).transaction(['children', ...ITEM_STORES], 'readonly');
  const [children, agreements, incidents, celebrations, settingsReviews] = await Promise.all([
    tx.objectStore('children').getAll(),
    tx.objectStore('agreements').getAll(),
    tx.objectStore('incidents').getAll(),
    tx.objectStore('celebrations').getAll(),
    tx.objectStore('settingsReviews').getAll(),
  ]);
  await tx.done;
  return children.sort(byName).map((child) => ({
    child,
    agreements: agreements.filter((a) => a.childId === child.id),
    incidents: incidents.filter((i) => i.childId === child.id),
    celebrations: celebrations.filter((c) => c.childId === child.id),
    settingsReviews: settingsReviews.filter((r) => r.childId === child.id),
  }));
}

/** Adds a child; `createdAt` and `updatedAt` are set here. */
export async function createChild(child: NewChild, options: WriteOptions = {}): Promise<Child> {
  const mode = await passportMode();
  const saved = mode.locked
    ? await changeSealedChild(mode.unlocked, child.id, (record) => {
      const created = createdChild(record?.child, child, nowIso());
      return { next: { child: created, agreements: [], incidents: [], celebrations: [], settingsReviews: [] }, result: created };
    }, options.draftKey)
    : await inTransaction(['settings', 'children', 'drafts'], async (tx) => {
      await expectUnlocked(tx.objectStore('settings'));
      const created = createdChild(await tx.objectStore('children').get(child.id), child, nowIso());
      await tx.objectStore('children').add(created);
      await dropDraft(tx.objectStore('drafts'), options);
      return created;
    });
  announceChange({ childId: child.id });
  return saved;
}

/** Changes some parts of a child (the about form, the digital life, the child's voice) and keeps the others. */
export async function updateChild(childId: string, changes: ChildChanges, options: WriteOptions = {}): Promise<Child> {
  const mode = await passportMode();
  const saved = mode.locked
    ? await changeSealedChild(mode.unlocked, childId, (record) => {
      const next = changedChild(record?.child, childId, changes, options, nowIso());
      return { next: { ...record!, child: next }, result: next };
    }, options.draftKey)
    : await inTransaction(['settings', 'children', 'drafts'], async (tx) => {
      await expectUnlocked(tx.objectStore('settings'));
      const next = changedChild(await tx.objectStore('children').get(childId), childId, changes, options, nowIso());
      await tx.objectStore('children').put(next);
      await dropDraft(tx.objectStore('drafts'), options);
      return next;
    });
  announceChange({ childId });
  return saved;
}

/** Deletes a child and everything about them (agreements, incidents, celebrations, drafts) at once. */
export async function deleteChild(childId: string): Promise<void> {
  const mode = await passportMode();
  if (mode.locked) {
    await changeSealedChild(mode.unlocked, childId, () => ({ next: null, result: undefined }));
    announceChange({ childId });
    return;
  }
  await inTransaction([...PASSPORT_STORES], async (tx) => {
    await tx.objectStore('children').delete(childId);
    for (const store of [...ITEM_STORES, 'drafts'] as const) {
      const keys = await tx.objectStore(store).index('byChild').getAllKeys(childId);
      await Promise.all(keys.map((key) => tx.objectStore(store).delete(key)));
    }
  });
  announceChange({ childId });
}

/**
 * Writes whole child records (an import) in one transaction.
 * - `merge`: each child and item is added, or replaces the one with the same id; nothing else changes.
 * - `replace`: each imported child's existing data (items and drafts) is deleted first; other children stay.
 * - `replace-all`: the whole passport (every child, item and draft) is replaced by the records.
 * A record whose items name another child is refused before anything is written.
 */
export async function writeChildRecords(records: readonly ChildRecord[], mode: 'merge' | 'replace' | 'replace-all'): Promise<void> {
  for (const { child, agreements, incidents, celebrations, settingsReviews } of records) {
    if ([...agreements, ...incidents, ...celebrations, ...settingsReviews].some((item) => item.childId !== child.id)) {
      throw new PassportError('invalid-record', `An item of ${child.id} names another child`);
    }
  }
  const where = await passportMode();
  if (where.locked) {
    await writeSealedRecords(where.unlocked, records, mode);
    announceChange({});
    return;
  }
  await inTransaction(['settings', ...PASSPORT_STORES], async (tx) => {
    await expectUnlocked(tx.objectStore('settings'));
    if (mode === 'replace-all') await Promise.all(PASSPORT_STORES.map((store) => tx.objectStore(store).clear()));
    for (const { child, agreements, incidents, celebrations, settingsReviews } of records) {
      if (mode === 'replace') {
        for (const store of [...ITEM_STORES, 'drafts'] as const) {
          const keys = await tx.objectStore(store).index('byChild').getAllKeys(child.id);
          await Promise.all(keys.map((key) => tx.objectStore(store).delete(key)));
        }
      }
      await requestAll([
        () => tx.objectStore('children').put(child),
        ...agreements.map((a) => () => tx.objectStore('agreements').put(a)),
        ...incidents.map((i) => () => tx.objectStore('incidents').put(i)),
        ...celebrations.map((c) => () => tx.objectStore('celebrations').put(c)),
        ...settingsReviews.map((r) => () => tx.objectStore('settingsReviews').put(r)),
      ]);
    }
  });
  announceChange({});
}
