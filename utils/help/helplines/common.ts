// Small helpers shared by the country modules of the directory.
import type { Hours, OpeningSlot, Weekday } from '../hours';

/** The day Vigie's maintainers last read the sources of this directory. */
export const CHECKED_ON = '2026-11-21';

export const ALWAYS: Hours = { kind: 'always' };
export const NOT_CONFIRMED: Hours = { kind: 'unknown' };

export const EVERY_DAY: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
export const MONDAY_TO_FRIDAY: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri'];

export function weekly(timeZone: string, ...slots: OpeningSlot[]): Hours {
  return { kind: 'weekly', timeZone, slots };
}

export function slot(days: readonly Weekday[], opens: string, closes: string): OpeningSlot {
  return { days, opens, closes };
}

/** A short number or national number as dialled in the country: the tel: link keeps its digits. */
export function phone(display: string): { display: string; tel: string } {
  return { display, tel: `tel:${display.replace(/[^\d+]/g, '')}` };
}
