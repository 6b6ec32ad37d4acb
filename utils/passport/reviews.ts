// When an agreement is due for review. Pure date arithmetic on calendar days (YYYY-MM-DD), done
// in UTC so that daylight-saving changes never shift a day. Used by the page and the reminders.
import type { Agreement } from './types';

/** The intervals offered in the agreement form, in days. */
export const REVIEW_INTERVALS = [7, 14, 30, 90, 180, 365] as const;

/** How close a review must be to show as "due soon". */
export const DUE_SOON_DAYS = 7;

const DAY_MS = 86_400_000;

function dayNumber(isoDay: string): number {
  const [y, m, d] = isoDay.split('-').map(Number);
  return Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1) / DAY_MS;
}

function fromDayNumber(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Today's date in the user's time zone, as YYYY-MM-DD. */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function addDays(isoDay: string, days: number): string {
  return fromDayNumber(dayNumber(isoDay) + days);
}

export function daysBetween(fromDay: string, toDay: string): number {
  return dayNumber(toDay) - dayNumber(fromDay);
}

/** The day of the latest review, or the day the agreement was made. */
export function lastReviewedOn(agreement: Pick<Agreement, 'agreedOn' | 'reviews'>): string {
  return agreement.reviews.reduce((latest, review) => (review.date > latest ? review.date : latest), agreement.agreedOn);
}

export function agreementDueForReview(agreement: Pick<Agreement, 'agreedOn' | 'reviews' | 'reviewEveryDays'>): string {
  return addDays(lastReviewedOn(agreement), agreement.reviewEveryDays);
}

export type ReviewStatus = 'overdue' | 'due-today' | 'due-soon' | 'later';

export function reviewStatus(agreement: Pick<Agreement, 'agreedOn' | 'reviews' | 'reviewEveryDays'>, today: string): ReviewStatus {
  const left = daysBetween(today, agreementDueForReview(agreement));
  if (left < 0) return 'overdue';
  if (left === 0) return 'due-today';
  return left <= DUE_SOON_DAYS ? 'due-soon' : 'later';
}

/** Agreements, the soonest review first (ties keep their order). */
export function byReviewDate<T extends Pick<Agreement, 'agreedOn' | 'reviews' | 'reviewEveryDays'>>(agreements: readonly T[]): T[] {
  // Each due date is worked out once, not in the comparator: a sort compares n log n times, and
  // the passport's first page sorts every child's agreements (the benchmark household has 2 000).
  const due = agreements.map((agreement) => ({ agreement, due: agreementDueForReview(agreement) }));
  due.sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0));
  return due.map(({ agreement }) => agreement);
}
