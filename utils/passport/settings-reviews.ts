// Settings reviews in a child's passport: the panel's review of one platform settings page made
// for this child, one record per page and audience, updated on each tick. Written by the guide's
// routes (in the panel frame, or in the background where the frame cannot open the database),
// through the link the entrypoints give them (utils/passport/guide-link.ts); read by the passport
// page with the rest of the child's record. When a review is due again is pure date arithmetic.
import { db, getSetting, setSetting } from '../storage/db';
import type { Audience, PlatformId } from '../taxonomy';
import { announceChange } from './changes';
import { expectUnlocked, passportMode } from './lock-state';
import { changeSealedChild } from './sealed-store';
import { inTransaction, PassportError } from './transaction';
import type { SettingsReview } from './types';

/** Platforms change their defaults after updates: a finished review is checked again after this. */
export const SETTINGS_RECHECK_DAYS = 90;
const DAY_MS = 86_400_000;

/** What the panel knows of a review when a tick is saved. */
export interface SettingsReviewInput {
  childId: string;
  platform: PlatformId;
  pageId: string;
  audience: Audience;
  checkedAt: string;
  completedAt?: string;
  guidanceVersion: string;
  done: number;
  total: number;
  itemsLeft: string[];
}

const samePage = (review: SettingsReview, input: SettingsReviewInput) =>
  review.platform === input.platform && review.pageId === input.pageId && review.audience === input.audience;

/** The child's review of this page after `input`: the one there was, updated, or a new one. */
export function reviewAfter(existing: SettingsReview | undefined, input: SettingsReviewInput, newId: () => string): SettingsReview {
  const { completedAt, ...rest } = input;
  const next: SettingsReview = {
    ...rest,
    id: existing?.id ?? newId(),
    itemsLeft: [...input.itemsLeft],
    createdAt: existing?.createdAt ?? input.checkedAt,
    updatedAt: input.checkedAt,
  };
  return completedAt ? { ...next, completedAt } : next;
}

/**
 * Records the review in the child's passport. Throws PassportError('child-missing') if the child
 * is no longer there (deleted in the passport while the panel was open) and 'locked' while the
 * lock is on and this page has no key (the panel never has it).
 */
export async function recordSettingsReview(input: SettingsReviewInput, newId: () => string = () => crypto.randomUUID()): Promise<SettingsReview> {
  const mode = await passportMode();
  const saved = mode.locked
    ? await changeSealedChild(mode.unlocked, input.childId, (record) => {
      if (!record) throw new PassportError('child-missing');
      const next = reviewAfter(record.settingsReviews.find((r) => samePage(r, input)), input, newId);
      return { next: { ...record, settingsReviews: [...record.settingsReviews.filter((r) => r.id !== next.id), next] }, result: next };
    })
    : await inTransaction(['settings', 'children', 'settingsReviews'], async (tx) => {
      await expectUnlocked(tx.objectStore('settings'));
      if (!(await tx.objectStore('children').get(input.childId))) throw new PassportError('child-missing');
      const reviews = await tx.objectStore('settingsReviews').index('byChild').getAll(input.childId);
      const next = reviewAfter(reviews.find((r) => samePage(r, input)), input, newId);
      await tx.objectStore('settingsReviews').put(next);
      return next;
    });
  announceChange({ childId: input.childId });
  return saved;
}

/** Every child's settings reviews in clear (none while the lock is on: they are sealed). */
export async function settingsReviewsInClear(): Promise<SettingsReview[]> {
  return (await db()).getAll('settingsReviews');
}

/** The opt-in for notifications when a review is due again (settings-review-reminders.ts): off unless turned on. */
export const SETTINGS_REMINDERS_SETTING = 'settingsReviewReminders.enabled';
export const settingsRemindersOn = async (): Promise<boolean> => (await getSetting<unknown>(SETTINGS_REMINDERS_SETTING)) === true;
export const setSettingsReminders = (on: boolean): Promise<void> => setSetting(SETTINGS_REMINDERS_SETTING, on);

export type SettingsReviewState =
  /** Not every item ticked (never finished, or an item unticked since). */
  | { state: 'unfinished' }
  /** Finished; good until `due` (YYYY-MM-DD). */
  | { state: 'current'; due: string }
  /** Finished, but more than 90 days ago, or Vigie's advice for the page changed since. */
  | { state: 'due'; reason: 'age' | 'version'; due: string };

/**
 * Where a review stands today. `currentVersion`: the checklist's version now (undefined when the
 * page no longer has one: then only the age counts).
 */
export function settingsReviewState(review: Pick<SettingsReview, 'completedAt' | 'guidanceVersion' | 'itemsLeft'>, now: Date, currentVersion?: string): SettingsReviewState {
  if (!review.completedAt) return { state: 'unfinished' };
  const dueAt = Date.parse(review.completedAt) + SETTINGS_RECHECK_DAYS * DAY_MS;
  const due = new Date(dueAt).toISOString().slice(0, 10);
  if (currentVersion !== undefined && currentVersion !== review.guidanceVersion) return { state: 'due', reason: 'version', due };
  if (now.getTime() > dueAt) return { state: 'due', reason: 'age', due };
  return review.itemsLeft.length > 0 ? { state: 'unfinished' } : { state: 'current', due };
}
