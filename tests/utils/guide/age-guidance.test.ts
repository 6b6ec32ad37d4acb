// Age-aware guidance (issue 16.3): the bands arithmetic, the panel's view for a child's age band
// (the real checklists and catalogues), and the lint of the age data — every age-dependent item
// and every band's words rest on an official passage, and name real bands.
import { describe, expect, it } from 'vitest';
import { bandsBetween, bandsReachingBelow, bandsYoungerThan, fitsAgeBand, variantFor, youngestAge } from '../../../utils/guide/age-bands';
import { checklists } from '../../../utils/guide/checklists';
import { OFFICIAL_DOMAINS } from '../../../utils/guide/checklists/official-domains';
import { UNDER_MINIMUM_AGE } from '../../../utils/guide/checklists/shared/minimum-age';
import type { Checklist, ChecklistItem } from '../../../utils/guide/checklists/types';
import { resolveGuide, type GuideInputs } from '../../../utils/guide/guide-view';
import { officialEvidenceFor } from '../../../utils/evidence';
import type { DetailedPageMatch } from '../../../utils/detection/platforms/types';
import { createTranslator } from '../../../utils/i18n/translator';
import { AGE_BANDS, isAgeBand, type AgeBand, type Context, type PlatformId } from '../../../utils/taxonomy';
import { sourceCatalogs } from '../../support/catalogues';
import { DIGITAL_CONSENT_AGES, digitalConsentFor } from '../../../utils/guide/digital-consent';
import { evidenceProblems } from '../../../tools/facts/evidence-lint';

const listFor = (platform: PlatformId, context: Context): Checklist => {
  const found = checklists.find((c) => c.platform === platform && c.contexts.includes(context) && !c.pageIds);
  if (!found) throw new Error(`no ${platform} ${context} checklist`);
  return found;
};

function view(platform: PlatformId, context: Context, ageBand?: AgeBand, language: 'en' | 'fr' = 'en') {
  const match: DetailedPageMatch = { platform, context, pageId: context, nameKey: `pages.${platform}.${context}` };
  const input: GuideInputs = {
    match, checklist: listFor(platform, context), audience: 'parent', language,
    t: createTranslator(sourceCatalogs, language),
    progress: undefined, helpline: undefined, collapsed: false, labels: {}, now: new Date('2026-12-04T12:00:00Z'),
    ...(ageBand ? { ageBand } : {}),
  };
  return resolveGuide(input);
}
const ids = (v: ReturnType<typeof view>) => v.items.map((i) => i.id);

describe('age bands', () => {
  it('knows which bands lie wholly or partly under an age', () => {
    expect(bandsYoungerThan(13)).toEqual(['under-8', '8-10', '11-12']);
    expect(bandsYoungerThan(16)).toEqual(['under-8', '8-10', '11-12', '13-15']);
    expect(bandsReachingBelow(15)).toEqual(['under-8', '8-10', '11-12', '13-15']);
    expect(bandsReachingBelow(13)).toEqual(['under-8', '8-10', '11-12']);
    expect(bandsBetween('13-15', '16-17')).toEqual(['13-15', '16-17']);
    expect(youngestAge('13-15')).toBe(13);
  });

  it('shows an age-only item for its bands alone, and never without a band', () => {
    const opener: ChecklistItem = { id: 'x', audiences: ['parent'], pathConfirmed: false, evidence: [], source: { url: 'https://a.example/', title: 'a' }, verifiedOn: '2026-12-04', ages: ['11-12'], onlyWithAge: true };
    const narrowed: ChecklistItem = { ...opener, onlyWithAge: undefined };
    expect(fitsAgeBand(opener, undefined)).toBe(false);
    expect(fitsAgeBand(opener, '11-12')).toBe(true);
    expect(fitsAgeBand(opener, '13-15')).toBe(false);
    expect(fitsAgeBand(narrowed, undefined)).toBe(true);
    expect(fitsAgeBand(narrowed, '16-17')).toBe(false);
    const varied: ChecklistItem = { ...narrowed, ages: undefined, variants: [{ ages: ['13-15'], words: 'still-on', evidence: [] }] };
    expect(variantFor(varied, '13-15')?.words).toBe('still-on');
    expect(variantFor(varied, '16-17')).toBeUndefined();
    expect(variantFor(varied, undefined)).toBeUndefined();
  });
});

describe('the guide for a child’s age band', () => {
  it('without a band, shows exactly the items it showed before ages existed, and names no band', () => {
    for (const checklist of checklists) {
      const match: DetailedPageMatch = { platform: checklist.platform, context: checklist.contexts[0]!, pageId: 'p', nameKey: 'x' };
      const t = createTranslator(sourceCatalogs, 'en');
      const v = resolveGuide({ match, checklist, audience: 'parent', language: 'en', t, progress: undefined, helpline: undefined, collapsed: false, labels: {}, now: new Date() });
      const before = checklist.items.filter((i) => i.audiences.includes('parent') && !i.onlyWithAge).map((i) => i.id);
      expect(v.items.map((i) => i.id)).toEqual(before);
      expect(v.ageBand).toBeUndefined();
    }
  });

  it('opens with "this account should not exist yet" under the platform’s minimum age, and says the band it guides for', () => {
    const young = view('instagram', 'privacy', '11-12');
    expect(young.ageBand).toBe('11-12');
    expect(ids(young)[0]).toBe(UNDER_MINIMUM_AGE);
    expect(young.items[0]!.do).toMatch(/should not exist yet/);
    expect(young.items[0]!.pathConfirmed).toBe(true);
    expect(ids(view('instagram', 'privacy', '13-15'))).not.toContain(UNDER_MINIMUM_AGE);
    expect(view('youtube', 'account', 'under-8', 'fr').items[0]!.do).toMatch(/YouTube Kids/);
  });

  it('says "check it is still on" for a 13–15-year-old where the platform already switches it on', () => {
    const wordsFor = (band?: AgeBand) => view('instagram', 'privacy', band).items.find((i) => i.id === 'private-account')!.do;
    expect(wordsFor('13-15')).toBe('Check the account is still private');
    expect(wordsFor('16-17')).toBe('Make sure the account is private');
    expect(wordsFor(undefined)).toBe('Make sure the account is private');
    expect(view('tiktok', 'messaging', '13-15', 'fr').items.find((i) => i.id === 'comments-who')!.do).toMatch(/toujours/);
  });

  it('keeps only the advice that fits the age: TikTok’s direct messages open at 16', () => {
    expect(ids(view('tiktok', 'messaging', '13-15'))).toEqual(['messages-under-16', 'comments-who']);
    expect(ids(view('tiktok', 'messaging', '16-17'))).toEqual(['messages-who', 'comments-who']);
    expect(ids(view('tiktok', 'messaging'))).toEqual(['messages-under-16', 'messages-who', 'comments-who']);
  });
});

describe('the age data in the checklists', () => {
  const items = checklists.flatMap((c) => c.items.map((item) => ({ platform: c.platform, item })));
  const aged = items.filter(({ item }) => item.ages !== undefined || item.variants !== undefined);

  it('has age-dependent items on the platforms children use', () => {
    const openers = new Set(items.filter(({ item }) => item.id === UNDER_MINIMUM_AGE).map(({ platform }) => platform));
    expect([...openers].sort()).toEqual(['discord', 'facebook', 'instagram', 'snapchat', 'tiktok', 'youtube']);
    expect(aged.length).toBeGreaterThan(10);
  });

  it.each(aged.map(({ platform, item }) => [`${platform}/${item.id}`, platform, item] as const))('%s: names real bands, and rests on an official passage', (_, platform, item) => {
    const domains = OFFICIAL_DOMAINS[platform];
    for (const bands of [...(item.ages ? [item.ages] : []), ...(item.variants ?? []).map((v) => v.ages)]) {
      expect(bands.length).toBeGreaterThan(0);
      expect(bands.every(isAgeBand)).toBe(true);
      expect(new Set(bands).size).toBe(bands.length);
    }
    const official = (kinds: readonly ('claim' | 'default')[], evidence = item.evidence) => kinds.some((k) => officialEvidenceFor(evidence, k, domains).length > 0);
    expect(official(['claim', 'default']), 'an age rule needs an official passage (claim or default)').toBe(true);
    for (const variant of item.variants ?? []) {
      expect(official(['default'], variant.evidence), `${variant.words}: "still on" needs the platform’s passage on its default`).toBe(true);
      expect(variant.words).toMatch(/^[a-z]+(-[a-z]+)*$/);
    }
    if (item.onlyWithAge) expect(item.ages, 'an age-only item says its bands').toBeDefined();
  });

  it('quotes the minimum age the opener is shown under, and puts it first in every family list of its platform (report flows aside)', () => {
    for (const { platform, item } of items.filter(({ item }) => item.id === UNDER_MINIMUM_AGE)) {
      const minimum = youngestAge(AGE_BANDS.find((band) => !item.ages!.includes(band))!);
      expect(item.evidence.some((e) => e.quote.includes(String(minimum))), `${platform}: no passage gives ${minimum}`).toBe(true);
      // A report flow (shared by several platforms) is about what to keep, whatever the child's age.
      const family = checklists.filter((c) => c.platform === platform && !c.contexts.includes('report') && c.items.some((i) => i.audiences.includes('parent')));
      for (const list of family) {
        expect(list.items[0], `${platform} ${list.contexts.join('+')}`).toBe(item);
      }
    }
  });
});

describe('the age of digital consent', () => {
  it('applies to the bands that may be under it, in the countries an official page confirms', () => {
    expect(digitalConsentFor('FR', '13-15')).toEqual({ country: 'fr', age: 15 });
    expect(digitalConsentFor('fr', '16-17')).toBeUndefined();
    expect(digitalConsentFor('ie', '13-15')).toEqual({ country: 'ie', age: 16 });
    expect(digitalConsentFor('be', '11-12')).toEqual({ country: 'be', age: 13 });
    expect(digitalConsentFor('be', '13-15')).toBeUndefined();
    expect(digitalConsentFor('es', '13-15')).toEqual({ country: 'es', age: 14 });
    expect(digitalConsentFor('es', '16-17')).toBeUndefined();
    expect(digitalConsentFor('lu', '13-15')).toEqual({ country: 'lu', age: 16 });
    expect(digitalConsentFor('lu', '16-17')).toBeUndefined();
    expect(digitalConsentFor('nl', '13-15')).toEqual({ country: 'nl', age: 16 });
    expect(digitalConsentFor('nl', '16-17')).toBeUndefined();
    expect(digitalConsentFor('gb', '11-12')).toEqual({ country: 'gb', age: 13 });
    expect(digitalConsentFor('gb', '13-15')).toBeUndefined();
    // left out, no official page read gives the age (not guessed)
    expect(digitalConsentFor('de', '13-15')).toBeUndefined();
    expect(digitalConsentFor('it', '11-12')).toBeUndefined();
    expect(digitalConsentFor('at', '11-12')).toBeUndefined();
    expect(digitalConsentFor('fr', undefined)).toBeUndefined();
    expect(digitalConsentFor(undefined, '8-10')).toBeUndefined();
  });

  it.each(DIGITAL_CONSENT_AGES.map((e) => [e.country, e] as const))('%s: quotes its law or authority, official, short, dated, giving the age', (_, entry) => {
    const today = new Date().toISOString().slice(0, 10);
    expect(entry.evidence.length).toBeGreaterThan(0);
    for (const e of entry.evidence) expect(evidenceProblems(e, { domains: entry.officialDomains, kinds: ['claim'], today })).toEqual([]);
    expect(entry.evidence.some((e) => e.quote.includes(`${entry.age} `))).toBe(true);
    expect(entry.age).toBeGreaterThanOrEqual(13);
    expect(entry.age).toBeLessThanOrEqual(16);
  });

  it('reaches the panel through the guide, with the child’s band', () => {
    const v = (band?: AgeBand) => resolveGuide({
      match: { platform: 'instagram', context: 'privacy', pageId: 'privacy', nameKey: 'x' }, checklist: listFor('instagram', 'privacy'),
      audience: 'parent', language: 'en', t: createTranslator(sourceCatalogs, 'en'), progress: undefined, helpline: undefined,
      collapsed: false, labels: {}, now: new Date(), country: 'FR', ...(band ? { ageBand: band } : {}),
    });
    expect(v('13-15').digitalConsent).toEqual({ country: 'fr', age: 15 });
    expect(v().digitalConsent).toBeUndefined();
  });
});
