// Import planning, pure: given what this browser holds and what a (validated) file brings, what
// would change — a preview for the person to confirm — and the writes each strategy makes.
//   merge:   keeps everything here; adds what is new; where both have an item, the newer one
//            (updatedAt, or createdAt for celebrations) wins, and a tie keeps this browser's.
//   replace: the file becomes the whole passport; children only here are removed.
// A failed plan produces no writes at all. Runs in the passport page and in Node.
import type { ChildRecord } from './types';
import { at, index } from './validate-kit';
import type { Checked } from './import-problems';

export type ImportStrategy = 'merge' | 'replace';
const KINDS = ['agreements', 'incidents', 'celebrations', 'settingsReviews'] as const;
type Kind = (typeof KINDS)[number];
type Item = ChildRecord[Kind][number];

export interface ItemCounts {
  /** Only in the file. */
  added: number;
  /** In both, different, the file's is newer: merge takes it. */
  updated: number;
  /** In both, different, this browser's is as new or newer: merge keeps it. */
  keptNewer: number;
  unchanged: number;
  /** Only in this browser: merge keeps it, replace removes it. */
  onlyHere: number;
}

export interface ChildPreview {
  id: string;
  /** The name a merge keeps: this browser's, unless the file's details are newer. */
  name: string;
  /** The name in the file, which a replace keeps. */
  fileName: string;
  status: 'new' | 'same' | 'differs' | 'onlyHere';
  /** The child's own fields (name, adults, voice…) differ; merge takes the newer. */
  detailsDiffer: boolean;
  /** With detailsDiffer: a merge takes the file's details (they were changed more recently). */
  takesFileDetails: boolean;
  counts: Record<Kind, ItemCounts>;
}

export interface ImportPreview {
  children: ChildPreview[];
  totals: Record<ChildPreview['status'], number>;
}

/** Each record is the complete new state of one child; children not listed are left untouched. */
export type ImportWrites = { strategy: 'merge' | 'replace'; records: ChildRecord[] };

/** Deep equality of JSON values, whatever the key order (a store and a file may order keys differently). */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) return a.length === (b as unknown[]).length && a.every((v, i) => sameJson(v, (b as unknown[])[i]));
  const keysA = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const keysB = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  return keysA.length === keysB.length &&
    keysA.every((k) => Object.hasOwn(b, k) && sameJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

const same = sameJson;
const stamp = (item: { updatedAt?: string; createdAt: string }) => item.updatedAt ?? item.createdAt;

/** True when `incoming` is strictly newer than `here` (ISO strings; unparsable dates compare as text). */
function isNewer(incoming: string, here: string): boolean {
  const a = Date.parse(incoming);
  const b = Date.parse(here);
  return Number.isNaN(a) || Number.isNaN(b) ? incoming > here : a > b;
}

function mergeItems<T extends Item>(here: readonly T[], incoming: readonly T[], counts: ItemCounts): T[] {
  const incomingById = new Map(incoming.map((item) => [item.id, item]));
  const merged = here.map((item) => {
    const other = incomingById.get(item.id);
    if (!other) { counts.onlyHere++; return item; }
    incomingById.delete(item.id);
    if (same(item, other)) { counts.unchanged++; return item; }
    if (isNewer(stamp(other), stamp(item))) { counts.updated++; return other; }
    counts.keptNewer++;
    return item;
  });
  counts.added = incomingById.size;
  return [...merged, ...incomingById.values()];
}

const noCounts = (): ItemCounts => ({ added: 0, updated: 0, keptNewer: 0, unchanged: 0, onlyHere: 0 });

function mergeChild(here: ChildRecord, incoming: ChildRecord): { merged: ChildRecord; changed: boolean; preview: ChildPreview } {
  const counts = { agreements: noCounts(), incidents: noCounts(), celebrations: noCounts(), settingsReviews: noCounts() };
  const detailsDiffer = !same(here.child, incoming.child);
  const takeChild = detailsDiffer && isNewer(incoming.child.updatedAt, here.child.updatedAt);
  const merged: ChildRecord = {
    child: takeChild ? incoming.child : here.child,
    agreements: mergeItems(here.agreements, incoming.agreements, counts.agreements),
    incidents: mergeItems(here.incidents, incoming.incidents, counts.incidents),
    celebrations: mergeItems(here.celebrations, incoming.celebrations, counts.celebrations),
    settingsReviews: mergeItems(here.settingsReviews, incoming.settingsReviews, counts.settingsReviews),
  };
  // Derived from the counts rather than compared again: a household is thousands of items.
  const all = KINDS.map((kind) => counts[kind]);
  const identical = !detailsDiffer && all.every((c) => c.added + c.updated + c.keptNewer + c.onlyHere === 0);
  const changed = takeChild || all.some((c) => c.added + c.updated > 0);
  const status = identical ? 'same' : 'differs';
  return {
    merged,
    changed,
    preview: { id: here.child.id, name: merged.child.name, fileName: incoming.child.name, status, detailsDiffer, takesFileDetails: takeChild, counts },
  };
}

function countsFor(record: ChildRecord, side: 'added' | 'onlyHere'): Record<Kind, ItemCounts> {
  const counts = { agreements: noCounts(), incidents: noCounts(), celebrations: noCounts(), settingsReviews: noCounts() };
  for (const kind of KINDS) counts[kind][side] = record[kind].length;
  return counts;
}

/** An item id the file files under one child while this browser has it under another (or as another kind). */
function findIdConflict(existing: readonly ChildRecord[], incoming: readonly ChildRecord[]): Checked<void> {
  const owner = new Map<string, string>();
  for (const record of existing) for (const kind of KINDS) for (const item of record[kind]) owner.set(item.id, `${record.child.id}/${kind}`);
  for (const [i, record] of incoming.entries()) {
    for (const kind of KINDS) {
      for (const [j, item] of record[kind].entries()) {
        const here = owner.get(item.id);
        if (here !== undefined && here !== `${record.child.id}/${kind}`) {
          return { ok: false, problem: { code: 'idConflict', path: at(index(at(index('children', i), kind), j), 'id'), params: { id: item.id } } };
        }
      }
    }
  }
  return { ok: true, value: undefined };
}

export function planImport(existing: readonly ChildRecord[], incoming: readonly ChildRecord[], strategy: ImportStrategy): Checked<{ preview: ImportPreview; writes: ImportWrites }> {
  if (strategy === 'merge') {
    const conflict = findIdConflict(existing, incoming);
    if (!conflict.ok) return conflict;
  }
  const hereById = new Map(existing.map((record) => [record.child.id, record]));
  const incomingIds = new Set(incoming.map((record) => record.child.id));
  const children: ChildPreview[] = [];
  const mergeWrites: ChildRecord[] = [];
  for (const record of incoming) {
    const here = hereById.get(record.child.id);
    if (!here) {
      children.push({ id: record.child.id, name: record.child.name, fileName: record.child.name, status: 'new', detailsDiffer: false, takesFileDetails: false, counts: countsFor(record, 'added') });
      mergeWrites.push(record);
      continue;
    }
    const { merged, changed, preview } = mergeChild(here, record);
    children.push(preview);
    if (changed) mergeWrites.push(merged);
  }
  for (const record of existing) {
    if (!incomingIds.has(record.child.id)) {
      children.push({ id: record.child.id, name: record.child.name, fileName: '', status: 'onlyHere', detailsDiffer: false, takesFileDetails: false, counts: countsFor(record, 'onlyHere') });
    }
  }
  const totals = { new: 0, same: 0, differs: 0, onlyHere: 0 };
  for (const child of children) totals[child.status]++;
  const writes: ImportWrites = strategy === 'replace' ? { strategy, records: [...incoming] } : { strategy, records: mergeWrites };
  return { ok: true, value: { preview: { children, totals }, writes } };
}

/** What the store holds after the writes: the reference the in-memory store and the tests use. */
export function applyWrites(existing: readonly ChildRecord[], writes: ImportWrites): ChildRecord[] {
  if (writes.strategy === 'replace') return [...writes.records];
  const byId = new Map(existing.map((record) => [record.child.id, record]));
  for (const record of writes.records) byId.set(record.child.id, record);
  return [...byId.values()];
}
