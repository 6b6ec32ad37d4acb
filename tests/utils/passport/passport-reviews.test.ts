import { describe, expect, it } from 'vitest';
import { addDays, agreementDueForReview, byReviewDate, lastReviewedOn, reviewStatus, todayIso } from '../../../utils/passport/reviews';

const agreement = (agreedOn: string, reviewEveryDays: number, reviewDates: string[] = []) => ({
  agreedOn,
  reviewEveryDays,
  reviews: reviewDates.map((date, i) => ({ id: String(i), date, stillWorking: 'yes' as const, notes: '', changes: '' })),
});

describe('when an agreement is due for review', () => {
  it('counts from the agreement, then from the latest review', () => {
    expect(agreementDueForReview(agreement('2025-01-10', 30))).toBe('2025-02-09');
    expect(lastReviewedOn(agreement('2025-01-10', 30, ['2025-03-01', '2025-02-01']))).toBe('2025-03-01');
    expect(agreementDueForReview(agreement('2025-01-10', 7, ['2025-03-01', '2025-02-01']))).toBe('2025-03-08');
  });

  it('crosses months, leap days and daylight-saving changes by calendar days', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-03-29', 2)).toBe('2025-03-31');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
  });

  it('says overdue, due today, due soon or later', () => {
    const a = agreement('2025-01-10', 30); // due 2025-02-09
    expect(reviewStatus(a, '2025-02-10')).toBe('overdue');
    expect(reviewStatus(a, '2025-02-09')).toBe('due-today');
    expect(reviewStatus(a, '2025-02-02')).toBe('due-soon');
    expect(reviewStatus(a, '2025-02-01')).toBe('later');
  });

  it('sorts the soonest first and gives today in local time', () => {
    const late = agreement('2025-01-01', 365);
    const soon = agreement('2025-01-01', 7);
    expect(byReviewDate([late, soon])).toEqual([soon, late]);
    expect(todayIso(new Date(2025, 5, 3, 23, 59))).toBe('2025-06-03');
  });

  it('sorts by the due date of each agreement, reviews included, and keeps ties in their order', () => {
    const agreements = Array.from({ length: 60 }, (_, i) =>
      ({ ...agreement(`2024-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`, [7, 30, 90][i % 3]!, i % 4 ? [`2025-0${1 + (i % 9)}-15`] : []), n: i }));
    const sorted = byReviewDate(agreements);
    expect(sorted).toHaveLength(agreements.length);
    expect(new Set(sorted)).toEqual(new Set(agreements));
    let ties = 0;
    for (let i = 1; i < sorted.length; i++) {
      const [before, after] = [sorted[i - 1]!, sorted[i]!];
      const [dueBefore, dueAfter] = [agreementDueForReview(before), agreementDueForReview(after)];
      expect(dueBefore <= dueAfter).toBe(true);
      if (dueBefore === dueAfter) {
        ties += 1;
        expect(before.n).toBeLessThan(after.n);
      }
    }
    expect(ties).toBeGreaterThan(0);
    // The input is left as it was.
    expect(agreements.map((a) => a.n)).toEqual(agreements.map((_, i) => i));
  });
});
