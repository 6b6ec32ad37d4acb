import { describe, expect, it } from 'vitest';
import { createTranslator, type Catalogs } from '../../../utils/i18n/translator';
import type { Checklist } from '../../../utils/guide/checklists/types';
import type { DetailedPageMatch } from '../../../utils/detection/platforms/types';
import { AUDIENCES, type Audience, type Language } from '../../../utils/taxonomy';
import { guidanceFor, pickAudience, resolveGuide, type GuideInputs } from '../../../utils/guide/guide-view';
import { withTick } from '../../../utils/guide/progress-store';
import panelGuideEn from '../../../utils/i18n/locales/en/panel-guide.json';
import panelGuideFr from '../../../utils/i18n/locales/fr/panel-guide.json';

// A checklist made for these tests: one item per audience, one for two audiences, one app-only
// with an unconfirmed path, and one whose words are missing.
const checklist: Checklist = {
  platform: 'instagram',
  contexts: ['privacy'],
  version: '2026-05-01',
  items: [
    { id: 'private', audiences: ['parent', 'carer'], deepLink: 'https://www.instagram.com/accounts/privacy', pathConfirmed: true, source: { url: 'https://help.instagram.com/1', title: 'Help 1' }, verifiedOn: '2026-05-01', evidence: [] },
    { id: 'supervision', audiences: ['parent'], appOnly: true, pathConfirmed: false, source: { url: 'https://help.instagram.com/2', title: 'Help 2' }, verifiedOn: '2026-04-02', evidence: [] },
    { id: 'placement', audiences: ['carer'], deepLink: 'javascript:alert(1)', pathConfirmed: true, source: { url: 'http://insecure.example/', title: 'Seed 003' }, verifiedOn: '2026-04-03', evidence: [] },
    { id: 'untranslated', audiences: ['parent'], pathConfirmed: true, source: { url: 'https://help.instagram.com/3', title: 'Help 3' }, verifiedOn: '2026-04-04', evidence: [] },
  ],
};
const words: Catalogs = {
  en: {
    ...panelGuideEn,
    'pages.instagram.privacy': 'Account privacy',
    'checklist.instagram.private.do': 'Make the account private',
    'checklist.instagram.private.why': 'Only approved followers see posts.',
    'checklist.instagram.private.path': 'Settings › Account privacy',
    'checklist.instagram.supervision.do': 'Set up supervision',
    'checklist.instagram.supervision.path': 'Profile › Menu › Family Centre',
    'checklist.instagram.placement.do': 'Agree the account with the social worker',
  },
  fr: {
    ...panelGuideFr,
    'pages.instagram.privacy': 'Confidentialité du compte',
    'checklist.instagram.private.do': 'Passez le compte en privé',
  },
};
const match: DetailedPageMatch = { platform: 'instagram', context: 'privacy', pageId: 'privacy', nameKey: 'pages.instagram.privacy', reportUrl: 'https://help.instagram.com/report', helpUrl: 'https://help.instagram.com/privacy' };
const now = new Date('2026-06-01T12:00:00Z');

function inputs(overrides: Partial<GuideInputs> = {}): GuideInputs {
  const language = overrides.language ?? 'en';
  return {
    match, checklist, audience: 'parent', language,
    t: createTranslator(words, language),
    progress: undefined, helpline: undefined, collapsed: false, labels: { 'panel.open': 'x' }, now,
    ...overrides,
  };
}

describe('resolving the guide a panel shows', () => {
  it('gives each audience its own items, and counts every audience for the switch', () => {
    const ids = (audience: Audience) => resolveGuide(inputs({ audience })).items.map((item) => item.id);
    expect(ids('parent')).toEqual(['private', 'supervision']);
    expect(ids('carer')).toEqual(['private', 'placement']);
    expect(ids('organisation')).toEqual([]);
    expect(resolveGuide(inputs()).itemCounts).toEqual({ parent: 2, carer: 2, organisation: 0 });
  });

  it('resolves every word of an item, and says when the path is unconfirmed or in the app', () => {
    const [privateItem, supervision] = resolveGuide(inputs()).items;
    expect(privateItem).toEqual({
      id: 'private', do: 'Make the account private', why: 'Only approved followers see posts.', path: 'Settings › Account privacy',
      pathConfirmed: true, appOnly: false, deepLink: 'https://www.instagram.com/accounts/privacy',
      source: { url: 'https://help.instagram.com/1', title: 'Help 1' }, verifiedOn: '2026-05-01', tickedOn: undefined, current: false,
    });
    expect(supervision).toMatchObject({ why: undefined, path: 'Profile › Menu › Family Centre', pathConfirmed: false, appOnly: true, deepLink: undefined });
  });

  it('does not call a shared habit\'s path unconfirmed: it names no menu', () => {
    const habit = { id: 'private', audiences: ['parent' as const], pathConfirmed: false, shared: 'agreement.together', source: { url: 'https://www.iwf.org.uk/', title: 'IWF' }, verifiedOn: '2026-05-01', evidence: [] };
    const [shared] = resolveGuide(inputs({ checklist: { ...checklist, items: [habit] } })).items;
    expect(shared?.pathConfirmed).toBe(true);
    const [setting] = resolveGuide(inputs({ checklist: { ...checklist, items: [{ ...habit, shared: undefined }] } })).items;
    expect(setting?.pathConfirmed).toBe(false);
  });

  it('leaves out an item with no words, rather than showing its key', () => {
    expect(resolveGuide(inputs()).items.map((item) => item.do)).not.toContain('checklist.instagram.untranslated.do');
    expect(guidanceFor(checklist, 'parent', createTranslator(words, 'en')).itemIds).toEqual(['private', 'supervision']);
  });

  it('lets only https links through', () => {
    const placement = resolveGuide(inputs({ audience: 'carer' })).items.find((item) => item.id === 'placement');
    expect(placement?.deepLink).toBeUndefined();
    expect(placement?.source.url).toBe('');
    expect(resolveGuide(inputs({ match: { ...match, reportUrl: 'javascript:void 0' } })).help.reportUrl).toBeUndefined();
  });

  it('speaks the language asked, falling back to English word by word', () => {
    const view = resolveGuide(inputs({ language: 'fr' }));
    expect(view.language).toBe('fr');
    expect(view.pageName).toBe('Confidentialité du compte');
    expect(view.items.map((item) => item.do)).toEqual(['Passez le compte en privé', 'Set up supervision']);
  });

  it('names a page without a name from its platform and context, in each language', () => {
    const unnamed = { ...match, nameKey: 'pages.instagram.nowhere' };
    expect(resolveGuide(inputs({ match: unnamed })).pageName).toBe('Instagram: privacy settings');
    expect(resolveGuide(inputs({ match: unnamed, language: 'fr' })).pageName).toBe('Instagram\u00a0: réglages de confidentialité');
  });

  it('shows the page with no checklist at all, with its help links', () => {
    const view = resolveGuide(inputs({ checklist: undefined }));
    expect(view.items).toEqual([]);
    expect(view.review).toMatchObject({ state: 'new', total: 0 });
    expect(view.help).toEqual({ helpline: undefined, reportUrl: 'https://help.instagram.com/report', helpUrl: 'https://help.instagram.com/privacy' });
  });

  it('marks ticked items with their date, and passes the labels, helpline and collapsed state through', () => {
    const guidance = guidanceFor(checklist, 'parent', createTranslator(words, 'en'));
    const progress = withTick(undefined, 'instagram/privacy/parent', 'supervision', true, guidance, new Date('2026-05-20T09:00:00Z'));
    const helpline = { name: '3018', purpose: 'p', tel: 'tel:3018', source: { url: 'https://s', title: 's' }, verifiedOn: '2023-09-28', evidence: [] };
    const view = resolveGuide(inputs({ progress, helpline, collapsed: true }));
    expect(view.items.find((item) => item.id === 'supervision')).toMatchObject({ current: true, tickedOn: '2026-05-20T09:00:00.000Z' });
    expect(view.review).toMatchObject({ state: 'in-progress', done: 1, total: 2 });
    expect(view.help.helpline).toBe(helpline);
    expect(view.collapsed).toBe(true);
    expect(view.labels).toEqual({ 'panel.open': 'x' });
  });
});

describe('choosing the audience', () => {
  it('defaults to a parent on family pages and to the organisation on group and page settings', () => {
    const staffList: Checklist = { ...checklist, contexts: ['group'], items: AUDIENCES.map((a) => ({ ...checklist.items[0]!, id: a, audiences: [a] })) };
    expect(pickAudience('privacy', checklist, {})).toBe('parent');
    expect(pickAudience('group', staffList, {})).toBe('organisation');
    expect(pickAudience('page', staffList, {})).toBe('organisation');
  });

  it('honours the audience just picked, even without items, and the remembered one only if it has items', () => {
    expect(pickAudience('privacy', checklist, { picked: 'organisation' })).toBe('organisation');
    expect(pickAudience('privacy', checklist, { remembered: 'carer' })).toBe('carer');
    expect(pickAudience('privacy', checklist, { remembered: 'organisation' })).toBe('parent');
  });

  it('falls back to an audience that has items when the default has none', () => {
    const carersOnly: Checklist = { ...checklist, items: [{ ...checklist.items[0]!, audiences: ['carer'] }] };
    expect(pickAudience('privacy', carersOnly, {})).toBe('carer');
    expect(pickAudience('group', undefined, {})).toBe('organisation');
  });
});
