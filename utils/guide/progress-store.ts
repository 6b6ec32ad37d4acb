// Ticks on the in-page checklists, kept in the extension's IndexedDB (`progress` store). Runs in
// the background only (the content script would open the web page's database, see utils/storage/db.ts).
// The review rules are pure functions of a record, the guidance and a clock, so they are tested
// without waiting 90 days.
import type { Audience, PlatformId } from '../taxonomy';
import { db, type VigieDB } from '../storage/db';
import type { ProgressRecord } from './progress-record';
import type { GuideReview } from './messages';

/** Platforms change their defaults after updates (seed 002): a review older than this is re-checked. */
export const RECHECK_AFTER_DAYS = 90;
const DAY_MS = 24 * 60 * 60 * 1000;

/** What the ticks are measured against: the items this audience sees, and the checklist's version. */
export interface Guidance {
  itemIds: readonly string[];
  version: string;
}

/**
 * The ticks of one page for one audience, and for one child of the passport when the review is
 * for them. Ticks made before reviews had a child (and those for no child in the passport) keep
 * the key they always had: "not linked to a child".
 */
export function progressKey(platform: PlatformId, pageId: string, audience: Audience, childId?: string): string {
  const key = `${platform}/${pageId}/${audience}`;
  return childId === undefined ? key : `${key}/child/${childId}`;
}

/** Why the last review no longer holds, if it does not. */
export function recheckReason(record: ProgressRecord | undefined, version: string, now: Date): GuideReview['reason'] {
  if (!record?.reviewedAt) return undefined;
  if (record.guidanceVersion !== version) return 'version';
  if (now.getTime() - Date.parse(record.reviewedAt) > RECHECK_AFTER_DAYS * DAY_MS) return 'age';
  return undefined;
}

/**
 * Does this item's tick count now? Always, unless a re-check is due: then only ticks made after
 * the last review count, so the person goes through the list again.
 */
export function tickIsCurrent(record: ProgressRecord | undefined, itemId: string, version: string, now: Date): boolean {
  const tickedOn = record?.ticked[itemId];
  if (tickedOn === undefined) return false;
  if (!recheckReason(record, version, now)) return true;
  return Date.parse(tickedOn) > Date.parse(record?.reviewedAt ?? '');
}

export function reviewOf(record: ProgressRecord | undefined, guidance: Guidance, now: Date): GuideReview {
  const reason = recheckReason(record, guidance.version, now);
  const total = guidance.itemIds.length;
  const done = guidance.itemIds.filter((id) => tickIsCurrent(record, id, guidance.version, now)).length;
  const reviewedAt = record?.reviewedAt;
  if (reason) return { state: 'recheck', reason, reviewedAt, done, total };
  if (total > 0 && done === total && reviewedAt) return { state: 'reviewed', reviewedAt, done, total };
  return { state: done > 0 || reviewedAt ? 'in-progress' : 'new', reviewedAt, done, total };
}

/** The record after ticking or unticking one item; completing the list records a review. */
export function withTick(
  record: ProgressRecord | undefined,
  key: string,
  itemId: string,
  ticked: boolean,
  guidance: Guidance,
  now: Date,
): ProgressRecord {
  const next: ProgressRecord = { ...record, key, ticked: { ...record?.ticked } };
  if (!ticked) {
    delete next.ticked[itemId];
    return next;
  }
  // An item already ticked for this review keeps its date; a stale tick is renewed.
  if (!tickIsCurrent(record, itemId, guidance.version, now)) next.ticked[itemId] = now.toISOString();
  const complete = guidance.itemIds.length > 0 && guidance.itemIds.every((id) => tickIsCurrent(next, id, guidance.version, now));
  if (complete && !(record && reviewOf(record, guidance, now).state === 'reviewed')) {
    next.reviewedAt = now.toISOString();
    next.guidanceVersion = guidance.version;
  }
  return next;
}

export async function loadProgress(key: string, database: Promise<VigieDB> = db()): Promise<ProgressRecord | undefined> {
  return (await database).get('progress', key);
}

/**
 * The ticks kept for a child, moved to `toKey` (the same page, not linked to a child) when the
 * child left the passport: nothing the person ticked is lost. A tick in both keeps its later day;
 * the later full review is kept. One transaction.
 */
export async function moveProgress(fromKey: string, toKey: string, database: Promise<VigieDB> = db()): Promise<void> {
  const tx = (await database).transaction('progress', 'readwrite');
  const [from, to] = await Promise.all([tx.store.get(fromKey), tx.store.get(toKey)]);
  if (!from) return tx.done;
  const ticked = { ...to?.ticked };
  for (const [itemId, day] of Object.entries(from.ticked)) if (!ticked[itemId] || ticked[itemId]! < day) ticked[itemId] = day;
  const later = (to?.reviewedAt ?? '') >= (from.reviewedAt ?? '') ? to : from;
  const merged: ProgressRecord = { key: toKey, ticked };
  if (later?.reviewedAt) Object.assign(merged, { reviewedAt: later.reviewedAt, guidanceVersion: later.guidanceVersion });
  await Promise.all([tx.store.put(merged), tx.store.delete(fromKey), tx.done]);
}

/** Ticks or unticks an item in one transaction (nothing but IndexedDB is awaited inside it). */
export async function saveTick(
  key: string,
  itemId: string,
  ticked: boolean,
  guidance: Guidance,
  now: Date,
  database: Promise<VigieDB> = db(),
): Promise<ProgressRecord> {
  const tx = (await database).transaction('progress', 'readwrite');
  const next = withTick(await tx.store.get(key), key, itemId, ticked, guidance, now);
  await Promise.all([tx.store.put(next), tx.done]);
  return next;
}
