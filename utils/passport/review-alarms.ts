// One browser alarm per agreement, set for the morning of the day its review is due. Called by the
// background (on install and start-up, after each reminder) and by the passport page after any
// change, so the alarms always follow the agreements. Alarms are local to the browser: nothing
// leaves the machine. Remembers which due day was already notified, so a review is announced once.
// With the lock on, the schedule comes from the due days kept in clear next to each sealed record
// (utils/passport/schema.ts, VaultRecord.reviewsDue): the background never has the key, and one
// reminder per day is all it can say ("a passport review is due"), so no agreement id is kept.
import { browser } from 'wxt/browser';
import { db, getSetting, setSetting } from '../storage/db';
import { LOCK_SETTING } from './lock-state';
import { agreementDueForReview } from './reviews';

export const REVIEW_ALARM_PREFIX = 'passport-review:';
/** Reminders come at 9 in the morning, local time, not at midnight. */
export const REMINDER_HOUR = 9;
const NOTIFIED_KEY = 'reviewReminders.notified';

/** reminder id → the due day already notified */
export type NotifiedReviews = Record<string, string>;

/** With the lock on, a reminder stands for a day, not an agreement. */
const LOCKED_REMINDER_PREFIX = 'day-';
export const lockedReminderId = (due: string) => `${LOCKED_REMINDER_PREFIX}${due}`;
/** The agreement a reminder is about, or undefined for a locked passport's day reminder. */
export const agreementOfReminder = (reminderId: string) => (reminderId.startsWith(LOCKED_REMINDER_PREFIX) ? undefined : reminderId);

export const alarmName = (reminderId: string) => `${REVIEW_ALARM_PREFIX}${reminderId}`;
export const reminderIdOfAlarm = (name: string) => (name.startsWith(REVIEW_ALARM_PREFIX) ? name.slice(REVIEW_ALARM_PREFIX.length) : undefined);

export function reminderTime(dueDay: string): number {
  const [y, m, d] = dueDay.split('-').map(Number);
  return new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1, REMINDER_HOUR).getTime();
}

export async function readNotified(): Promise<NotifiedReviews> {
  return (await getSetting<NotifiedReviews>(NOTIFIED_KEY)) ?? {};
}

export async function markNotified(reminderId: string, dueDay: string): Promise<void> {
  await setSetting(NOTIFIED_KEY, { ...(await readNotified()), [reminderId]: dueDay });
}

export interface ScheduledReview {
  /** The agreement's id, or with the lock on the due day's (lockedReminderId). */
  reminderId: string;
  /** The day the review is due (YYYY-MM-DD). */
  due: string;
}

/** Every review's due day, whether the passport is locked or not, read in one transaction. */
export async function listReviewSchedule(): Promise<ScheduledReview[]> {
  const tx = (await db()).transaction(['settings', 'agreements', 'vault'], 'readonly');
  const [lock, agreements, vault] = await Promise.all([tx.objectStore('settings').get(LOCK_SETTING), tx.objectStore('agreements').getAll(), tx.objectStore('vault').getAll()]);
  await tx.done;
  if (lock === undefined) return agreements.map((agreement) => ({ reminderId: agreement.id, due: agreementDueForReview(agreement) }));
  const days = new Set(vault.flatMap((row) => row.reviewsDue.map((review) => (typeof review === 'string' ? review : review.due))));
  return [...days].sort().map((due) => ({ reminderId: lockedReminderId(due), due }));
}

/** The alarms there should be: one per agreement whose current due day was not yet announced. */
export function wantedAlarms(schedule: readonly ScheduledReview[], notified: NotifiedReviews): Map<string, number> {
  const wanted = new Map<string, number>();
  for (const { reminderId, due } of schedule) {
    if (notified[reminderId] !== due) wanted.set(alarmName(reminderId), reminderTime(due));
  }
  return wanted;
}

/** Makes the browser's review alarms match the agreements (an overdue one fires straight away). */
export async function syncReviewAlarms(): Promise<void> {
  const [schedule, notified, existing] = await Promise.all([listReviewSchedule(), readNotified(), browser.alarms.getAll()]);
  const wanted = wantedAlarms(schedule, notified);
  for (const alarm of existing) {
    if (reminderIdOfAlarm(alarm.name) === undefined) continue;
    if (wanted.get(alarm.name) === alarm.scheduledTime) wanted.delete(alarm.name);
    else await browser.alarms.clear(alarm.name);
  }
  for (const [name, when] of wanted) await browser.alarms.create(name, { when });
  // Forget reminders that no longer exist, so the setting does not grow forever.
  const ids = new Set(schedule.map((review) => review.reminderId));
  const kept = Object.fromEntries(Object.entries(notified).filter(([id]) => ids.has(id)));
  if (Object.keys(kept).length !== Object.keys(notified).length) await setSetting(NOTIFIED_KEY, kept);
}
