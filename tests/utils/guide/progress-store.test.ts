import { afterEach, describe, expect, it } from 'vitest';
import { openVigieDB, type VigieDB } from '../../../utils/storage/db';
import type { ProgressRecord } from '../../../utils/guide/progress-record';
import { RECHECK_AFTER_DAYS, loadProgress, progressKey, recheckReason, reviewOf, saveTick, tickIsCurrent, withTick, type Guidance } from '../../../utils/guide/progress-store';

const DAY = 24 * 60 * 60 * 1000;
const start = new Date('2026-03-01T10:00:00.000Z');
const later = (days: number, from = start) => new Date(from.getTime() + days * DAY);
const guidance: Guidance = { itemIds: ['private-account', 'who-can-message', 'location-off'], version: 'v1' };
const key = progressKey('facebook', 'privacy', 'parent');

/** Ticks every item, one minute apart, from `at`. */
function tickAll(record: ProgressRecord | undefined, at: Date, g: Guidance = guidance): ProgressRecord {
  return g.itemIds.reduce<ProgressRecord | undefined>((r, id, i) => withTick(r, key, id, true, g, new Date(at.getTime() + i * 60_000)), record)!;
}

describe('the review rules', () => {
  it('keys progress by platform, page and audience', () => {
    expect(progressKey('instagram', 'account-privacy', 'carer')).toBe('instagram/account-privacy/carer');
  });

  it('starts as not reviewed, then counts ticks with their dates', () => {
    expect(reviewOf(undefined, guidance, start)).toEqual({ state: 'new', reviewedAt: undefined, done: 0, total: 3 });
    const one = withTick(undefined, key, 'private-account', true, guidance, start);
    expect(one.ticked).toEqual({ 'private-account': start.toISOString() });
    expect(one.reviewedAt).toBeUndefined();
    expect(reviewOf(one, guidance, start)).toMatchObject({ state: 'in-progress', done: 1, total: 3 });
  });

  it('records a review, with the guidance version, when the last item is ticked', () => {
    const all = tickAll(undefined, start);
    const lastTick = new Date(start.getTime() + 2 * 60_000).toISOString();
    expect(all.reviewedAt).toBe(lastTick);
    expect(all.guidanceVersion).toBe('v1');
    expect(reviewOf(all, guidance, later(1))).toEqual({ state: 'reviewed', reviewedAt: lastTick, done: 3, total: 3 });
  });

  it('unticks an item without forgetting when the page was last reviewed', () => {
    const all = tickAll(undefined, start);
    const unticked = withTick(all, key, 'location-off', false, guidance, later(2));
    expect(unticked.ticked['location-off']).toBeUndefined();
    expect(unticked.reviewedAt).toBe(all.reviewedAt);
    expect(reviewOf(unticked, guidance, later(2))).toMatchObject({ state: 'in-progress', done: 2, reviewedAt: all.reviewedAt });
    // Ticking it again completes a new review.
    const again = withTick(unticked, key, 'location-off', true, guidance, later(3));
    expect(again.reviewedAt).toBe(later(3).toISOString());
  });

  it('keeps the date of an item ticked twice, and does not renew a review that holds', () => {
    const all = tickAll(undefined, start);
    const twice = withTick(all, key, 'private-account', true, guidance, later(5));
    expect(twice.ticked['private-account']).toBe(all.ticked['private-account']);
    expect(twice.reviewedAt).toBe(all.reviewedAt);
  });

  it(`asks for a re-check after ${RECHECK_AFTER_DAYS} days, not before`, () => {
    const all = tickAll(undefined, start);
    const reviewed = new Date(all.reviewedAt!);
    expect(recheckReason(all, 'v1', later(RECHECK_AFTER_DAYS, reviewed))).toBeUndefined();
    expect(recheckReason(all, 'v1', new Date(later(RECHECK_AFTER_DAYS, reviewed).getTime() + 1))).toBe('age');
    const due = reviewOf(all, guidance, later(RECHECK_AFTER_DAYS + 1, reviewed));
    // The old ticks no longer count: the person goes through the list again.
    expect(due).toEqual({ state: 'recheck', reason: 'age', reviewedAt: all.reviewedAt, done: 0, total: 3 });
  });

  it('asks for a re-check when the guidance changed since the review, even the next day', () => {
    const all = tickAll(undefined, start);
    const v2: Guidance = { ...guidance, version: 'v2' };
    expect(reviewOf(all, v2, later(1))).toMatchObject({ state: 'recheck', reason: 'version', done: 0 });
    expect(reviewOf(all, guidance, later(1)).state).toBe('reviewed');
  });

  it('completes a re-check when every item is ticked again, and only then', () => {
    const all = tickAll(undefined, start);
    const v2: Guidance = { itemIds: [...guidance.itemIds, 'two-step'], version: 'v2' };
    const when = later(10);
    let record = withTick(all, key, 'private-account', true, v2, when);
    expect(tickIsCurrent(record, 'private-account', 'v2', when)).toBe(true);
    expect(tickIsCurrent(record, 'who-can-message', 'v2', when)).toBe(false);
    expect(reviewOf(record, v2, when)).toMatchObject({ state: 'recheck', done: 1, total: 4 });
    record = tickAll(record, later(11), v2);
    expect(record.guidanceVersion).toBe('v2');
    expect(reviewOf(record, v2, later(12))).toMatchObject({ state: 'reviewed', done: 4, total: 4 });
  });

  it('ignores ticks on items the guidance no longer has', () => {
    const record = withTick(undefined, key, 'retired-item', true, { itemIds: ['retired-item'], version: 'v0' }, start);
    expect(reviewOf(record, guidance, start)).toMatchObject({ done: 0, total: 3 });
  });

  it('never calls an empty checklist reviewed', () => {
    const empty: Guidance = { itemIds: [], version: 'v1' };
    expect(reviewOf(undefined, empty, start)).toMatchObject({ state: 'new', total: 0 });
  });
});

describe('the progress store', () => {
  let counter = 0;
  let opened: VigieDB[] = [];
  const fresh = () => {
    const database = openVigieDB(`progress-test-${++counter}`);
    void database.then((d) => opened.push(d));
    return database;
  };
  afterEach(() => {
    for (const d of opened) d.close();
    opened = [];
  });

  it('saves a tick with its date in the extension database, and unticks it', async () => {
    const database = fresh();
    expect(await loadProgress(key, database)).toBeUndefined();
    await saveTick(key, 'who-can-message', true, guidance, start, database);
    expect(await loadProgress(key, database)).toEqual({ key, ticked: { 'who-can-message': start.toISOString() } });
    await saveTick(key, 'who-can-message', false, guidance, later(1), database);
    expect((await loadProgress(key, database))?.ticked).toEqual({});
  });

  it('keeps records of different audiences and pages apart', async () => {
    const database = fresh();
    const carer = progressKey('facebook', 'privacy', 'carer');
    await saveTick(key, 'private-account', true, guidance, start, database);
    await saveTick(carer, 'location-off', true, guidance, start, database);
    expect(Object.keys((await loadProgress(key, database))!.ticked)).toEqual(['private-account']);
    expect(Object.keys((await loadProgress(carer, database))!.ticked)).toEqual(['location-off']);
  });

  it('records the review when the last item is saved', async () => {
    const database = fresh();
    for (const [i, id] of guidance.itemIds.entries()) await saveTick(key, id, true, guidance, later(i), database);
    const record = await loadProgress(key, database);
    expect(record?.reviewedAt).toBe(later(2).toISOString());
    expect(record?.guidanceVersion).toBe('v1');
  });

  it('does not lose a tick when two are saved at once', async () => {
    const database = fresh();
    await Promise.all(guidance.itemIds.map((id) => saveTick(key, id, true, guidance, start, database)));
    expect(Object.keys((await loadProgress(key, database))!.ticked).sort()).toEqual([...guidance.itemIds].sort());
  });
});
