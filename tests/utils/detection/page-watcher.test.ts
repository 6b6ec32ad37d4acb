// The page watcher in happy-dom: decides at load and on navigation (the Navigation API's
// currententrychange where it exists, popstate/hashchange otherwise), observes the document only
// where a rule needs it, through that rule's element, once per frame, and stops when not needed.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { watchSettingsPage } from '../../../utils/detection/page-watcher';
import type { PageMatch } from '../../../utils/detection/platforms/types';

interface Observed {
  target: Node;
  options: MutationObserverInit | undefined;
}

const RealObserver = globalThis.MutationObserver;
let observers: Array<{ observed: Observed[]; connected: boolean }> = [];

class CountingObserver extends RealObserver {
  record = { observed: [] as Observed[], connected: false };
  constructor(callback: MutationCallback) {
    super(callback);
    observers.push(this.record);
  }
  override observe(target: Node, options?: MutationObserverInit): void {
    this.record.observed.push({ target, options });
    this.record.connected = true;
    super.observe(target, options);
  }
  override disconnect(): void {
    this.record.connected = false;
    super.disconnect();
  }
}

function goTo(url: string): void {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);
}

function page(body: string): void {
  document.body.replaceChildren();
  const parsed = new DOMParser().parseFromString(`<body>${body}</body>`, 'text/html');
  document.body.append(...Array.from(parsed.body.childNodes).map((node) => document.importNode(node, true)));
}

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

function start() {
  const ctx = new ContentScriptContext('page-watcher-test');
  const matches: PageMatch[] = [];
  const leaves: number[] = [];
  watchSettingsPage(ctx, { onMatch: (m) => matches.push(m), onLeave: () => leaves.push(leaves.length) });
  return { ctx, matches, leaves };
}

function liveObservers() {
  return observers.filter((o) => o.connected);
}

beforeEach(() => {
  observers = [];
  globalThis.MutationObserver = CountingObserver;
  document.body.replaceChildren();
});

afterEach(() => {
  globalThis.MutationObserver = RealObserver;
  delete (globalThis as { navigation?: unknown }).navigation;
});

describe('with the Navigation API', () => {
  let navigation: EventTarget;
  beforeEach(() => {
    navigation = new EventTarget();
    (globalThis as { navigation?: unknown }).navigation = navigation;
  });

  it('decides at load, then on every committed navigation, without observing the document', () => {
    goTo('https://x.com/home');
    const { ctx, matches, leaves } = start();
    expect(matches).toEqual([]);

    goTo('https://x.com/settings/privacy_and_safety');
    navigation.dispatchEvent(new Event('currententrychange'));
    expect(matches.map((m) => `${m.platform}/${m.pageId}`)).toEqual(['x/privacy-and-safety']);

    goTo('https://x.com/settings/mute_and_block');
    navigation.dispatchEvent(new Event('currententrychange'));
    goTo('https://x.com/settings/mute_and_block?from=menu');
    navigation.dispatchEvent(new Event('currententrychange'));
    expect(matches.map((m) => m.pageId)).toEqual(['privacy-and-safety', 'mute-and-block']);

    goTo('https://x.com/home');
    navigation.dispatchEvent(new Event('currententrychange'));
    expect(leaves).toHaveLength(1);
    expect(observers).toEqual([]);
    ctx.abort();
  });

  it('stops listening when the content script context is invalidated', () => {
    goTo('https://x.com/home');
    const { ctx, matches } = start();
    ctx.abort();
    goTo('https://x.com/settings');
    navigation.dispatchEvent(new Event('currententrychange'));
    expect(matches).toEqual([]);
  });
});

describe('without the Navigation API', () => {
  it('follows hash routes and back/forward at once', () => {
    goTo('https://www.roblox.com/home');
    const { ctx, matches, leaves } = start();
    goTo('https://www.roblox.com/my/account#!/privacy');
    window.dispatchEvent(new Event('hashchange'));
    goTo('https://www.roblox.com/my/account#!/parental-controls');
    window.dispatchEvent(new Event('hashchange'));
    expect(matches.map((m) => m.context)).toEqual(['privacy', 'supervision']);
    goTo('https://www.roblox.com/home');
    window.dispatchEvent(new Event('popstate'));
    expect(leaves).toHaveLength(1);
    ctx.abort();
  });
});

describe('on a platform whose pack needs the document', () => {
  beforeEach(() => {
    (globalThis as { navigation?: unknown }).navigation = new EventTarget();
  });

  it('observes only the rule’s element, sees the settings layer open and close, one check per frame', async () => {
    goTo('https://discord.com/channels/@me');
    page('<div id="app-mount"><main><ol data-list-id="chat-messages"></ol></main></div>');
    const { ctx, matches, leaves } = start();
    const appMount = document.getElementById('app-mount')!;
    expect(liveObservers()).toHaveLength(1);
    expect(liveObservers()[0]!.observed.map((o) => o.target)).toEqual([appMount]);

    const frames = vi.spyOn(ctx, 'requestAnimationFrame');
    const layer = document.createElement('nav');
    layer.setAttribute('aria-label', 'User Settings');
    appMount.append(layer);
    for (let i = 0; i < 20; i++) appMount.querySelector('ol')!.append(document.createElement('li'));
    await nextFrame();
    expect(frames).toHaveBeenCalledTimes(1);
    expect(matches.map((m) => `${m.platform}/${m.pageId}`)).toEqual(['discord/account-layer']);

    layer.remove();
    await nextFrame();
    expect(leaves).toHaveLength(1);
    ctx.abort();
    expect(liveObservers()).toEqual([]);
  });

  it('stops observing when the URL no longer needs the document', () => {
    const navigation = (globalThis as unknown as { navigation: EventTarget }).navigation;
    goTo('https://discord.com/channels/@me');
    page('<div id="app-mount"></div>');
    const { ctx } = start();
    expect(liveObservers()).toHaveLength(1);
    goTo('https://discord.com/safety-parents');
    navigation.dispatchEvent(new Event('currententrychange'));
    expect(liveObservers()).toEqual([]);
    ctx.abort();
  });

  it('waits for a missing element by watching the body’s direct children only', async () => {
    goTo('https://web.whatsapp.com/');
    page('<p>Loading…</p>');
    const { ctx, matches } = start();
    expect(liveObservers()[0]!.observed).toEqual([{ target: document.body, options: { childList: true, subtree: false } }]);
    page('<div id="app"><button aria-label="Settings" aria-pressed="false"><span data-icon="settings-refreshed"></span></button></div>');
    await nextFrame();
    const app = document.getElementById('app')!;
    expect(liveObservers()[0]!.observed.map((o) => o.target)).toEqual([app]);
    app.querySelector('button')!.setAttribute('aria-pressed', 'true');
    await nextFrame();
    expect(matches.map((m) => `${m.platform}/${m.pageId}`)).toEqual(['whatsapp/settings-drawer']);
    ctx.abort();
  });
});
