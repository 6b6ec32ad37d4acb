// "Open now / closed, opens at …" computed locally from a service's published hours and the
// current time. Pure: no extension API, no network; runs in the popup, in Node and in happy-dom.
//
// Hours are wall-clock times in the service's own IANA time zone (a French line opens at 9:00
// Paris time whatever the clock of the person looking). All conversions go through Intl, so
// summer-time changes are handled by the browser's time-zone database, not by fixed offsets.

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** One opening period on some weekdays. `closes` ≤ `opens` means it runs past midnight. */
export interface OpeningSlot {
  days: readonly Weekday[];
  /** "HH:MM", 24-hour clock. */
  opens: string;
  /** "HH:MM"; "24:00" is midnight at the end of the day. */
  closes: string;
}

export type Hours =
  /** Day and night, every day. */
  | { kind: 'always' }
  | { kind: 'weekly'; timeZone: string; slots: readonly OpeningSlot[] }
  /** Not confirmed by any source we trust: the interface says so instead of guessing. */
  | { kind: 'unknown' };

export type OpenStatus =
  | { state: 'always' }
  | { state: 'unknown' }
  | { state: 'open'; closesAt: Date }
  | { state: 'closed'; opensAt: Date | undefined };

const HALF_DAY_MS = 12 * 60 * 60 * 1000;

/** "09:30" → 570; "24:00" → 1440. Throws on anything else (caught by the directory lint). */
export function parseTime(time: string): number {
  const match = /^(\d{2}):(\d{2})$/.exec(time);
  const hours = Number(match?.[1]);
  const minutes = Number(match?.[2]);
  if (!match || hours > 24 || minutes > 59 || (hours === 24 && minutes !== 0)) {
    throw new Error(`Not a time of day: "${time}"`);
  }
  return hours * 60 + minutes;
}

interface WallClock {
  year: number;
  month: number;
  day: number;
  weekday: Weekday;
  /** minutes since midnight */
  minutes: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      weekday: 'short',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The date and time on a wall clock in `timeZone` at instant `at`. */
export function wallClock(at: Date, timeZone: string): WallClock & { seconds: number } {
  const parts: Record<string, string> = {};
  for (const part of partsFormatter(timeZone).formatToParts(at)) parts[part.type] = part.value;
  const weekday = (parts.weekday ?? '').toLowerCase().slice(0, 3) as Weekday;
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    weekday,
    minutes: Number(parts.hour) * 60 + Number(parts.minute),
    seconds: Number(parts.second),
  };
}

/** How far ahead of UTC the wall clock of `timeZone` is at instant `at`, in milliseconds. */
function offsetAt(at: Date, timeZone: string): number {
  const wall = wallClock(at, timeZone);
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, 0, wall.minutes, wall.seconds);
  return asUtc - (at.getTime() - at.getMilliseconds());
}

/**
 * The instant when the wall clock of `timeZone` shows this date and time. Like Temporal's
 * "compatible" choice: a time skipped by a spring-forward change (02:30 on the night clocks jump
 * from 02:00 to 03:00) gives 03:30, as if the clock had not jumped; a time that happens twice in
 * autumn gives the first one.
 */
export function instantOf(year: number, month: number, day: number, minutes: number, timeZone: string): Date {
  const naive = Date.UTC(year, month - 1, day, 0, minutes);
  // Real zones change offset at most once in a day: the offsets half a day either side are the
  // only candidates.
  const before = offsetAt(new Date(naive - HALF_DAY_MS), timeZone);
  const after = offsetAt(new Date(naive + HALF_DAY_MS), timeZone);
  const wanted = new Date(naive);
  const shows = (instant: number) => {
    const wall = wallClock(new Date(instant), timeZone);
    return (
      wall.year === wanted.getUTCFullYear() &&
      wall.month === wanted.getUTCMonth() + 1 &&
      wall.day === wanted.getUTCDate() &&
      wall.minutes === wanted.getUTCHours() * 60 + wanted.getUTCMinutes()
    );
  };
  const exact = [naive - before, naive - after].filter(shows).sort((a, b) => a - b);
  return new Date(exact[0] ?? naive - before);
}

function previousWeekday(day: Weekday): Weekday {
  return WEEKDAYS[(WEEKDAYS.indexOf(day) + 6) % 7]!;
}

/** Calendar arithmetic on a wall-clock date, independent of time zones. */
function addDays(wall: Pick<WallClock, 'year' | 'month' | 'day'>, days: number): { year: number; month: number; day: number; weekday: Weekday } {
  const date = new Date(Date.UTC(wall.year, wall.month - 1, wall.day + days));
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    weekday: WEEKDAYS[(date.getUTCDay() + 6) % 7]!,
  };
}

/** Is the service open at `at`, and until when / from when? */
export function openStatus(hours: Hours, at: Date): OpenStatus {
  if (hours.kind === 'always') return { state: 'always' };
  if (hours.kind === 'unknown') return { state: 'unknown' };
  const { timeZone, slots } = hours;
  const now = wallClock(at, timeZone);

  for (const slot of slots) {
    const opens = parseTime(slot.opens);
    const closes = parseTime(slot.closes);
    const overnight = closes <= opens;
    // Opened today and still running (today's slot, before closing or before midnight if overnight).
    if (slot.days.includes(now.weekday) && now.minutes >= opens && (overnight || now.minutes < closes)) {
      const closeDay = overnight ? addDays(now, 1) : now;
      return { state: 'open', closesAt: instantOf(closeDay.year, closeDay.month, closeDay.day, closes, timeZone) };
    }
    // Opened yesterday evening and still running after midnight.
    if (overnight && slot.days.includes(previousWeekday(now.weekday)) && now.minutes < closes) {
      return { state: 'open', closesAt: instantOf(now.year, now.month, now.day, closes, timeZone) };
    }
  }
  return { state: 'closed', opensAt: nextOpening(hours, at) };
}

/** The next instant after `at` when one of the slots opens, looking at most a week ahead. */
function nextOpening(hours: Extract<Hours, { kind: 'weekly' }>, at: Date): Date | undefined {
  const today = wallClock(at, hours.timeZone);
  let best: Date | undefined;
  for (let offset = 0; offset <= 7; offset++) {
    const day = addDays(today, offset);
    for (const slot of hours.slots) {
      if (!slot.days.includes(day.weekday)) continue;
      const candidate = instantOf(day.year, day.month, day.day, parseTime(slot.opens), hours.timeZone);
      if (candidate.getTime() > at.getTime() && (!best || candidate < best)) best = candidate;
    }
    if (best) return best;
  }
  return best;
}

/** True when the wall clocks of two time zones show different times at `at` (Paris and Brussels never do). */
export function clocksDiffer(zoneA: string, zoneB: string, at: Date): boolean {
  return offsetAt(at, zoneA) !== offsetAt(at, zoneB);
}

function clockText(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/**
 * A slot of a service's week as the wall clock of `viewerZone` shows it on the day of `at`: a line
 * open 9:00–17:00 in Sydney is open 22:00–06:00 the evening before in London, so the days move too.
 */
export function slotInZone(slot: OpeningSlot, serviceZone: string, viewerZone: string, at: Date): OpeningSlot {
  const today = wallClock(at, serviceZone);
  const opensAt = instantOf(today.year, today.month, today.day, parseTime(slot.opens), serviceZone);
  const closesMinutes = parseTime(slot.closes);
  const closeDay = closesMinutes <= parseTime(slot.opens) ? addDays(today, 1) : today;
  const closesAt = instantOf(closeDay.year, closeDay.month, closeDay.day, closesMinutes, serviceZone);
  const opens = wallClock(opensAt, viewerZone);
  const closes = wallClock(closesAt, viewerZone);
  const shift = Math.round((Date.UTC(opens.year, opens.month - 1, opens.day) - Date.UTC(today.year, today.month - 1, today.day)) / 86_400_000);
  const days = slot.days.map((day) => WEEKDAYS[(WEEKDAYS.indexOf(day) + shift + 7) % 7]!);
  // A slot that ends at midnight on the viewer's clock ends at "24:00", not at "00:00".
  const closesText = closes.minutes === 0 && opens.minutes !== 0 ? '24:00' : clockText(closes.minutes);
  return { days, opens: clockText(opens.minutes), closes: closesText };
}
