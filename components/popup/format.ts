// Turns directory facts into words: opening status, weekly hours, source dates, language and
// country names. Everything goes through Intl with the person's own locale, so "9:00 AM" and
// "09:00" each appear where they should; the words around them come from the locale files.
import { clocksDiffer, parseTime, slotInZone, WEEKDAYS, type Hours, type OpeningSlot, type OpenStatus, type Weekday } from '../../utils/help/hours';
import type { Translate } from '../../utils/i18n/translator';

export interface Formatting {
  t: Translate;
  /** A full BCP 47 locale for dates and times (navigator.language), e.g. "en-GB". */
  locale: string;
  /** The viewer's time zone; undefined means the system's (tests pass one). */
  timeZone?: string;
  /** The moment the words are for; without it (a prerendered page) hours are not put on the viewer's clock. */
  now?: Date;
}

function viewerZone(f: Formatting): string {
  return f.timeZone ?? dateFormat(f.locale, {}).resolvedOptions().timeZone;
}

/** The service's zone when the viewer's clock shows another time at `at`: then every time says whose it is. */
function otherZone(serviceZone: string | undefined, at: Date | undefined, f: Formatting): string | undefined {
  return serviceZone !== undefined && at !== undefined && clocksDiffer(serviceZone, viewerZone(f), at) ? serviceZone : undefined;
}

// Building an Intl formatter costs far more than using one, and the popup formats hundreds of
// times on its first render: keep one per locale and options.
const formatterCache = new Map<string, Intl.DateTimeFormat>();
function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let formatter = formatterCache.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, options);
    formatterCache.set(key, formatter);
  }
  return formatter;
}

function dayKey(at: Date, timeZone: string | undefined): string {
  return dateFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

function clock(at: Date, f: Formatting): string {
  return dateFormat(f.locale, { timeZone: f.timeZone, timeStyle: 'short' }).format(at);
}

/** "22:00 your time (23:00 Central European Time)" when the clocks differ, else "23:00". */
function clockFor(at: Date, serviceZone: string | undefined, f: Formatting): string {
  if (serviceZone === undefined) return clock(at, f);
  return f.t('popup.time.both', { yours: clock(at, f), theirs: clock(at, { ...f, timeZone: serviceZone }), zone: zoneName(serviceZone, f) });
}

/**
 * "Open now, until 23:00", "Closed now, opens tomorrow at 09:00", "Open 24/7", "Hours not confirmed".
 * Given the service's time zone, a viewer whose clock differs reads both clocks.
 */
export function statusText(status: OpenStatus, now: Date, f: Formatting, serviceZone?: string): string {
  const { t } = f;
  const zone = otherZone(serviceZone, now, f);
  switch (status.state) {
    case 'always':
      return t('popup.open.always');
    case 'unknown':
      return t('popup.open.unknown');
    case 'open':
      return t('popup.open.until', { time: clockFor(status.closesAt, zone, f) });
    case 'closed': {
      const at = status.opensAt;
      if (!at) return t('popup.open.closed');
      const time = clockFor(at, zone, f);
      const today = dayKey(now, f.timeZone);
      if (dayKey(at, f.timeZone) === today) return t('popup.open.opensToday', { time });
      const tomorrow = dayKey(new Date(now.getTime() + 86_400_000), f.timeZone);
      if (dayKey(at, f.timeZone) === tomorrow) return t('popup.open.opensTomorrow', { time });
      const day = dateFormat(f.locale, { timeZone: f.timeZone, weekday: 'long' }).format(at);
      return t('popup.open.opensOn', { day, time });
    }
  }
}

/** A reference Monday, so weekday names come from Intl rather than from a list of our own. */
const MONDAY_UTC = Date.UTC(2024, 0, 1);

function weekdayName(day: Weekday, locale: string): string {
  const at = new Date(MONDAY_UTC + WEEKDAYS.indexOf(day) * 86_400_000);
  return dateFormat(locale, { weekday: 'short', timeZone: 'UTC' }).format(at);
}

/** "Mon–Sat", "Mon, Wed, Thu", "every day". */
function daysText(days: readonly Weekday[], f: Formatting): string {
  if (days.length === 7) return f.t('popup.hours.everyDay');
  const indexes = [...new Set(days.map((d) => WEEKDAYS.indexOf(d)))].sort((a, b) => a - b);
  const name = (i: number) => weekdayName(WEEKDAYS[i]!, f.locale);
  // A run may go round the end of the week: Monday-to-Friday hours seen from the other side of the
  // world become "Sun–Thu".
  const first = indexes.find((start) => indexes.every((i) => (i - start + 7) % 7 < indexes.length));
  if (indexes.length > 2 && first !== undefined) return `${name(first)}–${name((first + indexes.length - 1) % 7)}`;
  return indexes.map(name).join(', ');
}

function timeOfDay(time: string, f: Formatting): string {
  const minutes = parseTime(time);
  if (minutes === 24 * 60) return '24:00';
  return dateFormat(f.locale, { timeStyle: 'short', timeZone: 'UTC' }).format(new Date(minutes * 60_000));
}

function zoneName(timeZone: string, f: Formatting): string {
  const parts = dateFormat(f.locale, { timeZone, timeZoneName: 'longGeneric' }).formatToParts(new Date());
  return parts.find((p) => p.type === 'timeZoneName')?.value ?? timeZone;
}

function slotsText(slots: readonly OpeningSlot[], f: Formatting): string {
  return slots.map((s) => `${daysText(s.days, f)}, ${timeOfDay(s.opens, f)}–${timeOfDay(s.closes, f)}`).join('; ');
}

/**
 * "Mon–Sat, 14:00–20:00; Mon, Wed, Thu, 10:00–12:00 (Central European Time)", followed, when the
 * viewer's clock differs, by the same hours on the viewer's clock: "— Mon–Sat, 13:00–19:00 your time".
 */
export function hoursText(hours: Hours, f: Formatting): string {
  if (hours.kind === 'always') return f.t('popup.hours.always');
  if (hours.kind === 'unknown') return f.t('popup.hours.unknown');
  const theirs = `${slotsText(hours.slots, f)} (${zoneName(hours.timeZone, f)})`;
  const now = f.now;
  if (now === undefined || otherZone(hours.timeZone, now, f) === undefined) return theirs;
  const yours = slotsText(hours.slots.map((slot) => slotInZone(slot, hours.timeZone, viewerZone(f), now)), f);
  return `${theirs} — ${f.t('popup.hours.yours', { hours: yours })}`;
}

/** A source's date as people write it: "28 September 2023", "April 2021", "2020". */
export function sourceDateText(date: string, f: Formatting): string | undefined {
  const [year, month, day] = date.split('-').map(Number);
  if (!year || Number.isNaN(year)) return undefined;
  if (!month) return String(year);
  const at = new Date(Date.UTC(year, month - 1, day ?? 1));
  const options: Intl.DateTimeFormatOptions = day ? { dateStyle: 'long', timeZone: 'UTC' } : { year: 'numeric', month: 'long', timeZone: 'UTC' };
  return dateFormat(f.locale, options).format(at);
}

/** "French, English" in the viewer's language. */
const namesCache = new Map<string, Intl.DisplayNames>();
function displayNames(locale: string, type: 'language' | 'region'): Intl.DisplayNames {
  const key = `${locale}|${type}`;
  let names = namesCache.get(key);
  if (!names) {
    names = new Intl.DisplayNames([locale], { type });
    namesCache.set(key, names);
  }
  return names;
}

export function languagesText(codes: readonly string[], f: Formatting): string {
  const names = displayNames(f.locale, 'language');
  return new Intl.ListFormat(f.locale, { type: 'conjunction' }).format(codes.map((code) => names.of(code) ?? code));
}

export function countryName(code: string, locale: string): string {
  return displayNames(locale, 'region').of(code) ?? code;
}

/** "3018.fr" from "https://www.3018.fr/x": where a link goes, in a few characters. */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}
