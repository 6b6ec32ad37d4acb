// The helpline directory is data; this lint keeps it trustworthy: sorted, unique ids, working tel:
// and sms: links, https everywhere, a dated source for every entry, structured hours in a real
// time zone, every string in every locale, and nothing the research says must not be listed.
import { describe, expect, it } from 'vitest';
import { FACT_KINDS, isStale, officialEvidenceFor, onDomains, type FactKind } from '../../../utils/evidence';
import { parseTime } from '../../../utils/help/hours';
import { AUDIENCES, COUNTRIES, directories, euHelplineFor, serviceById, SITUATIONS, type CountryDirectory, type Service } from '../../../utils/help/helplines';
import { CHECKED_ON } from '../../../utils/help/helplines/common';
import { EU_116111_IN_SERVICE, EU_116111_NOT_IN_SERVICE } from '../../../utils/help/helplines/international';
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
    expect(COUNTRIES).toEqual(expect.arrayContaining(['FR', 'BE', 'CH', 'LU', 'CA', 'GB', 'IE', 'US', 'DE', 'ES', 'IT', 'AU', 'NL', 'AT']));
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

  it('has its strings in every language, and a caveat and a source note exactly when they are flagged', () => {
    expect(hasKey(`helplines.${id}.purpose`)).toEqual(everywhere);
    const caveat = hasKey(`helplines.${id}.caveat`);
    expect(caveat, service.caveat ? 'flagged: write the caveat in every locale' : 'a caveat text exists: set caveat: true').toEqual(
      Object.fromEntries(LANGUAGES.map((lang) => [lang, service.caveat === true])),
    );
    const note = hasKey(`helplines.${id}.sourceNote`);
    expect(note, service.sourceNote ? 'flagged: write the source note in every locale' : 'a source note exists: set sourceNote: true').toEqual(
      Object.fromEntries(LANGUAGES.map((lang) => [lang, service.sourceNote === true])),
    );
    for (const channel of service.channels) {
      expect(hasKey(`helplines.channel.${channel.kind}`)).toEqual(everywhere);
      if (channel.noteKey) expect(hasKey(channel.noteKey), channel.noteKey).toEqual(everywhere);
    }
  });
});


/** Which kinds of fact an entry states, so which passages it must quote (FACT_KINDS). */
function factsStated(service: Service): FactKind[] {
  const facts: FactKind[] = [];
  // A number no official page gives is shown as not confirmed beside the call link.
  if (service.phone && !service.phone.unconfirmed) facts.push('number');
  if (service.channels.some((c) => !c.unconfirmed && !c.href.startsWith('https:'))) facts.push('channels');
  // A web form or site is open whenever the web is; a person answering has hours to prove.
  if (service.hours.kind !== 'unknown' && (service.phone || service.hours.kind === 'weekly')) facts.push('hours');
  if (service.free === true) facts.push('cost');
  if (service.kind !== 'emergency') facts.push('purpose');
  if (service.audience !== 'anyone') facts.push('who');
  return facts;
}

describe.each(services.map((s) => [s.id, s] as [string, Service]))('the evidence of %s', (id, service) => {
  it('declares its official domains, and cites only pages on them', () => {
    expect(service.officialDomains.length, 'name the service’s own domains and its government’s').toBeGreaterThan(0);
    for (const domain of service.officialDomains) expect(domain, 'a bare domain: "gouv.fr", "nspcc.org.uk"').toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/);
    for (const source of service.sources) expect(onDomains(source.url, service.officialDomains), `${source.url}: not an official page of ${id}`).toBe(true);
    // Messaging handles (wa.me, t.me) are built from the numbers the official pages give.
    const handles: readonly string[] = ['whatsapp', 'telegram', 'messenger'];
    for (const channel of service.channels.filter((c) => c.href.startsWith('https:') && !handles.includes(c.kind))) {
      expect(onDomains(channel.href, service.officialDomains), `${channel.href}: a channel outside the official domains`).toBe(true);
    }
  });

  it('quotes short passages from those domains, each dated the day it was read', () => {
    expect(service.evidence.length).toBeGreaterThan(0);
    for (const e of service.evidence) {
      expect(onDomains(e.url, service.officialDomains), `${e.url}: evidence must come from ${service.officialDomains.join(', ')}`).toBe(true);
      expect(e.quote.trim().length, `${e.url}: quote the passage`).toBeGreaterThan(2);
      expect(e.quote.length, `${e.url}: quote a sentence or two, not the page`).toBeLessThanOrEqual(400);
      expect(Intl.getCanonicalLocales(e.lang)).toEqual([e.lang]);
      expect(e.read).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(e.read <= service.checkedOn, `${e.url}: read after the entry's checkedOn`).toBe(true);
      expect(isStale(e.read, CHECKED_ON), `${e.url}: read more than a year before the directory was checked`).toBe(false);
      expect(e.supports.length).toBeGreaterThan(0);
      for (const kind of e.supports) expect(FACT_KINDS).toContain(kind);
    }
  });

  it('has an official passage for every fact it states; what none supports is marked unconfirmed', () => {
    const missing = factsStated(service).filter((kind) => officialEvidenceFor(service.evidence, kind, service.officialDomains).length === 0);
    expect(missing, `no quoted passage for: ${missing.join(', ')}. Quote one, or mark the fact unconfirmed`).toEqual([]);
  });

  it('says whom it is for', () => {
    expect(AUDIENCES).toContain(service.audience);
  });
});

describe('116 111, the EU child helpline number', () => {
  it('is offered only where a passage says it answers, and never in France or Italy', () => {
    for (const country of COUNTRIES) {
      expect(euHelplineFor(country) !== undefined, country).toBe(country in EU_116111_IN_SERVICE);
    }
    for (const country of ['FR', 'IT'] as const) {
      expect(euHelplineFor(country), `${country}: not in service (Child Helpline International)`).toBeUndefined();
      expect(EU_116111_NOT_IN_SERVICE[country]?.quote).toContain('not operational');
    }
  });

  it('cites, for each country where it answers, an official page of that country’s helpline or government', () => {
    for (const [country, e] of Object.entries(EU_116111_IN_SERVICE)) {
      const line = directories.find((d) => d.country === country)!.services.find((s) => onDomains(e!.url, s.officialDomains));
      expect(line, `${country}: ${e!.url} is no official page of a ${country} service`).toBeDefined();
      expect(e!.quote.replace(/\s/g, '')).toContain('116111');
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

  it('carries the uncertainty of 3018’s history and messaging handles in its source note', () => {
    const fr3018 = serviceById('fr-3018')!;
    expect(fr3018.sourceNote).toBe(true);
    expect(fr3018.hoursAsOf).toBe('2025-11-07');
    expect(fr3018.sources[0]?.url, 'the ministry’s page comes first: the panel shows the first source').toBe('https://solidarites.gouv.fr/node/2219');
    const messaging = fr3018.channels.filter((c) => c.kind === 'whatsapp' || c.kind === 'messenger');
    expect(messaging.map((c) => [c.kind, c.href, c.unconfirmed]), 'no official page gives the handles: keep them unconfirmed, linking to 3018.fr').toEqual([
      ['whatsapp', 'https://3018.fr', true],
      ['messenger', 'https://3018.fr', true],
    ]);
  });

  it('says 114 is also for people who cannot speak, as service-public.fr does', () => {
    expect(serviceById('fr-114')?.evidence.some((e) => e.quote.includes('pas en capacité de téléphoner (de parler)'))).toBe(true);
    expect(serviceById('fr-114')?.caveat).toBe(true);
  });

  it('lists Luxembourg with the numbers its services publish, and what is unconfirmed flagged', () => {
    expect(serviceById('lu-bee-secure')?.phone?.tel).toBe('tel:80021234');
    expect(serviceById('lu-bee-secure')?.sources[0]?.url).toMatch(/^https:\/\/bee-secure\.lu\//);
    expect(serviceById('lu-kjt')?.phone?.tel).toBe('tel:116111');
    expect(serviceById('lu-elterentelefon')?.phone?.tel, 'the parents’ line moved to 8002 4444 in October 2023').toBe('tel:80024444');
    expect(all, 'the Elterentelefon’s old number').not.toContain('tel:26640555');
    expect(serviceById('lu-elterentelefon')?.caveat, 'the number changed: say so').toBe(true);
    expect(serviceById('lu-kjt')?.sourceNote, 'what was not found is said under Sources').toBe(true);
    for (const id of ['lu-bee-secure', 'lu-kjt', 'lu-elterentelefon']) expect(serviceById(id)?.hours.kind, id).toBe('unknown');
  });

  it('makes NCMEC’s CyberTipline the US main line, with its number and reporting site', () => {
    expect(directories.find((d) => d.country === 'US')?.main).toBe('us-ncmec');
    const ncmec = serviceById('us-ncmec')!;
    expect(ncmec.phone?.tel).toBe('tel:18008435678');
    expect(ncmec.url).toBe('https://report.cybertip.org');
  });

  it('lists the services the audit ranks high, each from its own pages', () => {
    for (const id of ['int-take-it-down', 'int-stopncii', 'gb-report-remove', 'fr-point-de-contact', 'fr-116000', 'fr-17cyber', 'be-102-awel']) {
      expect(serviceById(id), id).toBeDefined();
    }
    expect(serviceById('int-take-it-down')?.audience).toBe('child');
    expect(serviceById('int-stopncii')?.audience).toBe('adult');
    expect(serviceById('be-102-awel')?.phone?.tel).toBe('tel:102');
    expect(serviceById('fr-3018')?.name).toContain('e-Enfance');
  });

  it('lists the new languages’ countries with the numbers their official pages give (issue 17.6)', () => {
    expect(serviceById('nl-kindertelefoon')?.phone).toEqual({ display: '0800-0432', tel: 'tel:08000432' });
    expect(serviceById('nl-kindertelefoon')?.audience).toBe('child');
    expect(serviceById('nl-helpwanted')?.phone?.tel).toBe('tel:0202615275');
    expect(serviceById('nl-veilig-thuis')?.phone?.tel).toBe('tel:08002000');
    expect(serviceById('nl-politie')?.phone?.tel).toBe('tel:09008844');
    expect(serviceById('nl-politie')?.kind, 'not an emergency number: it is for what can wait').toBe('helpline');
    expect(serviceById('at-147-rat-auf-draht')?.phone?.tel).toBe('tel:147');
    // Austria's 147 is Rat auf Draht; Switzerland's is Pro Juventute's: two services, two countries.
    expect(serviceById('at-147-rat-auf-draht')?.officialDomains).not.toContain('projuventute.ch');
    expect(serviceById('ch-147')?.officialDomains).not.toContain('rataufdraht.at');
    expect(serviceById('at-stopline')?.channels.map((c) => c.href)).toContain('mailto:office@stopline.at');
    expect(serviceById('be-1712')?.phone?.tel).toBe('tel:1712');
    expect(serviceById('be-child-focus')?.phone, 'childfocus.be now quoted for 116 000').toEqual({ display: '116 000', tel: 'tel:116000' });
    for (const id of ['be-102-awel', 'be-1712']) expect(serviceById(id)?.languages, id).toEqual(['nl']);
  });

  it('lists nothing the research says not to list', () => {
    expect(all, 'NSPCC text line 88858: not confirmed current').not.toContain('88858');
    expect(all, 'Enfance et Partage’s line is not Fil Santé Jeunes').not.toContain('0800051234');
    expect(all, 'Net Écoute’s old number: replaced by 3018 in 2021').not.toContain('tel:0800200000');
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
      expect(hasKey(`popup.report.kind.${link.kind}`)).toEqual(everywhere);
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
