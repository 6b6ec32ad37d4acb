// A hostile page that breaks the built-ins before the content script runs (its script runs at
// parse time): Array.prototype methods, JSON, Promise, Function.prototype.call/apply/bind,
// Element.prototype.attachShadow, EventTarget.prototype.addEventListener, createElement,
// MutationObserver, requestAnimationFrame, the Navigation API's listener, Object.prototype keys
// shaped like Vigie's messages; history.pushState is wrapped. Each broken function records that
// it was called and throws. The panel still appears, ticks (kept across a reload), collapses,
// switches the audience and follows navigation, and none of the broken functions is ever
// called: Chromium's isolated world gives the content script its own built-ins.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixturePage, launchVigie, type Vigie } from './harness';
import { NOTHING_REACHABLE, SETTINGS, hostCount, inPage, itemIds, pageReach, settledPanel, shownList, storedTicks } from './hostile-kit';
import { detectPage } from '../../utils/detection/detect';

const KEY = `facebook/${detectPage(SETTINGS)!.pageId}`;

const BREAK_BUILTINS = `<script>
(() => {
  const calls = (window.brokenCalls = []);
  const saved = [];
  const replace = (owner, name, value) => { saved[saved.length] = [owner, name, Object.getOwnPropertyDescriptor(owner, name)]; Object.defineProperty(owner, name, { value, writable: true, configurable: true }); };
  const broken = (name) => function () { calls[calls.length] = name; throw new Error('the page broke ' + name); };
  for (const name of ['map', 'push', 'forEach', 'filter', 'some', 'every', 'includes', 'indexOf', 'join', 'slice', 'concat', 'find']) replace(Array.prototype, name, broken('Array.prototype.' + name));
  replace(Array, 'from', broken('Array.from'));
  replace(JSON, 'parse', broken('JSON.parse'));
  replace(JSON, 'stringify', broken('JSON.stringify'));
  replace(window, 'Promise', broken('Promise'));
  replace(Promise.prototype, 'then', broken('Promise.prototype.then'));
  replace(Element.prototype, 'attachShadow', broken('Element.prototype.attachShadow'));
  replace(EventTarget.prototype, 'addEventListener', broken('EventTarget.prototype.addEventListener'));
  replace(Document.prototype, 'createElement', broken('Document.prototype.createElement'));
  replace(Node.prototype, 'appendChild', broken('Node.prototype.appendChild'));
  replace(Element.prototype, 'append', broken('Element.prototype.append'));
  replace(window, 'MutationObserver', broken('MutationObserver'));
  replace(window, 'requestAnimationFrame', broken('requestAnimationFrame'));
  replace(window, 'CustomEvent', broken('CustomEvent'));
  if (window.navigation) replace(navigation, 'addEventListener', broken('navigation.addEventListener'));
  const pushState = History.prototype.pushState;
  const reflect = Reflect.apply;
  replace(History.prototype, 'pushState', function (...args) { calls[calls.length] = 'history.pushState (wrapped, passed on)'; return reflect(pushState, this, args); });
  for (const [key, value] of [['type', 'guide.tick'], ['payload', { itemId: 'forged', ticked: true }], ['ok', false], ['error', 'polluted']]) Object.prototype[key] = value;
  replace(Function.prototype, 'call', broken('Function.prototype.call'));
  replace(Function.prototype, 'apply', broken('Function.prototype.apply'));
  replace(Function.prototype, 'bind', broken('Function.prototype.bind'));
  // The test's way back, to read the page's storage afterwards with working built-ins.
  window.restoreBuiltins = () => {
    for (const key of ['type', 'payload', 'ok', 'error']) delete Object.prototype[key];
    for (let i = saved.length - 1; i >= 0; i--) { const [owner, name, descriptor] = saved[i]; if (descriptor) Object.defineProperty(owner, name, descriptor); else delete owner[name]; }
  };
})();
</script>`;

describe('a page that breaks the built-ins before the content script runs', () => {
  let vigie: Vigie;
  beforeAll(async () => {
    vigie = await launchVigie({ fixtures: { [SETTINGS]: () => fixturePage('Settings & privacy', `${BREAK_BUILTINS}<main><h1>Privacy settings</h1></main>`) } });
  });
  afterAll(async () => {
    await vigie?.close();
  });

  it('still gets a working panel: tick, collapse, switch audience, follow navigation, keep ticks across a reload', async () => {
    const page = await vigie.open(SETTINGS);
    const panel = await settledPanel(page);
    expect(panel.mode).toBe('closed');
    const [first, second] = itemIds(SETTINGS);
    await panel.click(`#vigie-item-${first}`);
    await expect.poll(() => storedTicks(vigie)).toEqual({ [`${KEY}/parent`]: [first] });
    // Keyboard: from the first item, Tab on to the next one (past its links); Space ticks it.
    await panel.evaluate((root, id) => (root.querySelector(`#vigie-item-${id}`) as HTMLElement).focus(), first!);
    for (let presses = 0; presses < 10 && (await panel.focusedId()) !== `vigie-item-${second}`; presses++) await page.keyboard.press('Tab');
    expect(await panel.focusedId()).toBe(`vigie-item-${second}`);
    await page.keyboard.press('Space');
    await expect.poll(() => storedTicks(vigie)).toEqual({ [`${KEY}/parent`]: [first, second].sort() });
    // The guide's answer is drawn (the review line changes from the tick shown at once): a redraw
    // between a mouse button's press and release would make the next click no click at all.
    await expect.poll(() => panel.text()).not.toContain('Not reviewed yet');

    await panel.click('#vigie-toggle');
    await expect.poll(() => panel.evaluate((root) => root.querySelector('.card') === null)).toBe(true);
    await panel.click('#vigie-toggle');
    await expect.poll(() => panel.evaluate((root) => root.querySelector('.card') !== null)).toBe(true);
    await panel.click('#vigie-audience-carer');
    await expect.poll(() => shownList(panel), { timeout: 5000 }).toEqual({ audience: 'carer', items: itemIds(SETTINGS, 'carer') });
    await panel.click('#vigie-audience-parent');
    await expect.poll(() => shownList(panel), { timeout: 5000 }).toEqual({ audience: 'parent', items: itemIds(SETTINGS, 'parent') });

    await page.reload();
    const again = await settledPanel(page);
    expect(await again.checked(`#vigie-item-${first}`)).toBe(true);
    expect(await again.checked(`#vigie-item-${second}`)).toBe(true);

    // The page's own (wrapped) pushState: the panel follows it out and back in.
    await inPage(page, `history.pushState({}, '', '/notifications')`);
    await expect.poll(() => hostCount(page)).toBe(0);
    await inPage(page, `history.pushState({}, '', '/settings?tab=privacy')`);
    expect(await (await settledPanel(page)).checked(`#vigie-item-${first}`)).toBe(true);

    // Not one broken built-in was called: only the page's own two pushStates went through its wrapper.
    expect(await inPage(page, 'window.brokenCalls')).toEqual(['history.pushState (wrapped, passed on)', 'history.pushState (wrapped, passed on)']);
    await inPage(page, 'window.restoreBuiltins()');
    expect(await pageReach(page)).toEqual(NOTHING_REACHABLE);
    await page.close();
  });

  it('made no request and raised no error in any page', () => {
    expect(vigie.pageErrors).toEqual([]);
    expect(vigie.strayRequests).toEqual([]);
  });
});
