// The words around times: "opens tomorrow at 09:00", "Mon–Sat, 14:00–20:00 (Central European
// Time)", dates of sources, language names, in the viewer's locale and time zone.
import { describe, expect, it } from 'vitest';
import { catalogs as popupCatalogs } from '../../utils/i18n/locales';
import { hoursText, languagesText, sourceDateText, statusText, type Formatting } from '../../components/popup/format';
import { openStatus, type Hours } from '../../utils/help/hours';
import { serviceById } from '../../utils/help/helplines';
import { createTranslator } from '../../utils/i18n/translator';

const en: Formatting = { t: createTranslator(popupCatalogs, 'en'), locale: 'en-GB', timeZone: 'Europe/London' };
const fr: Formatting = { t: createTranslator(popupCatalogs, 'fr'), locale: 'fr-FR', timeZone: 'Europe/Paris' };
const us: Formatting = { t: createTranslator(popupCatalogs, 'en'), locale: 'en-US', timeZone: 'America/New_York' };

// Hours the directory has carried, as fixtures: these tests are about the wording, not the data.
const LUXEMBOURG_OFFICE: Hours = { kind: 'weekly', timeZone: 'Europe/Luxembourg', slots: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '09:00', closes: '16:00' }] };
const BERLIN_SPLIT: Hours = {
  kind: 'weekly',
  timeZone: 'Europe/Berlin',
  slots: [
    { days: ['mon', 'wed', 'thu'], opens: '10:00', closes: '12:00' },
    { days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'], opens: '14:00', closes: '20:00' },
  ],
};
const BRUSSELS_10_TO_24: Hours = { kind: 'weekly', timeZone: 'Europe/Brussels', slots: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], opens: '10:00', closes: '24:00' }] };

function status(id: string | Hours, iso: string, f: Formatting) {
  const now = new Date(iso);
  const hours = typeof id === 'string' ? serviceById(id)!.hours : id;
  return statusText(openStatus(hours, now), now, f);
}

describe('open / closed wording', () => {
  it('gives the closing time in the viewer’s own clock', () => {
    expect(status('fr-3018', '2026-11-21T10:00:00Z', en)).toBe('Open now, until 22:00'); // London is an hour behind Paris
    expect(status('fr-3018', '2026-11-21T10:00:00Z', us)).toBe('Open now, until 5:00 PM');
  });

  it('says whose clock a time is on when the viewer’s differs from the service’s', () => {
    const zone = (id: string) => {
      const hours = serviceById(id)!.hours;
      return hours.kind === 'weekly' ? hours.timeZone : undefined;
    };
    const both = (id: string, iso: string, f: Formatting) => {
      const now = new Date(iso);
      return statusText(openStatus(serviceById(id)!.hours, now), now, f, zone(id));
    };
    expect(both('fr-3018', '2026-11-21T10:00:00Z', fr)).toBe('Ouvert maintenant, jusqu’à 23:00'); // the same clock: one time
    expect(both('fr-3018', '2026-11-21T10:00:00Z', en)).toBe('Open now, until 22:00 your time (23:00 Central European Time)');
    expect(both('fr-3018', '2026-11-21T06:00:00Z', { ...fr, timeZone: 'UTC' })).toBe('Fermé pour l’instant, ouvre à 08:00 à votre heure (09:00, heure d’Europe centrale)');
    // Brussels keeps Paris time: no second clock.
    expect(both('fr-3018', '2026-11-21T10:00:00Z', { ...fr, timeZone: 'Europe/Brussels' })).toBe('Ouvert maintenant, jusqu’à 23:00');
  });

  it('says today, tomorrow, or the weekday of the next opening', () => {
    expect(status('fr-3018', '2026-11-21T06:00:00Z', fr)).toBe('Fermé pour l’instant, ouvre à 09:00');
    expect(status('fr-3018', '2026-11-21T22:30:00Z', fr)).toBe('Fermé pour l’instant, ouvre demain à 09:00');
    // BEE SECURE (Monday to Friday) on a Saturday morning, Luxembourg time = Paris time.
    expect(status(LUXEMBOURG_OFFICE, '2026-11-21T10:00:00Z', fr)).toBe('Fermé pour l’instant, ouvre lundi à 09:00');
    expect(status(LUXEMBOURG_OFFICE, '2026-11-21T10:00:00Z', en)).toBe('Closed now, opens Monday at 08:00');
  });

  it('says 24/7 and "not confirmed" plainly', () => {
    expect(status('gb-childline', '2026-11-21T10:00:00Z', en)).toBe('Open 24/7');
    expect(status('lu-kjt', '2026-11-21T10:00:00Z', fr)).toBe('Horaires non confirmés');
  });
});

describe('hours, dates and languages', () => {
  it('describes weekly hours with days, times and the service’s time zone', () => {
    expect(hoursText(BERLIN_SPLIT, en)).toBe('Mon, Wed, Thu, 10:00–12:00; Mon–Sat, 14:00–20:00 (Central European Time)');
    expect(hoursText(serviceById('fr-3018')!.hours, fr)).toBe('tous les jours, 09:00–23:00 (heure d’Europe centrale)');
    expect(hoursText(BRUSSELS_10_TO_24, en)).toContain('10:00–24:00');
    expect(hoursText({ kind: 'always' }, en)).toBe('Day and night, every day');
  });

  it('adds the hours on the viewer’s clock when it differs, days moved with them', () => {
    const now = new Date('2026-11-21T10:00:00Z');
    expect(hoursText(serviceById('fr-3018')!.hours, { ...en, timeZone: 'UTC', now })).toBe(
      'every day, 09:00–23:00 (Central European Time) — every day, 08:00–22:00 your time',
    );
    expect(hoursText(serviceById('fr-3018')!.hours, { ...fr, now })).toBe('tous les jours, 09:00–23:00 (heure d’Europe centrale)');
    // Monday to Friday 9:00–17:00 in Sydney is Sunday to Thursday evening in London.
    const sydney = { kind: 'weekly', timeZone: 'Australia/Sydney', slots: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '09:00', closes: '17:00' }] } as const;
    expect(hoursText(sydney, { ...en, now })).toBe('Mon–Fri, 09:00–17:00 (Australian Eastern Time) — Sun–Thu, 22:00–06:00 your time');
    // No moment (a prerendered page): only the service's clock.
    expect(hoursText(serviceById('fr-3018')!.hours, { ...en, timeZone: 'UTC' })).toBe('every day, 09:00–23:00 (Central European Time)');
  });

  it('writes source dates at the precision they have', () => {
    expect(sourceDateText('2023-09-28', fr)).toBe('28 septembre 2023');
    expect(sourceDateText('2021-04', en)).toBe('April 2021');
    expect(sourceDateText('2020', en)).toBe('2020');
    expect(sourceDateText('undated', en)).toBeUndefined();
  });

  it('names languages in the viewer’s language', () => {
    expect(languagesText(['de', 'fr', 'it'], fr)).toBe('allemand, français et italien');
    expect(languagesText(['en', 'es'], en)).toBe('English and Spanish');
  });
});
