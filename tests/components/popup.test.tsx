// The popup's rendering, in happy-dom, with a fixed clock and time zone: the right numbers as
// working links, open/closed wording, the router, "report this", and no untranslated key in any
// country and language. The real-browser behaviour is in tests/e2e/popup.test.ts.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { catalogs as popupCatalogs } from '../../utils/i18n/locales';
import { Popup } from '../../components/popup/Popup';
import { directories, helplinesFor, type DirectoryId } from '../../utils/help/helplines';
import { createTranslator } from '../../utils/i18n/translator';
import type { Language } from '../../utils/taxonomy';
import { browser } from 'wxt/browser';

const PASSPORT = 'chrome-extension://test/passport.html';
let root: HTMLElement | undefined;

afterEach(() => {
  if (root) render(null, root);
  root?.remove();
  root = undefined;
});

function show(options: { country: DirectoryId; language: Language; locale: string; now: string; pageUrl?: string | null; onCountryChange?: (c: DirectoryId) => void }) {
  root = document.createElement('div');
  document.body.append(root);
  const now = new Date(options.now);
  act(() => {
    render(
      <Popup
        env={{ t: createTranslator(popupCatalogs, options.language), locale: options.locale, timeZone: 'Europe/Paris', now }}
        country={options.country}
        onCountryChange={options.onCountryChange ?? (() => undefined)}
        report={{ pageUrl: options.pageUrl, openedAt: now, passportUrl: PASSPORT }}
        shortcut="Alt+Shift+V"
      />,
      root!,
    );
  });
  return root!;
}

const hrefs = (el: ParentNode, selector = 'a') => [...el.querySelectorAll<HTMLAnchorElement>(selector)].map((a) => a.getAttribute('href'));
const section = (el: HTMLElement, id: string) => el.querySelector(`[aria-labelledby="${id}"]`) as HTMLElement;

describe('France, in French', () => {
  it('puts 17, 112 and 114 by text under "En danger maintenant ?", then 3018', () => {
    const el = show({ country: 'FR', language: 'fr', locale: 'fr-FR', now: '2026-11-21T10:00:00Z' });
    const danger = section(el, 'danger-heading');
    expect(danger.querySelector('h2')?.textContent).toBe('En danger maintenant ?');
    expect(hrefs(danger)).toEqual(['tel:17', 'tel:112', 'sms:114']);
    expect(danger.textContent).toContain('Appeler le 17');
    const main = section(el, 'main-heading');
    expect(hrefs(main, 'a.call')).toEqual(['tel:3018']);
    expect(main.textContent).toContain('Appeler le 3018');
  });

  it('says whether 3018 is open, in Paris time, with the date of its hours, and keeps its history in its collapsed sources', () => {
    const el = show({ country: 'FR', language: 'fr', locale: 'fr-FR', now: '2026-11-21T10:00:00Z' });
    const open = section(el, 'main-heading');
    expect(open.querySelector('.status')?.textContent).toContain('Ouvert maintenant, jusqu’à 23:00');
    expect(open.textContent).toContain('Horaires publiés 7 novembre 2025');
    expect(open.querySelector('.caveat'), 'no caveat on the first screen: the history is under Sources').toBeNull();
    const card = el.querySelector('.service-full[aria-label="3018 (e-Enfance)"]')!;
    const sources = card.querySelector('details.sources')!;
    expect(sources.hasAttribute('open'), 'sources start collapsed').toBe(false);
    expect(sources.querySelector('summary')?.textContent).toBe('Sources');
    expect(sources.textContent).toContain('À son lancement en 2021');
    expect(sources.textContent, 'the verified date in the person’s language').toContain('Vérifié par Vigie le 4 décembre 2026');
    // One link per page: chat, WhatsApp, Messenger and the app all lead to 3018.fr.
    const channels = [...card.querySelectorAll('.channels a')];
    expect(channels.map((a) => a.getAttribute('href'))).toEqual(['https://3018.fr']);
    expect(channels[0]?.textContent).toContain('WhatsApp (non confirmé)');
    render(null, root!);
    const closed = section(show({ country: 'FR', language: 'fr', locale: 'fr-FR', now: '2026-11-21T22:30:00Z' }), 'main-heading');
    expect(closed.querySelector('.status')?.textContent).toContain('Fermé pour l’instant, ouvre demain à 09:00');
  });

  it('routes "Un enfant en danger" to 119 with its reason, and illegal content to Pharos', () => {
    const el = show({ country: 'FR', language: 'fr', locale: 'fr-FR', now: '2026-11-21T10:00:00Z' });
    const child = el.querySelector('[data-situation="child-danger"]')!;
    expect(child.querySelector('summary')?.textContent).toBe('Un enfant en danger');
    expect(hrefs(child, 'a.call')).toEqual(['tel:119', 'tel:17', 'tel:116000']);
    expect(child.textContent).toContain('Pour un enfant en danger ou maltraité, de jour comme de nuit.');
    const illegal = el.querySelector('[data-situation="illegal-content"]')!;
    expect(hrefs(illegal)).toContain('https://www.internet-signalement.gouv.fr');
    expect(illegal.textContent).toContain('portez plainte au commissariat ou à la gendarmerie');
  });
});

describe('the United Kingdom and the United States, in English', () => {
  it('GB: 999, then the NSPCC Helpline for you and Childline 0800 1111 for your child, open 24/7', () => {
    const el = show({ country: 'GB', language: 'en', locale: 'en-GB', now: '2026-11-21T10:00:00Z' });
    expect(hrefs(section(el, 'danger-heading'))).toEqual(['tel:999']);
    const main = section(el, 'main-heading');
    expect(hrefs(main, 'a.call')).toEqual(['tel:08088005000', 'tel:08001111']);
    const [nspcc, childline] = [...main.querySelectorAll('.service')];
    expect(nspcc?.querySelector('.audience')?.textContent).toBe('For you');
    expect(childline?.querySelector('.audience')?.textContent).toBe('For your child to call');
    expect(childline?.textContent).toContain('Call 0800 1111');
    expect(childline?.querySelector('.status')?.textContent).toBe('Open 24/7');
  });

  it('says when no official page confirms a number, beside the call link', () => {
    const el = show({ country: 'US', language: 'en', locale: 'en-US', now: '2026-11-21T10:00:00Z' });
    const childhelp = el.querySelector('.service-full[aria-label="Childhelp National Child Abuse Hotline"] a.call')!;
    expect(childhelp.textContent).toContain('Number not confirmed by an official page');
    const ncmec = el.querySelector('.service-full[aria-label="NCMEC CyberTipline"] a.call')!;
    expect(ncmec.textContent).not.toContain('not confirmed');
  });

  it('US: 911 first, and 988 as a call and a text link', () => {
    const el = show({ country: 'US', language: 'en', locale: 'en-US', now: '2026-11-21T10:00:00Z' });
    expect(hrefs(section(el, 'danger-heading'))).toEqual(['tel:911']);
    expect(hrefs(el)).toEqual(expect.arrayContaining(['tel:988', 'sms:988', 'tel:18008435678']));
  });
});

describe('the new languages’ countries (issue 17.6), in English', () => {
  const french = /^(tel|sms):(17|119|3018|114)$/;

  it('NL: 112, then Helpwanted for you and De Kindertelefoon 0800-0432 for your child; no French number', () => {
    const el = show({ country: 'NL', language: 'en', locale: 'en-GB', now: '2026-11-21T10:00:00Z' });
    expect(hrefs(section(el, 'danger-heading'))).toEqual(['tel:112']);
    const main = section(el, 'main-heading');
    expect(hrefs(main, 'a.call')).toEqual(['tel:0202615275', 'tel:08000432']);
    const [helpwanted, kindertelefoon] = [...main.querySelectorAll('.service')];
    expect(helpwanted?.querySelector('.audience'), 'Helpwanted is for anyone').toBeNull();
    expect(kindertelefoon?.querySelector('.audience')?.textContent).toBe('For your child to call');
    expect(hrefs(el).filter((h) => french.test(h ?? ''))).toEqual([]);
  });

  it('AT: 133, 112 and 144, then 147 Rat auf Draht, open day and night; no French number', () => {
    const el = show({ country: 'AT', language: 'en', locale: 'en-GB', now: '2026-11-21T10:00:00Z' });
    expect(hrefs(section(el, 'danger-heading'))).toEqual(['tel:133', 'tel:112', 'tel:144']);
    const main = section(el, 'main-heading');
    expect(hrefs(main, 'a.call')).toEqual(['tel:147']);
    expect(main.querySelector('.audience')?.textContent).toBe('For your child to call');
    expect(main.querySelector('.status')?.textContent).toBe('Open 24/7');
    expect(hrefs(el).filter((h) => french.test(h ?? ''))).toEqual([]);
  });

  it('BE: the short cards say in which language a line answers, in the person’s language; elsewhere they do not', () => {
    const en = show({ country: 'BE', language: 'en', locale: 'en-GB', now: '2026-11-21T10:00:00Z' });
    const note = (el: HTMLElement, name: string) => el.querySelector(`.service-route[aria-label="${name}"] .service-languages`)?.textContent;
    expect(note(en, 'Awel 102')).toBe('Answers in Dutch');
    expect(note(en, '1712')).toBe('Answers in Dutch');
    expect(note(en, '103 Écoute-Enfants')).toBe('Answers in French');
    expect(en.querySelectorAll('.service-full .service-languages'), 'the full card lists languages with its facts').toHaveLength(0);
    render(null, root!);
    const fr = show({ country: 'BE', language: 'fr', locale: 'fr-BE', now: '2026-11-21T10:00:00Z' });
    expect(note(fr, 'Awel 102')).toBe('Répond en néerlandais');
    render(null, root!);
    const de = show({ country: 'DE', language: 'en', locale: 'en-GB', now: '2026-11-21T10:00:00Z' });
    expect(de.querySelectorAll('.service-languages')).toHaveLength(0);
  });
});

describe('the country', () => {
  it('is changed with the select, which lists every country and "another country"', () => {
    const onCountryChange = vi.fn();
    const el = show({ country: 'FR', language: 'en', locale: 'en-GB', now: '2026-11-21T10:00:00Z', onCountryChange });
    const select = el.querySelector<HTMLSelectElement>('select#country')!;
    expect(el.querySelector('label[for="country"]')?.textContent).toBe('Helplines for');
    expect([...select.options].map((o) => o.value).sort()).toEqual([...directories.map((d) => d.country)].sort());
    expect(select.value).toBe('FR');
    select.value = 'BE';
    act(() => void select.dispatchEvent(new Event('change', { bubbles: true })));
    expect(onCountryChange).toHaveBeenCalledWith('BE');
  });
});

describe('report this', () => {
  it('on a Facebook page: the report page, the in-app way, the evidence advice and the passport link', () => {
    const page = 'https://www.facebook.com/settings?tab=privacy';
    const el = show({ country: 'FR', language: 'en', locale: 'en-GB', now: '2026-11-21T10:00:00Z', pageUrl: page });
    const report = section(el, 'report-heading');
    expect(report.textContent).toContain('This tab is on Facebook.');
    expect(hrefs(report)).toContain('https://www.facebook.com/help/1380418588640631');
    expect(report.textContent).toContain('Never keep, screenshot or forward sexual images of a minor');
    expect(report.querySelector('code')?.textContent).toBe(page);
    const passport = hrefs(report).find((h) => h?.startsWith(`${PASSPORT}#incident?`))!;
    const params = new URLSearchParams(passport.split('?').slice(1).join('?'));
    expect(params.get('url')).toBe(page);
    expect(params.get('at')).toBe('2026-11-21T10:00:00.000Z');
    // On a platform, "report this" comes before the router.
    const order = [...el.querySelectorAll('main > section')].map((s) => s.getAttribute('aria-labelledby'));
    expect(order.indexOf('report-heading')).toBeLessThan(order.indexOf('router-heading'));
  });

  it('while asking the tab: only the heading', () => {
    const report = section(show({ country: 'FR', language: 'en', locale: 'en-GB', now: '2026-11-21T10:00:00Z', pageUrl: undefined }), 'report-heading');
    expect(report.textContent).toBe('Report this page');
    expect(report.getAttribute('aria-busy')).toBe('true');
  });

  it('elsewhere: says it cannot tell, and offers the incident link only for a web page', () => {
    const el = show({ country: 'FR', language: 'en', locale: 'en-GB', now: '2026-11-21T10:00:00Z', pageUrl: null });
    const report = section(el, 'report-heading');
    expect(report.textContent).toContain('This tab is not on a platform Vigie knows.');
    expect(hrefs(report)).toEqual([]);
    render(null, root!);
    const other = section(show({ country: 'FR', language: 'en', locale: 'en-GB', now: '2026-11-21T10:00:00Z', pageUrl: 'https://example.org/a' }), 'report-heading');
    expect(other.textContent).toContain('This tab is not on a platform Vigie knows.');
    expect(other.querySelector('code')?.textContent).toBe('https://example.org/a');
    expect(hrefs(other)[0]).toMatch(/^chrome-extension:\/\/test\/passport\.html#incident\?url=https%3A%2F%2Fexample\.org%2Fa&at=/);
  });
});

describe('docking from the popup (Firefox, whose panel frame has no sidebarAction)', () => {
  const FACEBOOK = 'https://www.facebook.com/settings?tab=privacy';
  const dockButton = (el: HTMLElement) => [...el.querySelectorAll('button')].find((b) => b.textContent === 'Dock in the side panel');
  afterEach(() => {
    delete (browser as unknown as { sidebarAction?: unknown }).sidebarAction;
  });

  it('offers "Dock in the side panel" on a platform\'s page where the browser has a sidebar, and opens it from the click', () => {
    const open = vi.fn(() => Promise.resolve());
    (browser as unknown as { sidebarAction: unknown }).sidebarAction = { open };
    const button = dockButton(show({ country: 'FR', language: 'en', locale: 'en-GB', now: '2026-11-21T10:00:00Z', pageUrl: FACEBOOK }));
    expect(button).toBeDefined();
    button!.click();
    expect(open).toHaveBeenCalledOnce();
  });

  it('offers nothing off a platform, or where the browser has no sidebarAction (Chromium: the panel has the button)', () => {
    (browser as unknown as { sidebarAction: unknown }).sidebarAction = { open: vi.fn(() => Promise.resolve()) };
    expect(dockButton(show({ country: 'FR', language: 'en', locale: 'en-GB', now: '2026-11-21T10:00:00Z', pageUrl: 'https://example.org/a' }))).toBeUndefined();
    render(null, root!);
    delete (browser as unknown as { sidebarAction?: unknown }).sidebarAction;
    expect(dockButton(show({ country: 'FR', language: 'en', locale: 'en-GB', now: '2026-11-21T10:00:00Z', pageUrl: FACEBOOK }))).toBeUndefined();
  });
});

describe('every country in every language', () => {
  const cases = directories.flatMap((d) => (['en', 'fr'] as const).map((lang) => [d.country, lang] as const));
  it.each(cases)('%s in %s: no untranslated key, and every call link is a number of the directory', (country, language) => {
    const el = show({ country, language, locale: language === 'fr' ? 'fr-FR' : 'en-GB', now: '2026-11-21T10:00:00Z' });
    for (const details of el.querySelectorAll('details')) details.open = true;
    expect(el.textContent).not.toMatch(/\b(popup|helplines|common)\.[a-z0-9-]+\.?[a-zA-Z]*/);
    const known = new Set(directories.flatMap((d) => d.services.map((s) => s.phone?.tel)).filter(Boolean));
    const calls = hrefs(el).filter((h) => h?.startsWith('tel:'));
    expect(calls.length).toBeGreaterThan(country === 'INT' ? 0 : 1);
    for (const tel of calls) expect(known.has(tel!), tel!).toBe(true);
    for (const service of helplinesFor(country)) expect(el.textContent).toContain(service.name);
  });
});

describe('the country question and the language setting', () => {
  function showWith(props: { askCountry?: { onConfirm(): void }; language?: { choice: 'browser' | Language; browser: Language; onChoose(choice: string): void } }, country: DirectoryId = 'DE', language: Language = 'de') {
    root = document.createElement('div');
    document.body.append(root);
    const now = new Date('2026-11-21T10:00:00Z');
    act(() => {
      render(
        <Popup
          env={{ t: createTranslator(popupCatalogs, language), locale: language, timeZone: 'Europe/Berlin', now }}
          country={country}
          onCountryChange={() => undefined}
          report={{ pageUrl: null, openedAt: now, passportUrl: PASSPORT }}
          {...props}
        />,
        root!,
      );
    });
    return root!;
  }

  it('asks about the guessed country with its emergency numbers on screen, and "Ja" answers', () => {
    const onConfirm = vi.fn();
    const el = showWith({ askCountry: { onConfirm } });
    const question = section(el, 'country-question');
    expect(question.querySelector('h2')?.textContent).toBe(createTranslator(popupCatalogs, 'de')('popup.countryQuestion.heading', { country: 'Deutschland' }));
    expect(hrefs(section(el, 'danger-heading')).length).toBeGreaterThan(0);
    act(() => question.querySelector('button')!.click());
    expect(onConfirm).toHaveBeenCalledOnce();
    expect(showWith({}).querySelector('.country-question')).toBeNull();
  });

  it('offers the browser’s language and the six, each named in itself', () => {
    const onChoose = vi.fn();
    const el = showWith({ language: { choice: 'browser', browser: 'de', onChoose } });
    const select = el.querySelector<HTMLSelectElement>('#language')!;
    expect(el.querySelector('label[for="language"]')?.textContent).toBe('Sprache');
    expect([...select.options].map((o) => [o.value, o.textContent, o.lang])).toEqual([
      ['browser', createTranslator(popupCatalogs, 'de')('language.browser', { name: 'Deutsch' }), ''],
      ['en', 'English', 'en'], ['fr', 'Français', 'fr'], ['de', 'Deutsch', 'de'], ['es', 'Español', 'es'], ['it', 'Italiano', 'it'], ['nl', 'Nederlands', 'nl'],
    ]);
    act(() => {
      select.value = 'it';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(onChoose).toHaveBeenCalledWith('it');
  });
});
