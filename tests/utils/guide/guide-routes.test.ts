import { afterEach, describe, expect, it } from 'vitest';
import { createRouter, type Reply, type Sender } from '../../../utils/messaging';
import { createGuideRoutes, type GuideDeps } from '../../../utils/guide/routes';
import { getSetting, resetConnection, setSetting } from '../../../utils/storage/db';
import { createTranslator, type Catalogs } from '../../../utils/i18n/translator';
import { rulePacks } from '../../../utils/detection/platforms';
import type { Checklist } from '../../../utils/guide/checklists/types';
import type { Language } from '../../../utils/taxonomy';
import type { GuideView } from '../../../utils/guide/messages';
import { framedPageFragment } from '../../../utils/guide/framed-page';
import labelsFr from '../../../utils/i18n/locales/fr/panel-labels.json';

// A real page of the real rule packs, so the routes are tested against what detection knows.
const facebook = rulePacks.find((pack) => pack.id === 'facebook')!;
const page = facebook.pages.find((rule) => rule.context === 'privacy')!;
const PAGE = { platform: 'facebook', pageId: page.id } as const;

const self = { id: 'vigie-id', baseUrl: 'chrome-extension://vigie-id/' };
const onFacebook: Sender = { id: 'vigie-id', url: page.testUrls[0], tab: { id: 7 } };
/** The panel frame opened for a page: an extension page, with the page named in its URL's fragment. */
const frameFor = (pageId: string, context = page.context): Sender => ({
  id: 'vigie-id',
  url: `chrome-extension://vigie-id/panel-frame.html#${framedPageFragment({ platform: 'facebook', context, pageId })}&origin=https%3A%2F%2Fwww.facebook.com`,
  tab: { id: 7 },
});
const inFrame = frameFor(page.id);
const otherPage = facebook.pages.find((rule) => rule.id !== page.id)!;
const passportPage: Sender = { id: 'vigie-id', url: 'chrome-extension://vigie-id/passport.html', tab: { id: 8 } };

const checklist: Checklist = {
  platform: 'facebook',
  contexts: [page.context],
  version: 'v1',
  items: [
    { id: 'audience', audiences: ['parent', 'carer'], pathConfirmed: true, source: { url: 'https://www.facebook.com/help/1', title: 'Help' }, verifiedOn: '2026-01-01', evidence: [] },
    { id: 'tagging', audiences: ['parent'], pathConfirmed: true, source: { url: 'https://www.facebook.com/help/2', title: 'Help' }, verifiedOn: '2026-01-01', evidence: [] },
  ],
};
const words: Catalogs = {
  en: { 'checklist.facebook.audience.do': 'Set the audience', 'checklist.facebook.tagging.do': 'Review tags', 'helplines.fr-3018.purpose': 'Help for children' },
  fr: { 'checklist.facebook.audience.do': 'Réglez le public' },
};

let clock = new Date('2026-02-01T08:00:00Z');
let language: Language = 'en';
let languageTags: string[] = ['en-US'];
const deps: GuideDeps = {
  now: () => clock,
  language: () => language,
  languageTags: () => languageTags,
  baseUrl: () => self.baseUrl,
  translate: (lang) => createTranslator(words, lang),
  checklistFor: (match) => (match.platform === 'facebook' && checklist.contexts.includes(match.context) ? checklist : undefined),
};
const route = createRouter(createGuideRoutes(deps), self);

async function ask(type: string, payload: unknown, sender: Sender = inFrame): Promise<Reply<unknown>> {
  return route({ type, payload }, sender);
}
async function view(type: string, payload: unknown, sender: Sender = inFrame): Promise<GuideView> {
  const reply = await ask(type, payload, sender);
  if (!reply.ok) throw new Error(reply.error);
  return reply.value as GuideView;
}

afterEach(async () => {
  await resetConnection();
  await new Promise((done) => {
    const request = indexedDB.deleteDatabase('vigie');
    request.onsuccess = request.onerror = done;
  });
  clock = new Date('2026-02-01T08:00:00Z');
  language = 'en';
  languageTags = ['en-US'];
});

const EVERY_ROUTE = [
  ['guide.get', PAGE],
  ['guide.setAudience', { ...PAGE, audience: 'carer' }],
  ['guide.tick', { ...PAGE, audience: 'parent', itemId: 'audience', ticked: true, childId: null }],
  ['guide.setCollapsed', { platform: 'facebook', collapsed: true }],
] as const;

describe('guide routes: who may ask', () => {
  it('answers the panel frame opened for the page, and our own pages', async () => {
    expect((await ask('guide.get', PAGE)).ok).toBe(true);
    expect((await ask('guide.get', PAGE, passportPage)).ok).toBe(true);
  });

  it('refuses every content script (it lives in the web page), another extension, a sender without a URL', async () => {
    const forbidden = { ok: false, error: 'forbidden-sender' };
    const elsewhere = [
      onFacebook,
      { ...onFacebook, url: 'https://www.instagram.com/accounts/privacy/' },
      { ...onFacebook, url: 'https://www.facebook.com.evil.example/settings?tab=privacy' },
      { ...onFacebook, url: 'https://evil.example/chrome-extension://vigie-id/' },
      { ...onFacebook, url: undefined },
      { ...inFrame, id: 'another-extension' },
      { ...passportPage, id: undefined },
    ];
    for (const sender of elsewhere) {
      for (const [type, payload] of EVERY_ROUTE) {
        expect(await ask(type, payload, sender), `${type} from ${JSON.stringify(sender)}`).toEqual(forbidden);
      }
    }
    // Nothing was stored by the refused requests.
    expect((await view('guide.get', PAGE)).items.every((item) => !item.tickedOn)).toBe(true);
  });

  it('lets a panel frame read and tick only the page it was opened for (issue 20, point 6)', async () => {
    const forbidden = { ok: false, error: 'forbidden-page' };
    const wrongFrames = [
      frameFor(otherPage.id, otherPage.context),
      { ...inFrame, url: 'chrome-extension://vigie-id/panel-frame.html' },
      { ...inFrame, url: inFrame.url!.replace('platform=facebook', 'platform=instagram') },
    ];
    for (const sender of wrongFrames) {
      for (const [type, payload] of EVERY_ROUTE.slice(0, 3)) {
        expect(await ask(type, payload, sender), `${type} from ${sender.url}`).toEqual(forbidden);
      }
    }
    // The frame of another page of the same platform may still fold the panel on that platform.
    expect((await ask('guide.setCollapsed', { platform: 'facebook', collapsed: false }, frameFor(otherPage.id, otherPage.context))).ok).toBe(true);
    expect((await view('guide.get', PAGE)).items.every((item) => !item.tickedOn)).toBe(true);
  });
});

describe('guide routes: what may be asked', () => {
  it('refuses payloads of the wrong shape', async () => {
    const bad: Array<[string, unknown]> = [
      ['guide.get', null],
      ['guide.get', []],
      ['guide.get', 'facebook/privacy'],
      ['guide.get', { platform: 'facebook' }],
      ['guide.get', { ...PAGE, extra: 1 }],
      ['guide.get', { platform: 'myspace', pageId: page.id }],
      ['guide.get', { platform: 'facebook', pageId: 'no-such-page' }],
      ['guide.get', { platform: 'facebook', pageId: 42 }],
      ['guide.get', JSON.parse(`{"platform":"facebook","pageId":"${page.id}","__proto__":{"admin":true}}`)],
      ['guide.setAudience', { ...PAGE, audience: 'teacher' }],
      ['guide.tick', { ...PAGE, audience: 'parent', itemId: 'audience', ticked: 'yes', childId: null }],
      ['guide.tick', { ...PAGE, audience: 'parent', itemId: '', ticked: true, childId: null }],
      ['guide.tick', { ...PAGE, audience: 'parent', itemId: 'x'.repeat(101), ticked: true, childId: null }],
      ['guide.tick', { ...PAGE, audience: 'parent', ticked: true, childId: null }],
      ['guide.setCollapsed', { platform: 'facebook', collapsed: 1 }],
      ['guide.setCollapsed', { platform: 'facebook', collapsed: true, pageId: page.id }],
    ];
    for (const [type, payload] of bad) expect(await ask(type, payload), `${type} ${JSON.stringify(payload)}`).toEqual({ ok: false, error: 'bad-payload' });
  });

  it('refuses a tick on an item that is not on this page for this audience', async () => {
    expect(await ask('guide.tick', { ...PAGE, audience: 'parent', itemId: 'not-an-item', ticked: true, childId: null })).toEqual({ ok: false, error: 'unknown-item' });
    expect(await ask('guide.tick', { ...PAGE, audience: 'carer', itemId: 'tagging', ticked: true, childId: null })).toEqual({ ok: false, error: 'unknown-item' });
  });
});

describe('guide routes: what they answer and keep', () => {
  it('answers the guide for the default audience, in the UI language, with the platform report page', async () => {
    const guide = await view('guide.get', PAGE);
    expect(guide).toMatchObject({ platform: 'facebook', pageId: page.id, context: page.context, audience: 'parent', language: 'en', collapsed: false });
    expect(guide.items.map((item) => item.do)).toEqual(['Set the audience', 'Review tags']);
    expect(guide.help.reportUrl).toBe(facebook.reportUrl);
    language = 'fr';
    const french = await view('guide.get', PAGE);
    expect(french.items.map((item) => item.do)).toEqual(['Réglez le public', 'Review tags']);
    expect(french.labels['panel.audience.legend']).toBe(labelsFr['panel.audience.legend']);
  });

  it('keeps ticks with their date, and records the review when the list is complete', async () => {
    const ticked = await view('guide.tick', { ...PAGE, audience: 'parent', itemId: 'audience', ticked: true, childId: null });
    expect(ticked.items[0]).toMatchObject({ id: 'audience', current: true, tickedOn: clock.toISOString() });
    expect(ticked.review).toMatchObject({ state: 'in-progress', done: 1, total: 2 });
    clock = new Date('2026-02-02T08:00:00Z');
    const complete = await view('guide.tick', { ...PAGE, audience: 'parent', itemId: 'tagging', ticked: true, childId: null });
    expect(complete.review).toEqual({ state: 'reviewed', reviewedAt: clock.toISOString(), done: 2, total: 2 });
    // Another audience has its own progress.
    expect((await view('guide.setAudience', { ...PAGE, audience: 'carer' })).review).toMatchObject({ state: 'new', done: 0 });
    await view('guide.setAudience', { ...PAGE, audience: 'parent' });
    // 91 days later, the page asks for a re-check.
    clock = new Date('2026-05-05T08:00:00Z');
    expect((await view('guide.get', PAGE)).review).toMatchObject({ state: 'recheck', reason: 'age', done: 0 });
  });

  it('asks for a re-check when the checklist version changes', async () => {
    await view('guide.tick', { ...PAGE, audience: 'parent', itemId: 'audience', ticked: true, childId: null });
    await view('guide.tick', { ...PAGE, audience: 'parent', itemId: 'tagging', ticked: true, childId: null });
    checklist.version = 'v2';
    try {
      expect((await view('guide.get', PAGE)).review).toMatchObject({ state: 'recheck', reason: 'version' });
    } finally {
      checklist.version = 'v1';
    }
  });

  it('remembers the audience picked (for this platform only) and the collapsed state', async () => {
    expect((await view('guide.setAudience', { ...PAGE, audience: 'carer' })).audience).toBe('carer');
    expect((await view('guide.get', PAGE)).audience).toBe('carer');
    // Kept under the platform: a page of another platform cannot change what this one shows.
    expect(await getSetting(`panel.audience.facebook.family-pages`)).toBe('carer');
    expect(await getSetting(`panel.audience.family-pages`)).toBeUndefined();
    expect(await getSetting(`panel.audience.instagram.family-pages`)).toBeUndefined();
    expect(await ask('guide.setCollapsed', { platform: 'facebook', collapsed: true })).toEqual({ ok: true, value: { collapsed: true } });
    expect((await view('guide.get', PAGE)).collapsed).toBe(true);
  });

  it("offers the country's main helpline: from the setting, else from the browser's region", async () => {
    languageTags = ['en'];
    expect((await view('guide.get', PAGE)).help.helpline, 'no region, no country: no helpline guessed').toBeUndefined();
    languageTags = ['fr-FR', 'fr'];
    const helpline = (await view('guide.get', PAGE)).help.helpline;
    expect(helpline).toMatchObject({ name: '3018 (e-Enfance)', chatUrl: 'https://3018.fr', purpose: 'Help for children' });
    // No number in the panel: the toolbar's popup, which no page can draw over, has it.
    expect(JSON.stringify(helpline)).not.toContain('tel:');
    languageTags = ['en-GB'];
    await setSetting('country', 'fr');
    expect((await view('guide.get', PAGE)).help.helpline?.name).toBe('3018 (e-Enfance)');
  });
});
