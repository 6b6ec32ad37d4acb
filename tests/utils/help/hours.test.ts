// Open-now across time zones and summer-time changes. Each instant is written in UTC with the
// wall-clock time it stands for, so a wrong fixed offset shows up as a wrong hour.
import { describe, expect, it } from 'vitest';
import { clocksDiffer, instantOf, openStatus, parseTime, slotInZone, type Hours, type OpenStatus } from '../../../utils/help/hours';
import { serviceById } from '../../../utils/help/helplines';

const at = (iso: string) => new Date(iso);
const open = (closesAt: string): OpenStatus => ({ state: 'open', closesAt: at(closesAt) });
const closed = (opensAt: string): OpenStatus => ({ state: 'closed', opensAt: at(opensAt) });

const PARIS_9_TO_23: Hours = { kind: 'weekly', timeZone: 'Europe/Paris', slots: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], opens: '09:00', closes: '23:00' }] };
const SYDNEY_OFFICE: Hours = { kind: 'weekly', timeZone: 'Australia/Sydney', slots: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '09:00', closes: '17:00' }] };
// Hours the directory has carried (Nummer gegen Kummer in 2020, Childline Ireland's text line,
// 103 Écoute-Enfants), kept here as fixtures: they test the engine, whatever the directory now says.
const BERLIN_SPLIT: Hours = {
  kind: 'weekly',
  timeZone: 'Europe/Berlin',
  slots: [
    { days: ['mon', 'wed', 'thu'], opens: '10:00', closes: '12:00' },
    { days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'], opens: '14:00', closes: '20:00' },
  ],
};
const DUBLIN_10_TO_4: Hours = { kind: 'weekly', timeZone: 'Europe/Dublin', slots: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], opens: '10:00', closes: '04:00' }] };
const BRUSSELS_10_TO_24: Hours = { kind: 'weekly', timeZone: 'Europe/Brussels', slots: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], opens: '10:00', closes: '24:00' }] };
const TORONTO_8_TO_20: Hours = { kind: 'weekly', timeZone: 'America/Toronto', slots: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], opens: '08:00', closes: '20:00' }] };

describe('open now, Europe/Paris (3018: every day 9:00–23:00)', () => {
  it('uses the 2023 hours of the directory', () => {
    expect(serviceById('fr-3018')?.hours).toEqual(PARIS_9_TO_23);
  });

  it('spring forward (29 March 2026): the next opening is 9:00 summer time, 07:00 UTC', () => {
    expect(openStatus(PARIS_9_TO_23, at('2026-03-28T22:30:00Z'))).toEqual(closed('2026-03-29T07:00:00Z')); // Sat 23:30 CET
    expect(openStatus(PARIS_9_TO_23, at('2026-03-29T07:30:00Z'))).toEqual(open('2026-03-29T21:00:00Z')); // Sun 09:30 CEST
    expect(openStatus(PARIS_9_TO_23, at('2026-03-28T07:30:00Z'))).toEqual(closed('2026-03-28T08:00:00Z')); // Sat 08:30 CET
  });

  it('fall back (25 October 2026): 07:30 UTC is 8:30 winter time, still closed', () => {
    expect(openStatus(PARIS_9_TO_23, at('2026-10-24T21:30:00Z'))).toEqual(closed('2026-10-25T08:00:00Z')); // Sat 23:30 CEST
    expect(openStatus(PARIS_9_TO_23, at('2026-10-25T07:30:00Z'))).toEqual(closed('2026-10-25T08:00:00Z')); // Sun 08:30 CET
    expect(openStatus(PARIS_9_TO_23, at('2026-10-25T21:30:00Z'))).toEqual(open('2026-10-25T22:00:00Z')); // Sun 22:30 CET
  });

  it('is closed at the closing minute and open at the opening minute', () => {
    expect(openStatus(PARIS_9_TO_23, at('2026-11-21T22:00:00Z')).state).toBe('closed'); // 23:00 CET
    expect(openStatus(PARIS_9_TO_23, at('2026-11-21T08:00:00Z'))).toEqual(open('2026-11-21T22:00:00Z')); // 09:00 CET
  });
});

describe('open now, Australia/Sydney (office hours, Monday to Friday)', () => {
  it('end of summer time (5 April 2026): Monday 9:00 is 23:00 UTC on Sunday, not 22:00', () => {
    expect(openStatus(SYDNEY_OFFICE, at('2026-04-03T05:00:00Z'))).toEqual(open('2026-04-03T06:00:00Z')); // Fri 16:00 AEDT
    expect(openStatus(SYDNEY_OFFICE, at('2026-04-03T07:00:00Z'))).toEqual(closed('2026-04-05T23:00:00Z')); // Fri 18:00 AEDT
  });

  it('start of summer time (4 October 2026): Monday 9:00 is 22:00 UTC on Sunday', () => {
    expect(openStatus(SYDNEY_OFFICE, at('2026-10-02T07:00:00Z'))).toEqual(closed('2026-10-04T22:00:00Z')); // Fri 17:00 AEST
  });

  it('is closed all weekend', () => {
    expect(openStatus(SYDNEY_OFFICE, at('2026-11-21T02:00:00Z')).state).toBe('closed'); // Sat 13:00 AEDT
  });
});

describe('open now, America/Toronto (every day 8:00–20:00)', () => {
  it('start of daylight time (8 March 2026): 12:30 UTC is 8:30, open', () => {
    expect(openStatus(TORONTO_8_TO_20, at('2026-03-07T12:30:00Z'))).toEqual(closed('2026-03-07T13:00:00Z')); // Sat 07:30 EST
    expect(openStatus(TORONTO_8_TO_20, at('2026-03-08T12:30:00Z'))).toEqual(open('2026-03-09T00:00:00Z')); // Sun 08:30 EDT
  });

  it('end of daylight time (1 November 2026): 12:30 UTC is 7:30, closed', () => {
    expect(openStatus(TORONTO_8_TO_20, at('2026-10-31T23:30:00Z'))).toEqual(open('2026-11-01T00:00:00Z')); // Sat 19:30 EDT
    expect(openStatus(TORONTO_8_TO_20, at('2026-11-01T12:30:00Z'))).toEqual(closed('2026-11-01T13:00:00Z')); // Sun 07:30 EST
  });
});

describe('closed days and split days (Nummer gegen Kummer, Berlin)', () => {
  const hours = BERLIN_SPLIT;

  it('is closed on Sunday and opens on Monday morning', () => {
    expect(openStatus(hours, at('2026-11-22T13:30:00Z'))).toEqual(closed('2026-11-23T09:00:00Z')); // Sun 14:30 CET
  });

  it('has no Saturday morning slot, then opens at 14:00', () => {
    expect(openStatus(hours, at('2026-11-21T09:30:00Z'))).toEqual(closed('2026-11-21T13:00:00Z')); // Sat 10:30 CET
    expect(openStatus(hours, at('2026-11-21T13:30:00Z'))).toEqual(open('2026-11-21T19:00:00Z')); // Sat 14:30 CET
  });

  it('closes at noon on Monday and reopens at 14:00', () => {
    expect(openStatus(hours, at('2026-11-23T09:30:00Z'))).toEqual(open('2026-11-23T11:00:00Z')); // Mon 10:30
    expect(openStatus(hours, at('2026-11-23T11:30:00Z'))).toEqual(closed('2026-11-23T13:00:00Z')); // Mon 12:30
  });
});

describe('overnight hours', () => {
  it('Childline Ireland text line (10:00–04:00): open after midnight, closed at dawn', () => {
    const text = DUBLIN_10_TO_4;
    expect(openStatus(text, at('2026-11-21T02:00:00Z'))).toEqual(open('2026-11-21T04:00:00Z')); // Sat 02:00 GMT
    expect(openStatus(text, at('2026-11-21T05:00:00Z'))).toEqual(closed('2026-11-21T10:00:00Z')); // Sat 05:00
    expect(openStatus(text, at('2026-11-21T23:00:00Z'))).toEqual(open('2026-11-22T04:00:00Z')); // Sat 23:00
    expect(openStatus(text, at('2026-07-01T02:30:00Z'))).toEqual(open('2026-07-01T03:00:00Z')); // 03:30 IST, summer
  });

  it('an overnight slot belongs to the day it starts on', () => {
    const fridayNight: Hours = { kind: 'weekly', timeZone: 'Europe/Paris', slots: [{ days: ['fri'], opens: '22:00', closes: '02:00' }] };
    expect(openStatus(fridayNight, at('2026-11-21T00:30:00Z'))).toEqual(open('2026-11-21T01:00:00Z')); // Sat 01:30
    expect(openStatus(fridayNight, at('2026-11-22T00:30:00Z'))).toEqual(closed('2026-11-27T21:00:00Z')); // Sun 01:30
  });

  it('"24:00" closes at midnight (103 Écoute-Enfants, Brussels)', () => {
    const hours = BRUSSELS_10_TO_24;
    expect(openStatus(hours, at('2026-11-21T22:30:00Z'))).toEqual(open('2026-11-21T23:00:00Z')); // 23:30 CET
  });
});

describe('hours that are not clock times', () => {
  it('says "always" for 24/7 lines and "unknown" when the sources do not confirm the hours', () => {
    expect(openStatus({ kind: 'always' }, new Date())).toEqual({ state: 'always' });
    expect(openStatus(serviceById('de-elterntelefon')!.hours, new Date())).toEqual({ state: 'unknown' });
  });

  it('rejects malformed times', () => {
    expect(parseTime('09:30')).toBe(570);
    expect(parseTime('24:00')).toBe(1440);
    for (const bad of ['9:30', '24:30', '12:60', '', 'noon']) expect(() => parseTime(bad)).toThrow();
  });
});

describe('wall-clock time to instant', () => {
  it('takes a time skipped in spring as if the clock had not jumped (02:30 → 03:30 CEST)', () => {
    expect(instantOf(2026, 3, 29, 150, 'Europe/Paris')).toEqual(at('2026-03-29T01:30:00Z'));
  });

  it('takes the first of a time that happens twice in autumn', () => {
    expect(instantOf(2026, 10, 25, 150, 'Europe/Paris')).toEqual(at('2026-10-25T00:30:00Z'));
  });

  it('handles zones west of UTC and midnight at the end of the day', () => {
    expect(instantOf(2026, 7, 1, 9 * 60, 'America/Toronto')).toEqual(at('2026-07-01T13:00:00Z'));
    expect(instantOf(2026, 12, 31, 24 * 60, 'Europe/Brussels')).toEqual(at('2026-12-31T23:00:00Z'));
  });
});

describe('the service’s hours on the viewer’s clock', () => {
  const nov = new Date('2026-11-21T10:00:00Z');
  const jul = new Date('2026-07-15T10:00:00Z');

  it('knows when two clocks differ, through summer time', () => {
    expect(clocksDiffer('Europe/Paris', 'Europe/Brussels', nov)).toBe(false);
    expect(clocksDiffer('Europe/Paris', 'UTC', nov)).toBe(true);
    expect(clocksDiffer('Europe/London', 'UTC', nov)).toBe(false); // GMT in winter
    expect(clocksDiffer('Europe/London', 'UTC', jul)).toBe(true); // BST in summer
  });

  it('moves the times, and the days when the date changes', () => {
    const slot = { days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '09:00', closes: '17:00' } as const;
    expect(slotInZone(slot, 'Europe/Paris', 'UTC', nov)).toEqual({ days: slot.days, opens: '08:00', closes: '16:00' });
    expect(slotInZone(slot, 'Europe/Paris', 'UTC', jul)).toEqual({ days: slot.days, opens: '07:00', closes: '15:00' });
    expect(slotInZone(slot, 'Australia/Sydney', 'UTC', nov)).toEqual({ days: ['sun', 'mon', 'tue', 'wed', 'thu'], opens: '22:00', closes: '06:00' });
    expect(slotInZone(slot, 'America/Toronto', 'Europe/Paris', nov)).toEqual({ days: slot.days, opens: '15:00', closes: '23:00' });
  });

  it('keeps a slot ending at midnight ending at "24:00" on the viewer’s clock', () => {
    const slot = { days: ['sat'], opens: '10:00', closes: '24:00' } as const;
    expect(slotInZone(slot, 'Europe/Brussels', 'Europe/London', nov)).toEqual({ days: ['sat'], opens: '09:00', closes: '23:00' });
    expect(slotInZone({ days: ['sat'], opens: '11:00', closes: '01:00' }, 'Europe/Paris', 'UTC', nov)).toEqual({ days: ['sat'], opens: '10:00', closes: '24:00' });
  });
});
