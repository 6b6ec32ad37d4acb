// The helpline directory is data; this lint keeps it trustworthy: sorted, unique ids, working tel:
// and sms: links, https everywhere, a dated source for every entry, structured hours in a real
// time zone, every string in every locale, and nothing the research says must not be listed.
import { describe, expect, it } from 'vitest';
import { parseTime } from '../../../utils/help/hours';
import { COUNTRIES, directories, serviceById, SITUATIONS, type CountryDirectory, type Service } from '../../../utils/help/helplines';
import { PLATFORM_NAMES, PLATFORM_REPORTS } from '../../../utils/help/helplines/platform-reports';
import { sourceAreaFiles as areaFiles, sourceCatalogs as catalogs } from '../../support/catalogues';
import { LANGUAGES, PLATFORM_IDS } from '../../../utils/taxonomy';

const services: Service[] = directories.flatMap((d) => [...d.services]);
const TEL = /^tel:(\+[1-9]\d{6,14}|\d{2,15})$/;
const SMS = /^sms:\+?\d{3,15}$/;
const MAILTO = /^mailto:[^@\s]+@[^@\s]+\.[a-z]{2,}$/;
const SOURCE_DATE = /^(\d{4}(-\d{2}(-\d{2})?)?|undated)$/;
const digits = (s: string) => s.replace(/\D/g, '');

function isHttps(url: string): boolean {
  try {
    return new URL(url).protocol === 'https:';
  } catch {
    return false;
  }
}

function hasKey(key: string): Record<string, boolean> {
  return Object.fromEntries(LANGUAGES.map((lang) => [lang, key in catalogs[lang]]));
}
const everywhere = Object.fromEntries(LANGUAGES.map((lang) => [lang, true]));

describe('the directory as a whole', () => {
  it('has one directory per country, sorted by country code, and the international fallback last', () => {
    expect(directories.map((d) => d.country)).toEqual([...COUNTRIES, 'INT']);
    expect([...COUNTRIES]).toEqual([...COUNTRIES].sort());
    expect(COUNTRIES).toEqual(expect.arrayContaining(['FR', 'BE', 'CH', 'LU', 'CA', 'GB', 'IE', 'US', 'DE', 'ES', 'IT', 'AU']));
  });

  it('has unique ids, each named after its region', () => {
    const ids = services.map((s) => s.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i), 'duplicate ids').toEqual([]);
    for (const service of services) expect(service.id, `${service.id}: start the id with "${service.region.toLowerCase()}-"`).toMatch(new RegExp(`^${service.region.toLowerCase()}-[a-z0-9-]+$`));
  });
});

describe.each(directories.map((d) => [d.country, d] as [string, CountryDirectory]))('directory %s', (country, directory) => {
  it('lists its services sorted by id', () => {
    const ids = directory.services.map((s) => s.id);
    expect(ids, 'keep services in alphabetical order of id').toEqual([...ids].sort());
  });

  it('holds only services of its own region (the fallback also holds the EU-wide number)', () => {
    for (const s of directory.services) expect([country, ...(country === 'INT' ? ['EU'] : [])]).toContain(s.region);
  });

  it('names emergency numbers and a main line that exist in it', () => {
    const own = new Set(directory.services.map((s) => s.id));
    for (const id of directory.emergency) {
      expect(own.has(id), `${id} is not in ${country}'s services`).toBe(true);
      expect(serviceById(id)?.kind).toBe('emergency');
    }
    const emergencies = directory.services.filter((s) => s.kind === 'emergency').map((s) => s.id);
    expect([...directory.emergency].sort(), 'every emergency number is shown under "In danger now"').toEqual(emergencies.sort());
    expect(own.has(directory.main), `main line ${directory.main}`).toBe(true);
  });

  it('routes every situation to existing services, with reasons and notes in every language', () => {
    expect(Object.keys(directory.routes).sort()).toEqual([...SITUATIONS].sort());
    for (const situation of SITUATIONS) {
      const route = directory.routes[situation];
      for (const step of route.steps) {
        const service = serviceById(step.service);
        expect(service, `${country}/${situation}: unknown service ${step.service}`).toBeDefined();
        expect([country, 'EU', 'INT'], `${country}/${situation}: ${step.service} is another country's`).toContain(service!.region);
        expect(hasKey(`helplines.reason.${step.reason}`), `helplines.reason.${step.reason}`).toEqual(everywhere);
      }
      for (const note of route.notes ?? []) expect(hasKey(`helplines.note.${note}`), `helplines.note.${note}`).toEqual(everywhere);
    }
  });
});

describe.each(services.map((s) => [s.id, s] as [string, Service]))('entry %s', (id, service) => {
  it('has a working tel: link whose digits are the number shown', () => {
    if (!service.phone) return;
    expect(service.phone.tel).toMatch(TEL);
    expect(digits(service.phone.tel)).toBe(digits(service.phone.display));
  });

  it('can be reached: a phone, a web address or a channel', () => {
    expect(service.phone !== undefined || service.url !== undefined || service.channels.length > 0).toBe(true);
  });

  it('uses https for every web address, and valid sms: and mailto: links', () => {
    if (service.url) expect(isHttps(service.url), service.url).toBe(true);
    for (const channel of service.channels) {
      if (channel.href.startsWith('sms:')) expect(channel.href).toMatch(SMS);
      else if (channel.href.startsWith('mailto:')) expect(channel.href).toMatch(MAILTO);
      else expect(isHttps(channel.href), channel.href).toBe(true);
    }
  });

  it('has dated https sources and the date Vigie checked them', () => {
    expect(service.sources.length).toBeGreaterThan(0);
    for (const source of service.sources) {
      expect(isHttps(source.url), source.url).toBe(true);
      expect(source.date).toMatch(SOURCE_DATE);
    }
    expect(service.hoursAsOf).toMatch(SOURCE_DATE);
    expect(service.checkedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(Number.isNaN(Date.parse(service.checkedOn))).toBe(false);
  });

  it('gives structured hours in a real IANA time zone', () => {
    for (const hours of [service.hours, ...service.channels.map((c) => c.hours)]) {
      if (hours?.kind !== 'weekly') continue;
      expect(() => new Intl.DateTimeFormat('en', { timeZone: hours.timeZone }), hours.timeZone).not.toThrow();
      expect(hours.timeZone).toMatch(/^[A-Z][A-Za-z_]+\/[A-Za-z_]+$/);
      expect(hours.slots.length).toBeGreaterThan(0);
      for (const slot of hours.slots) {
        expect(slot.days.length).toBeGreaterThan(0);
        expect(new Set(slot.days).size).toBe(slot.days.length);
        expect(parseTime(slot.opens)).not.toBe(parseTime(slot.closes));
      }
    }
  });

  it('names its languages with valid language codes', () => {
    for (const code of service.languages) expect(Intl.getCanonicalLocales(code)).toEqual([code]);
  });

  it('has its strings in every language, and a caveat exactly when it is flagged', () => {
    expect(hasKey(`helplines.${id}.purpose`)).toEqual(everywhere);
    const caveat = hasKey(`helplines.${id}.caveat`);
    expect(caveat, service.caveat ? 'flagged: write the caveat in every locale' : 'a caveat text exists: set caveat: true').toEqual(
      Object.fromEntries(LANGUAGES.map((lang) => [lang, service.caveat === true])),
    );
    for (const channel of service.channels) {
      expect(hasKey(`helplines.channel.${channel.kind}`)).toEqual(everywhere);
      if (channel.noteKey) expect(hasKey(channel.noteKey), channel.noteKey).toEqual(everywhere);
    }
  });
});

describe('what the research says', () => {
  const all = JSON.stringify(directories);

  it('lists France in full: 3018 (phone, chat, WhatsApp, Messenger, app), 119 (phone, chat), Pharos, 17, 112, 114 by text', () => {
    const fr3018 = serviceById('fr-3018')!;
    expect(fr3018.phone?.tel).toBe('tel:3018');
    expect(fr3018.channels.map((c) => c.kind)).toEqual(expect.arrayContaining(['chat', 'whatsapp', 'messenger', 'app']));
    expect(serviceById('fr-119')?.phone?.tel).toBe('tel:119');
    expect(serviceById('fr-119')?.channels.map((c) => c.kind)).toContain('chat');
    expect(serviceById('fr-pharos')?.url).toBe('https://www.internet-signalement.gouv.fr');
    expect(serviceById('fr-114')?.channels).toEqual([expect.objectContaining({ kind: 'sms', href: 'sms:114' })]);
    expect(directories.find((d) => d.country === 'FR')?.emergency).toEqual(['fr-17', 'fr-112', 'fr-114']);
  });

  it('carries the uncertainty of 3018’s hours and messaging handles instead of hiding it', () => {
    const fr3018 = serviceById('fr-3018')!;
    expect(fr3018.caveat).toBe(true);
    expect(fr3018.hoursAsOf).toBe('2025-11-07');
    expect(fr3018.sources[0]?.url, 'the ministry’s page comes first: the panel shows the first source').toBe('https://solidarites.gouv.fr/node/2219');
    const messaging = fr3018.channels.filter((c) => c.kind === 'whatsapp' || c.kind === 'messenger');
    expect(messaging.map((c) => [c.kind, c.href, c.unconfirmed]), 'no official page gives the handles: keep them unconfirmed, linking to 3018.fr').toEqual([
      ['whatsapp', 'https://3018.fr', true],
      ['messenger', 'https://3018.fr', true],
    ]);
  });

  it('lists Luxembourg with the numbers its services publish, and what is unconfirmed flagged', () => {
    expect(serviceById('lu-bee-secure')?.phone?.tel).toBe('tel:80021234');
    expect(serviceById('lu-bee-secure')?.sources[0]?.url).toMatch(/^https:\/\/bee-secure\.lu\//);
    expect(serviceById('lu-kjt')?.phone?.tel).toBe('tel:116111');
    expect(serviceById('lu-elterentelefon')?.phone?.tel, 'the parents’ line moved to 8002 4444 in October 2023').toBe('tel:80024444');
    expect(all, 'the Elterentelefon’s old number').not.toContain('tel:26640555');
    for (const id of ['lu-bee-secure', 'lu-kjt', 'lu-elterentelefon']) expect(serviceById(id)?.caveat, id).toBe(true);
    expect(serviceById('lu-kjt')?.hours.kind).toBe('unknown');
    expect(serviceById('lu-elterentelefon')?.hours.kind).toBe('unknown');
  });

  it('makes NCMEC’s CyberTipline the US main line, with its number and reporting site', () => {
    expect(directories.find((d) => d.country === 'US')?.main).toBe('us-ncmec');
    const ncmec = serviceById('us-ncmec')!;
    expect(ncmec.phone?.tel).toBe('tel:18008435678');
    expect(ncmec.url).toBe('https://report.cybertip.org');
    expect(ncmec.sources.map((s) => s.url)).toEqual(['https://report.cybertip.org/faqs', 'https://ovc.ojp.gov/faq/list?subtopic=4111']);
  });

  it('lists nothing the research says not to list', () => {
    expect(all, 'NSPCC text line 88858: not confirmed current').not.toContain('88858');
    expect(all, 'Awel 102: not confirmed').not.toMatch(/tel:102\b/);
    const reachable = services.flatMap((s) => [s.url ?? '', ...s.channels.map((c) => c.href)]);
    expect(reachable.filter((url) => url.includes('pointdecontact.net')), 'Point de Contact: verify before listing').toEqual([]);
  });

  it('has the EU-wide 116 111 and the international fallbacks', () => {
    expect(serviceById('eu-116111')?.phone?.tel).toBe('tel:116111');
    expect(serviceById('int-chi')?.url).toMatch(/^https:\/\/childhelplineinternational\.org\//);
    expect(serviceById('int-inhope')?.url).toMatch(/^https:\/\/www\.inhope\.org/);
  });
});

describe('platform reporting pages', () => {
  it('names every platform of the taxonomy', () => {
    expect(Object.keys(PLATFORM_NAMES).sort()).toEqual([...PLATFORM_IDS].sort());
  });

  it.each(Object.entries(PLATFORM_REPORTS))('%s: https links, sources and strings in every language', (platform, report) => {
    expect((PLATFORM_IDS as readonly string[]).includes(platform)).toBe(true);
    expect(report!.sources.length).toBeGreaterThan(0);
    for (const source of report!.sources) expect(isHttps(source.url)).toBe(true);
    for (const link of report!.links) {
      expect(isHttps(link.url), link.url).toBe(true);
      expect(hasKey(`helplines.reportLink.${link.label}`)).toEqual(everywhere);
    }
    expect(hasKey(`helplines.platform.${platform}.inApp`)).toEqual(Object.fromEntries(LANGUAGES.map((l) => [l, report!.inApp])));
  });
});

describe('the popup and helpline locale files', () => {
  const files = (lang: (typeof LANGUAGES)[number]) =>
    Object.fromEntries(Object.entries(areaFiles[lang]).filter(([path]) => /\/(popup|helplines[^/]*)\.json$/.test(path)));

  it('exist with the same keys in every language', () => {
    const english = files('en');
    expect(Object.keys(english).length).toBeGreaterThan(2);
    for (const lang of LANGUAGES) {
      const these = files(lang);
      expect(Object.keys(these).map((p) => p.replace(`/${lang}/`, '/*/')).sort()).toEqual(Object.keys(english).map((p) => p.replace('/en/', '/*/')).sort());
      for (const [path, catalog] of Object.entries(english)) {
        const other = these[path.replace('/en/', `/${lang}/`)]!;
        expect(Object.keys(other).sort(), path).toEqual(Object.keys(catalog).sort());
        for (const [key, text] of Object.entries(other)) expect(text.trim(), `${lang}: ${key} is empty`).not.toBe('');
      }
    }
  });

  it('name every key after the file (popup.json → popup.*, helplines-fr.json → helplines.*)', () => {
    for (const lang of LANGUAGES) {
      for (const [path, catalog] of Object.entries(files(lang))) {
        const area = path.split('/').pop()!.replace('.json', '').split('-')[0]!;
        for (const key of Object.keys(catalog)) expect(key.startsWith(`${area}.`), `${path}: ${key}`).toBe(true);
      }
    }
  });
});
