// Hostile pages that send the panel fake events and messages, on a fixture page of the real
// hostname: synthetic clicks and keys on the host and at the panel's items, window.postMessage
// in the shapes of Vigie's own messages, and WXT's "content script started" signal, by which a
// page could stop the content script before (fixed: entrypoints/content/restart-guard.ts). None
// of it ticks, collapses or stops anything; the person's own clicks still work; the page never
// learns the extension's id.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixturePage, launchVigie, type Vigie } from './harness';
import { NOTHING_REACHABLE, SETTINGS, hostCount, inPage, itemIds, pageReach, settledPanel, storedTicks, type PanelView } from './hostile-kit';
import { detectPage } from '../../utils/detection/detect';

const KEY = `facebook/${detectPage(SETTINGS)!.pageId}/parent`;

/** The page keeps every message it is posted, from the start. */
const LISTENER = `<script>window.heard = []; addEventListener('message', (event) => { try { window.heard.push(JSON.stringify(event.data)); } catch { window.heard.push(String(event.data)); } });</script>`;

/** What the panel shows: which items are ticked, and whether it is open. */
function panelState(panel: PanelView) {
  return panel.evaluate((root) => ({
    open: root.querySelector('.card') !== null,
    ticked: [...root.querySelectorAll<HTMLInputElement>('.item input[type="checkbox"]')].filter((box) => box.checked).map((box) => box.id),
  }));
}

describe('a page that sends the panel fake events and messages', () => {
  let vigie: Vigie;
  beforeAll(async () => {
    vigie = await launchVigie({ fixtures: { [SETTINGS]: () => fixturePage('Settings & privacy', `${LISTENER}<main><h1>Privacy settings</h1></main>`) } });
  });
  afterAll(async () => {
    await vigie?.close();
  });

  it('is never told the extension’s id: the only messages it hears are the panel frame’s layout', async () => {
    const page = await vigie.open(SETTINGS);
    const panel = await settledPanel(page);
    await panel.click('#vigie-toggle');
    await panel.click('#vigie-toggle');
    const heard = await inPage<string[]>(page, 'window.heard');
    expect(heard.length).toBeGreaterThan(0);
    for (const message of heard) {
      expect(Object.keys(JSON.parse(message)).sort(), message).toEqual(['open', 'pillWidth', 'release', 'vigie']);
      expect(message).not.toContain(vigie.extensionId);
    }
    await page.close();
  });

  it('cannot stop the content script with WXT’s "started" signal, in any of its forms', async () => {
    const page = await vigie.open(SETTINGS);
    const panel = await settledPanel(page);
    const started = `${vigie.extensionId}:content:wxt:content-script-started`;
    await inPage(
      page,
      `(() => {
        const detail = { contentScriptName: 'content', messageId: 'forged' };
        document.dispatchEvent(new CustomEvent(${JSON.stringify(started)}, { detail }));
        document.body.dispatchEvent(new CustomEvent(${JSON.stringify(started)}, { detail, bubbles: true, composed: true }));
        window.dispatchEvent(new CustomEvent(${JSON.stringify(started)}, { detail }));
        window.postMessage({ type: ${JSON.stringify(started)}, ...detail }, '*');
        window.postMessage({ type: 'wxt:content-script-started', ...detail }, '*');
        window.dispatchEvent(new Event(${JSON.stringify(`${vigie.extensionId}:content:wxt:locationchange`)}));
      })()`,
    );
    await page.waitForTimeout(300);
    expect(await hostCount(page)).toBe(1);
    // Still alive: the person's tick is kept, and navigation is still followed.
    const [first] = itemIds(SETTINGS);
    await panel.click(`#vigie-item-${first}`);
    await expect.poll(() => storedTicks(vigie)).toEqual({ [KEY]: [first] });
    await inPage(page, `history.pushState({}, '', '/notifications')`);
    await expect.poll(() => hostCount(page)).toBe(0);
    await inPage(page, `history.pushState({}, '', '/settings?tab=privacy')`);
    const again = await settledPanel(page);
    expect((await panelState(again)).ticked).toEqual([`vigie-item-${first}`]);
    await again.click(`#vigie-item-${first}`);
    await expect.poll(() => storedTicks(vigie)).toEqual({ [KEY]: [] });
    await page.close();
  });

  it('ticks, collapses and switches nothing with synthetic clicks, keys and messages', async () => {
    const page = await vigie.open(SETTINGS);
    const panel = await settledPanel(page);
    const before = await panelState(panel);
    expect(before.open).toBe(true);
    const ticksBefore = await storedTicks(vigie);
    const targets = await panel.pointsOf('input, button, label');
    expect(targets.length).toBeGreaterThan(5);
    const [first] = itemIds(SETTINGS);
    await inPage(
      page,
      `(() => {
        const host = document.querySelector('vigie-panel');
        const keys = [' ', 'Enter', 'Escape', 'ArrowDown', 'Tab'];
        for (const { x, y } of ${JSON.stringify(targets)}) {
          // What the page gets at the item's position is the host, never the item.
          const hit = document.elementFromPoint(x, y);
          if (hit !== host) throw new Error('hit ' + hit.localName);
          hit.click();
          for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click']) {
            const Event = type.startsWith('pointer') ? PointerEvent : MouseEvent;
            hit.dispatchEvent(new Event(type, { bubbles: true, composed: true, cancelable: true, clientX: x, clientY: y }));
          }
        }
        host.focus();
        for (const target of [host, document, document.body, window]) {
          for (const key of keys) {
            for (const type of ['keydown', 'keypress', 'keyup']) target.dispatchEvent(new KeyboardEvent(type, { key, code: key === ' ' ? 'Space' : key, bubbles: true, composed: true }));
          }
        }
        host.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
        host.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
        const page = { platform: 'facebook', pageId: ${JSON.stringify(detectPage(SETTINGS)!.pageId)} };
        for (const message of [
          { type: 'guide.tick', payload: { ...page, audience: 'parent', itemId: ${JSON.stringify(first)}, ticked: true } },
          { type: 'guide.tick', ...page, audience: 'parent', itemId: ${JSON.stringify(first)}, ticked: true },
          { type: 'guide.setCollapsed', payload: { platform: 'facebook', collapsed: true } },
          { type: 'guide.setAudience', payload: { ...page, audience: 'organisation' } },
          { type: 'page.current' },
          JSON.parse('{"type":"guide.tick","__proto__":{"ticked":true,"itemId":${JSON.stringify(first)}}}'),
          'guide.tick',
        ]) window.postMessage(message, '*');
      })()`,
    );
    await page.waitForTimeout(500);
    expect(await panelState(panel)).toEqual(before);
    expect(await panel.evaluate((root) => (root.querySelector('input[name="vigie-audience"]:checked') as HTMLInputElement).value)).toBe('parent');
    expect(await storedTicks(vigie)).toEqual(ticksBefore);
    // The same panel answers the person's real click at once.
    await panel.click(`#vigie-item-${first}`);
    await expect.poll(() => storedTicks(vigie)).toEqual({ [KEY]: [first] });
    await panel.click(`#vigie-item-${first}`);
    await expect.poll(() => storedTicks(vigie)).toEqual({ [KEY]: [] });
    await page.reload();
    expect((await panelState(await settledPanel(page))).open).toBe(true);
    expect(await pageReach(page)).toEqual(NOTHING_REACHABLE);
    await page.close();
  });

  it('made no request and raised no error in any page', () => {
    expect(vigie.pageErrors).toEqual([]);
    expect(vigie.strayRequests).toEqual([]);
  });
});
