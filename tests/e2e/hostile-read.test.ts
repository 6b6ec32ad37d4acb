// Hostile pages that try to read the panel, on fixture pages of the real hostname. Their scripts
// run at parse time (the content script starts at document_start, before or beside them): they hook the DOM's prototypes
// (attachShadow, the shadowRoot getter, ShadowRoot and Node methods, createElement,
// addEventListener), watch the document and the host with MutationObservers, listen to every
// focus and click, and then, after a person has ticked items, try every reading the web platform
// offers: innerText, textContent, getHTML, selections, window.find, caret and hit testing,
// getComputedStyle, custom element definitions with ElementInternals. The page must capture
// nothing of the panel's content and store nothing; the person's ticks reach the extension's
// storage only. The panel is an extension page in a frame of another origin inside the closed
// root: what the page can still reach is the host and the frame's box.
//
// Chromium runs content scripts in an isolated world, so the page's prototype hooks never see
// the panel's own DOM calls: asserted here rather than assumed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixturePage, launchVigie, type Vigie } from './harness';
import { NOTHING_REACHABLE, SETTINGS, inPage, itemIds, pageReach, settledPanel, storedTicks } from './hostile-kit';
import { detectPage } from '../../utils/detection/detect';

const SPY_PAGE = SETTINGS;
const ELEMENT_BEFORE = 'https://www.facebook.com/settings?tab=security';
const ELEMENT_AFTER = 'https://www.facebook.com/settings?tab=blocking';
const NO_SHADOW = 'https://www.facebook.com/privacy/checkup/';
const OWN_ROOT = 'https://www.instagram.com/accounts/privacy_setting/';

/** Everything a page script can hook before the content script runs, recording what it catches. */
const SPY = `<script>
(() => {
  const spy = (window.spy = { roots: [], shadowGetter: 0, touched: [], created: 0, texts: [], listeners: 0, records: [], hostRecords: 0, focus: [], clicks: [], changes: [] });
  const inShadow = (node) => node instanceof ShadowRoot || (node instanceof Node && node.getRootNode() instanceof ShadowRoot);
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) { const root = attach.call(this, init); spy.roots.push(root); return root; };
  const getter = Object.getOwnPropertyDescriptor(Element.prototype, 'shadowRoot').get;
  Object.defineProperty(Element.prototype, 'shadowRoot', { configurable: true, get() { const root = getter.call(this); if (root) spy.shadowGetter++; return root; } });
  for (const [proto, names] of [[Node.prototype, ['appendChild', 'insertBefore', 'replaceChild']], [Element.prototype, ['append', 'prepend', 'replaceChildren', 'setAttribute']], [ShadowRoot.prototype, ['append', 'prepend', 'replaceChildren', 'getSelection', 'querySelector']]]) {
    for (const name of names) {
      const original = proto[name];
      proto[name] = function (...args) { if (inShadow(this)) spy.touched.push(name); return original.apply(this, args); };
    }
  }
  for (const name of ['innerHTML', 'activeElement', 'mode', 'host']) {
    const descriptor = Object.getOwnPropertyDescriptor(ShadowRoot.prototype, name);
    Object.defineProperty(ShadowRoot.prototype, name, { ...descriptor, get() { spy.touched.push(name); return descriptor.get.call(this); } });
  }
  const text = Object.getOwnPropertyDescriptor(Node.prototype, 'textContent');
  Object.defineProperty(Node.prototype, 'textContent', { ...text, set(value) { spy.texts.push(String(value)); text.set.call(this, value); } });
  const createElement = Document.prototype.createElement;
  Document.prototype.createElement = function (...args) { spy.created++; return createElement.apply(this, args); };
  const createTextNode = Document.prototype.createTextNode;
  Document.prototype.createTextNode = function (value) { spy.texts.push(String(value)); return createTextNode.call(this, value); };
  const listen = EventTarget.prototype.addEventListener;
  EventTarget.prototype.addEventListener = function (...args) { spy.listeners++; return listen.apply(this, args); };
  const watchHost = new MutationObserver((records) => { spy.hostRecords += records.length; });
  new MutationObserver((records) => {
    for (const record of records) {
      spy.records.push(record.type + ':' + record.target.nodeName + ':' + [...record.addedNodes].map((n) => n.nodeName + '=' + n.textContent).join(','));
      for (const added of record.addedNodes) if (added.localName === 'vigie-panel') watchHost.observe(added, { subtree: true, childList: true, characterData: true, attributes: true });
    }
  }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
  const path = (event) => event.composedPath().map((n) => n.nodeName || 'window').join('>');
  listen.call(document, 'focusin', (event) => spy.focus.push(path(event)), true);
  listen.call(window, 'click', (event) => spy.clicks.push(path(event)), true);
  for (const type of ['change', 'input']) listen.call(window, type, (event) => spy.changes.push(type + '@' + path(event)), true);
})();
</script>`;

/** A page that defines <vigie-panel> itself, keeping the ElementInternals it is handed. */
function definingPage(when: 'before' | 'after', constructor: string, statics = ''): () => string {
  const define = `customElements.define('vigie-panel', class extends HTMLElement { ${statics} constructor() { super(); window.log.push('constructed'); ${constructor} } });`;
  const script = when === 'before' ? define : `new MutationObserver((r, o) => { if (document.querySelector('vigie-panel')) { o.disconnect(); ${define} } }).observe(document.body, { childList: true });`;
  return () => fixturePage('Settings', `<script>window.log = [];</script><main><h1>Settings</h1></main><script>${script}</script>`);
}
const TAKE_INTERNALS = `try { window.internals = this.attachInternals(); window.log.push('internals'); } catch (error) { window.log.push(error.name); }`;
const OWN_SHADOW = `try { window.ownRoot = this.attachShadow({ mode: 'open' }); window.log.push('own root'); } catch (error) { window.log.push(error.name); }`;

describe('a page that tries to read the panel', () => {
  let vigie: Vigie;
  beforeAll(async () => {
    vigie = await launchVigie({
      fixtures: {
        [SPY_PAGE]: () => fixturePage('Settings & privacy', `${SPY}<main><h1>Privacy settings</h1><p>Who can see your future posts?</p></main>`),
        [ELEMENT_BEFORE]: definingPage('before', TAKE_INTERNALS),
        [ELEMENT_AFTER]: definingPage('after', TAKE_INTERNALS),
        [NO_SHADOW]: definingPage('before', '', "static disabledFeatures = ['shadow'];"),
        [OWN_ROOT]: definingPage('before', OWN_SHADOW),
      },
    });
  });
  afterAll(async () => {
    await vigie?.close();
  });

  it('catches nothing with its hooks and observers while a person ticks, and learns no text', async () => {
    const page = await vigie.open(SPY_PAGE);
    const panel = await settledPanel(page);
    expect(panel.mode).toBe('closed');
    const [first, second] = itemIds(SPY_PAGE);
    // A person ticks one item with the mouse and one with the keyboard.
    await panel.click(`#vigie-item-${first}`);
    await expect.poll(() => panel.checked(`#vigie-item-${first}`)).toBe(true);
    await panel.evaluate((root, id) => (root.querySelector(`#vigie-item-${id}`) as HTMLElement).focus(), second!);
    await page.keyboard.press('Space');
    await expect.poll(() => panel.checked(`#vigie-item-${second}`)).toBe(true);
    await expect.poll(() => panel.text()).toContain('Done on');
    expect(await storedTicks(vigie)).toEqual({ [`facebook/${detectPage(SPY_PAGE)!.pageId}/parent`]: [first, second].sort() });
    const label = await panel.evaluate((root, id) => root.querySelector(`label[for="vigie-item-${id}"]`)?.textContent ?? '', first!);
    expect(label.length).toBeGreaterThan(10);

    const caught = await inPage<{
      roots: number; shadowGetter: number; touched: string[]; created: number; texts: string[]; listeners: number;
      records: string[]; hostRecords: number; focus: string[]; clicks: string[]; changes: string[]; shadowRoot: string;
    }>(page, `({ ...window.spy, roots: window.spy.roots.length, shadowRoot: String(document.querySelector('vigie-panel').shadowRoot) })`);
    // The hooks never ran for the panel: the content script's DOM calls are not the page's.
    expect(caught).toMatchObject({ roots: 0, shadowGetter: 0, touched: [], created: 0, texts: [], listeners: 0, hostRecords: 0, shadowRoot: 'null' });
    // The document observer saw the page's own content parsed, then the empty host arrive in
    // <body>, and nothing after it: not the panel drawn, not the two ticks redrawn.
    expect(caught.records.slice(caught.records.indexOf('childList:BODY:VIGIE-PANEL='))).toEqual(['childList:BODY:VIGIE-PANEL=']);
    // Clicks, changes and inputs happen in the frame's own document: the page hears none of them.
    // A focus the page may hear only on the host (the frame is what is focused in its document).
    expect(caught.clicks).toEqual([]);
    expect(caught.changes).toEqual([]);
    for (const path of caught.focus) expect(path).toMatch(/^VIGIE-PANEL>BODY>HTML>#document>window$/);

    const readings = await inPage<Record<string, string>>(
      page,
      `(() => {
        const host = document.querySelector('vigie-panel');
        const style = getComputedStyle(host);
        document.execCommand('selectAll');
        const selected = getSelection().toString();
        getSelection().removeAllRanges();
        return {
          innerText: document.body.innerText,
          textContent: document.documentElement.textContent,
          outerHTML: document.documentElement.outerHTML,
          getHTML: document.body.getHTML({ serializableShadowRoots: true }),
          selected,
          computed: [...style].map((name) => name + ':' + style.getPropertyValue(name)).join(';'),
          before: getComputedStyle(host, '::before').content + getComputedStyle(host, '::after').content,
          activeElement: (host.focus(), document.activeElement.localName),
        };
      })()`,
    );
    for (const [how, value] of Object.entries(readings)) {
      expect(value, how).not.toContain(label);
      expect(value, how).not.toContain('Done on');
    }
    expect(readings.getHTML).toContain('<vigie-panel></vigie-panel>');
    await page.close();
  });

  it('cannot find, select, caret into or hit-test the panel, nor learn which items are ticked (issue 15)', async () => {
    const page = await vigie.open(SPY_PAGE);
    const panel = await settledPanel(page);
    const [first, second] = itemIds(SPY_PAGE);
    for (const id of [first, second]) {
      if (!(await panel.checked(`#vigie-item-${id}`))) await panel.click(`#vigie-item-${id}`);
      await expect.poll(() => panel.checked(`#vigie-item-${id}`)).toBe(true);
    }
    await expect.poll(() => panel.text()).toContain('Done on');
    const labels = await panel.evaluate((root) => [...root.querySelectorAll('.item label')].map((label) => label.textContent ?? ''));
    const meta = await panel.evaluate((root) => [...root.querySelectorAll('.item .meta')].map((line) => line.textContent ?? ''));
    const [box] = await panel.pointsOf('.item label');
    // The audit's reading: window.find() for each item's public words, then with "Done on" and
    // the date, then the progress line. Before the frame, 9 queries recovered the ticks and dates.
    const needles = [...labels.map((label) => label.slice(0, 20)), ...meta.map((line) => line.slice(-40)), 'Done on', 'Done: 2 of', 'Not reviewed yet'];
    const found = await inPage<{ finds: boolean[]; extended: string; composed: string[]; caret: string; caretPosition: string; hits: string[] }>(
      page,
      `(() => {
        const selection = getSelection();
        const finds = ${JSON.stringify(needles)}.map((needle) => {
          selection.removeAllRanges();
          return window.find(needle, true, false, true);
        });
        selection.removeAllRanges();
        window.find(${JSON.stringify(labels[0]!.slice(0, 20))});
        selection.modify('extend', 'forward', 'documentboundary');
        const extended = selection.toString();
        const composed = selection.getComposedRanges().map((range) => range.startContainer.nodeName + ':' + String(range.startContainer.getRootNode() === document));
        selection.removeAllRanges();
        const range = document.caretRangeFromPoint(${box!.x}, ${box!.y});
        const position = document.caretPositionFromPoint(${box!.x}, ${box!.y});
        return {
          finds,
          extended,
          composed,
          caret: range ? range.startContainer.nodeName + ':' + String(range.startContainer.getRootNode() === document) : 'none',
          caretPosition: position ? position.offsetNode.nodeName + ':' + String(position.offsetNode.getRootNode() === document) : 'none',
          hits: document.elementsFromPoint(${box!.x}, ${box!.y}).map((element) => element.localName),
        };
      })()`,
    );
    expect(needles.length).toBeGreaterThan(8);
    expect(found.finds, 'window.find() does not cross into a frame of another origin').toEqual(needles.map(() => false));
    expect(found.extended).not.toContain(labels[0]!);
    for (const start of found.composed) expect(start).toMatch(/:true$/);
    expect(found.caret).toMatch(/:true$|^none$/);
    expect(found.caretPosition).toMatch(/:true$|^none$/);
    // Hit-testing stops at the host: the page learns the frame's box, not what is in it.
    expect(found.hits[0]).toBe('vigie-panel');
    expect(found.hits).not.toContain('label');
    expect(found.hits).not.toContain('iframe');
    await panel.click(`#vigie-item-${first}`);
    await panel.click(`#vigie-item-${second}`);
    await expect.poll(() => storedTicks(vigie)).toEqual({ [`facebook/${detectPage(SPY_PAGE)!.pageId}/parent`]: [] });
    await page.close();
  });

  it('gets no hold on the panel by defining <vigie-panel> itself, before or after it appears', async () => {
    for (const url of [ELEMENT_BEFORE, ELEMENT_AFTER]) {
      const page = await vigie.open(url);
      const panel = await settledPanel(page);
      expect(panel.mode, url).toBe('closed');
      // The page's constructor ran on the host (upgrade) and took its ElementInternals…
      await expect.poll(() => inPage<string[]>(page, 'window.log'), { message: url }).toEqual(['constructed', 'internals']);
      // …which do not hand over a root attached before the element was the page's custom element.
      expect(await inPage(page, 'String(window.internals.shadowRoot)'), url).toBe('null');
      // And the panel works for the person.
      const [first] = itemIds(url);
      await panel.click(`#vigie-item-${first}`);
      await expect.poll(() => panel.checked(`#vigie-item-${first}`), { message: url }).toBe(true);
      await panel.click(`#vigie-item-${first}`);
      await expect.poll(() => panel.checked(`#vigie-item-${first}`), { message: url }).toBe(false);
      await page.close();
    }
  });

  it('cannot stop the panel by disabling shadow roots for <vigie-panel> or attaching its own first', async () => {
    for (const url of [NO_SHADOW, OWN_ROOT]) {
      const page = await vigie.open(url);
      const panel = await settledPanel(page);
      expect(panel.mode, url).toBe('closed');
      expect(await panel.evaluate((root) => root.querySelectorAll('.item').length), url).toBeGreaterThan(0);
    }
    // The page that wanted a root of its own did not get one; the one that disabled roots saw
    // its own upgrade fail (that error is the page's, reported to its console by the browser).
    const ownRoot = vigie.context.pages().find((page) => page.url() === OWN_ROOT)!;
    expect(await inPage(ownRoot, 'window.log')).toEqual(['constructed', 'NotSupportedError']);
    const noShadowErrors = vigie.pageErrors.filter((error) => error.startsWith(NO_SHADOW));
    expect(noShadowErrors).toEqual([`${NO_SHADOW}: The element already has a ShadowRoot though it is disabled by disabledFeatures static field.`]);
    vigie.pageErrors.splice(0, vigie.pageErrors.length, ...vigie.pageErrors.filter((error) => !noShadowErrors.includes(error)));
    for (const page of vigie.context.pages()) await page.close();
  });

  it('finds nothing of Vigie in its own storage, and no extension API to call', async () => {
    const page = await vigie.open(SPY_PAGE);
    await settledPanel(page);
    expect(await pageReach(page)).toEqual(NOTHING_REACHABLE);
    await page.close();
  });

  it('made no request and raised no error in any page', () => {
    expect(vigie.pageErrors).toEqual([]);
    expect(vigie.strayRequests).toEqual([]);
  });
});
