// Every route the background installs (entrypoints/background/routes.ts, the real table, behind the real
// router) against forged senders and malformed payloads. A content script lives in someone
// else's page, and a compromised page renderer can send what its content script could, so its
// messages are treated as input from outside: the sender is checked (our extension, our own page;
// since the panel draws in its own frame, every guide route is for our pages
// only), then the shape (exact keys, types, sizes, no inherited or polluting keys). Nothing a
// refused message carries may be stored.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { browser } from 'wxt/browser';
import { createRouter, type Reply, type Sender } from '../../../utils/messaging';
import { routes } from '../../../entrypoints/background/routes';
import { db, resetConnection } from '../../../utils/storage/db';
import { rulePacks } from '../../../utils/detection/platforms';
import { checklistFor } from '../../../utils/guide/checklists';
import { itemsFor } from '../../../utils/guide/guide-view';
import type { PlatformId } from '../../../utils/taxonomy';

/** A page of `platform` whose checklist has items for a parent, with one of them. */
function pageWithItems(platform: PlatformId): { pageId: string; context: string; itemId: string; url: string } {
  const pack = rulePacks.find((candidate) => candidate.id === platform)!;
  for (const rule of pack.pages) {
    const items = itemsFor(checklistFor({ platform, context: rule.context, pageId: rule.id }), 'parent');
    if (items[0] && rule.testUrls[0]) return { pageId: rule.id, context: rule.context, itemId: items[0].id, url: rule.testUrls[0] };
  }
  throw new Error(`no ${platform} page with items for a parent`);
}

const FACEBOOK = pageWithItems('facebook');
const INSTAGRAM = pageWithItems('instagram');
const AT = { facebook: FACEBOOK, instagram: INSTAGRAM } as const;

/**
 * A well-formed request for each route, about a given platform. Adding a route to routes.ts
 * without a line here fails the first test below: say what a valid request is, and the forged
 * senders and malformed payloads are tried on it.
 */
const VALID: Record<string, (platform: keyof typeof AT) => Record<string, unknown>> = {
  'guide.get': (p) => ({ platform: p, pageId: AT[p].pageId }),
  'guide.setAudience': (p) => ({ platform: p, pageId: AT[p].pageId, audience: 'carer' }),
  'guide.tick': (p) => ({ platform: p, pageId: AT[p].pageId, audience: 'parent', itemId: AT[p].itemId, ticked: true, childId: null }),
  'guide.setCollapsed': (p) => ({ platform: p, collapsed: true }),
  'dock.closed': () => ({ docked: false }),
  'guide.openTakeAlong': (p) => ({ platform: p, context: AT[p].context, pageId: AT[p].pageId }),
  'guide.setForWhom': (p) => ({ platform: p, pageId: AT[p].pageId, forWhom: 'none' }),
};
const TYPES = Object.keys(routes);

let self: { id: string; baseUrl: string };
let route: ReturnType<typeof createRouter>;
let extensionPage: Sender;
let facebookContentScript: Sender;

beforeEach(() => {
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-GB');
  self = { id: browser.runtime.id, baseUrl: browser.runtime.getURL('/') };
  route = createRouter(routes, self);
  extensionPage = { id: self.id, url: `${self.baseUrl}passport.html` };
  facebookContentScript = { id: self.id, url: FACEBOOK.url, tab: { id: 7 } };
});

afterEach(async () => {
  await resetConnection();
  await new Promise((done) => {
    const request = indexedDB.deleteDatabase('vigie');
    request.onsuccess = request.onerror = done;
  });
});

const ask = (type: string, payload: unknown, sender: Sender): Promise<Reply<unknown>> => route({ type, payload }, sender);
const FORBIDDEN = { ok: false, error: 'forbidden-sender' };
const BAD = { ok: false, error: 'bad-payload' };

/** What the refused messages could have left behind: every store the guide routes write to. */
async function stored(): Promise<{ settings: unknown[]; progress: unknown[] }> {
  const connection = await db();
  return { settings: await connection.getAll('settings'), progress: await connection.getAll('progress') };
}

describe('the routes under test', () => {
  it('are every route the background installs, each with a valid request', () => {
    expect(TYPES.length).toBeGreaterThan(0);
    expect(TYPES.filter((type) => !(type in VALID)), 'add a valid request for the new route to VALID in this file').toEqual([]);
  });

  it('answer a valid request from the senders allowed to make it (so a refusal below means something)', async () => {
    for (const type of TYPES) {
      const route = routes[type as keyof typeof routes]!;
      expect((await ask(type, VALID[type]!('facebook'), extensionPage)).ok, `${type} from our page`).toBe(true);
      const fromContentScript = await ask(type, VALID[type]!('facebook'), facebookContentScript);
      expect(fromContentScript, `${type} from a content script on Facebook`).toEqual(route.origin === 'any-context' ? expect.objectContaining({ ok: true }) : FORBIDDEN);
      if (route.origin === 'any-context') expect((await ask(type, VALID[type]!('instagram'), { ...facebookContentScript, url: INSTAGRAM.url })).ok, `${type} on Instagram`).toBe(true);
    }
  });
});

describe('forged senders', () => {
  const forged = (): Array<[string, Sender]> => [
    ['another extension, from its own page', { id: 'another-extension', url: `chrome-extension://another-extension/page.html` }],
    ['another extension, claiming our page', { id: 'another-extension', url: extensionPage.url }],
    ['another extension, in a tab on Facebook', { ...facebookContentScript, id: 'another-extension' }],
    ['no id', { url: extensionPage.url }],
    ['a web page without a tab', { id: self.id, url: FACEBOOK.url }],
    ['no URL, no tab', { id: self.id }],
    ['a tab but no URL', { id: self.id, tab: { id: 3 } }],
    ['a web page whose address contains ours', { id: self.id, url: `https://evil.example/${self.baseUrl}`, tab: { id: 3 } }],
    ['a look-alike host', { id: self.id, url: 'https://www.facebook.com.evil.example/settings?tab=privacy', tab: { id: 3 } }],
    ['a page of another extension with our id', { id: self.id, url: 'chrome-extension://another-extension/passport.html', tab: { id: 3 } }],
    ['a content script on another platform', { ...facebookContentScript, url: INSTAGRAM.url }],
    ['a content script on a site Vigie does not know', { ...facebookContentScript, url: 'https://www.example.org/settings' }],
    ['a content script on a data: URL', { ...facebookContentScript, url: 'data:text/html,<p>facebook.com</p>' }],
  ];

  it('are refused on every route, and nothing is stored', async () => {
    for (const type of TYPES) {
      for (const [who, sender] of forged()) {
        expect(await ask(type, VALID[type]!('facebook'), sender), `${type} from ${who}`).toEqual(FORBIDDEN);
      }
    }
    expect(await stored()).toEqual({ settings: [], progress: [] });
  });

  it('extension-page routes refuse every content script, even on the right platform', async () => {
    for (const type of TYPES) {
      const route = routes[type as keyof typeof routes]!;
      const expected = route.origin === 'extension-page' ? FORBIDDEN : expect.objectContaining({ ok: true });
      expect(await ask(type, VALID[type]!('facebook'), facebookContentScript), `${type} (${route.origin})`).toEqual(expected);
    }
  });
});

describe('malformed messages and payloads', () => {
  const HUGE = 'x'.repeat(1_000_000);

  /** Wrong shapes built from a valid request: each key removed, each value replaced, keys added. */
  function malformed(valid: Record<string, unknown>): Array<[string, unknown]> {
    const cases: Array<[string, unknown]> = [
      ['null', null],
      ['undefined', undefined],
      ['an array', [valid]],
      ['a string', JSON.stringify(valid)],
      ['a number', 42],
      ['an empty object', {}],
      ['a Date', new Date()],
      ['a Map', new Map(Object.entries(valid))],
      ['a null-prototype object', Object.assign(Object.create(null) as object, valid)],
      ['an extra key', { ...valid, extra: 1 }],
      ['a polluting __proto__ key', JSON.parse(`{${Object.entries(valid).map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`).join(',')},"__proto__":{"polluted":true}}`)],
      ['a constructor key', { ...valid, constructor: { prototype: { polluted: true } } }],
      ['inherited keys only', Object.create(valid)],
    ];
    for (const key of Object.keys(valid)) {
      const { [key]: _removed, ...rest } = valid;
      cases.push([`no ${key}`, rest]);
      for (const [what, value] of [['null', null], ['a number', 7], ['an object', { value: valid[key] }], ['an array', [valid[key]]], ['a huge string', HUGE], ['an empty string', ''], ['"__proto__"', '__proto__'], ['"toString"', 'toString']] as const) {
        if (value === valid[key]) continue;
        cases.push([`${key} = ${what}`, { ...valid, [key]: value }]);
      }
    }
    return cases;
  }

  it('every route refuses each malformed payload, from our own page too, and nothing is stored', async () => {
    let tried = 0;
    for (const type of TYPES) {
      for (const [what, payload] of malformed(VALID[type]!('facebook'))) {
        // A well-formed item id that is not on the page's list is refused by the tick handler,
        // which has the checklist (guide.ts), before anything is written.
        const itemId = (payload as { itemId?: unknown } | null)?.itemId;
        const expected = what.startsWith('itemId = "') && typeof itemId === 'string' ? { ok: false, error: 'unknown-item' } : BAD;
        expect(await ask(type, payload, extensionPage), `${type}: ${what}`).toEqual(expected);
        tried++;
      }
    }
    expect(tried).toBeGreaterThan(TYPES.length * 30);
    expect(await stored()).toEqual({ settings: [], progress: [] });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses envelopes that are not messages, and types that are not routes (inherited names included)', async () => {
    for (const message of [null, undefined, 'guide.get', 42, true]) {
      expect(await route(message, extensionPage), String(message)).toEqual({ ok: false, error: 'bad-message' });
    }
    for (const message of [[], {}, { payload: {} }, { type: 42, payload: {} }, { type: ['guide.get'], payload: {} }]) {
      expect(await route(message, extensionPage), JSON.stringify(message)).toEqual({ ok: false, error: 'unknown-type' });
    }
    for (const type of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'page.current', 'guide', 'GUIDE.GET', `${TYPES[0]} `, HUGE]) {
      expect(await ask(type, {}, extensionPage), type.slice(0, 40)).toEqual({ ok: false, error: 'unknown-type' });
    }
  });
});
