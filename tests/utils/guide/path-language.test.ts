// Menu names in another language (issue 17, point 1; the rule is in utils/guide/path-language.ts
// and docs/DEVELOPING.md): a path confirmed only by help in another language than the reader's
// says so, naming that language; a path confirmed in the reader's language, unconfirmed, or
// naming no menu says nothing more.
import { describe, expect, it } from 'vitest';
import { checklists } from '../../../utils/guide/checklists';
import { resolveGuide } from '../../../utils/guide/guide-view';
import { languageName, pathHelpLanguage } from '../../../utils/guide/path-language';
import { catalogs } from '../../../utils/i18n/locales';
import { createTranslator } from '../../../utils/i18n/translator';
import { detectPage, pageDetails } from '../../../utils/detection/detect';
import type { Evidence } from '../../../utils/evidence';
import type { DetailedPageMatch } from '../../../utils/detection/platforms/types';
import type { Language } from '../../../utils/taxonomy';

const passage = (lang: string, supports: Evidence['supports'] = ['path']): Evidence => ({
  url: 'https://help.example/', quote: '…', lang, read: '2026-12-01', supports,
});

describe('the language of the help behind a path', () => {
  it('is none when a passage in the reader’s language confirms the path (any region)', () => {
    expect(pathHelpLanguage([passage('en'), passage('fr-FR')], 'fr')).toBeUndefined();
    expect(pathHelpLanguage([passage('en-GB')], 'en')).toBeUndefined();
  });

  it('is the other language, English first, when none is in the reader’s', () => {
    expect(pathHelpLanguage([passage('en-US')], 'de')).toBe('en');
    expect(pathHelpLanguage([passage('fr'), passage('en')], 'it')).toBe('en');
    expect(pathHelpLanguage([passage('fr')], 'nl')).toBe('fr');
  });

  it('is none when no passage confirms the path (it is shown as not confirmed instead)', () => {
    expect(pathHelpLanguage([], 'fr')).toBeUndefined();
    expect(pathHelpLanguage([passage('en', ['default', 'claim'])], 'fr')).toBeUndefined();
  });

  it('is named in the reader’s language', () => {
    expect(languageName('en', 'fr')).toBe('anglais');
    expect(languageName('en', 'de')).toBe('Englisch');
  });
});

describe('the panel’s items, with the real checklists and words', () => {
  // Facebook's privacy settings, and their items whose path only English help confirms.
  const match = detectPage('https://www.facebook.com/settings?tab=privacy')!;
  const detailed: DetailedPageMatch = { ...match, ...pageDetails(match.platform, match.pageId) };
  const checklist = checklists.find((c) => c.platform === 'facebook' && c.contexts.includes(match.context))!;
  const englishOnly = checklist.items.filter((item) => pathHelpLanguage(item.evidence, 'fr') === 'en' && item.shared === undefined);
  const guide = (language: Language) =>
    resolveGuide({
      match: detailed, checklist, audience: 'parent', language, t: createTranslator(catalogs, language),
      progress: undefined, helpline: undefined, collapsed: false, labels: {}, now: new Date('2026-12-04T10:00:00Z'),
    });

  it('finds items confirmed by English help only (else this test proves nothing)', () => {
    expect(englishOnly.length).toBeGreaterThan(0);
  });

  it('say nothing more in English, and in French name Facebook’s English help', () => {
    const ids = new Set(englishOnly.map((item) => item.id));
    const english = guide('en').items.filter((item) => ids.has(item.id));
    const french = guide('fr').items.filter((item) => ids.has(item.id) && item.path);
    expect(english.length).toBeGreaterThan(0);
    expect(english.every((item) => item.pathNote === undefined)).toBe(true);
    expect(french.length).toBeGreaterThan(0);
    for (const item of french) {
      expect(item.pathNote).toBe(createTranslator(catalogs, 'fr')('panel.item.pathTranslated', { platform: 'Facebook', language: 'anglais' }));
    }
  });
});
