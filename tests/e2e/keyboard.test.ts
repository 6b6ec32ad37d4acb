// Keyboard-only walks through every page, in real Chromium: the popup (Tab through everything,
// each control reached once and visibly focused, summaries opened with Space and Enter, the
// passport link followed with Enter), the panel (reached from the page, ticked, collapsed and
// expanded, audience switched with the arrow keys, help opened, focus ring on every control)
// and the passport (a child and an agreement made without the mouse). The focus ring is checked
// as a person sees it: `:focus-visible` matches and the computed outline is drawn.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, describeViolations, fixturePage, launchVigie, type Vigie } from './harness';
import { SETTINGS, itemIds, settledPanel, shownList, storedTicks } from './hostile-kit';
import { detectPage } from '../../utils/detection/detect';

const FOCUSABLE = 'a[href], button, select, input, textarea, summary, [tabindex]:not([tabindex="-1"])';

/** The focused element as a person sees it: which one, and whether its ring is drawn. */
function focusedInPage(page: Page) {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return null;
    const style = getComputedStyle(element);
    return {
      key: element.dataset.walk ?? '',
      tag: element.localName,
      ring: element.matches(':focus-visible') && style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
    };
  });
}

/** Marks every visible, focusable element of the page, so a walk can tell which ones it reached. */
function markFocusables(page: Page): Promise<string[]> {
  return page.evaluate((selector) => {
    const visible = [...document.querySelectorAll<HTMLElement>(selector)].filter((element) => element.checkVisibility() && !(element as HTMLButtonElement).disabled);
    return visible.map((element, i) => {
      element.dataset.walk ||= `${element.localName}#${i}:${(element.textContent ?? '').trim().slice(0, 30) || element.getAttribute('aria-label') || element.id}`;
      return element.dataset.walk;
    });
  }, FOCUSABLE);
}

/** Presses Tab until `selector` has the focus; fails after `max` presses. */
async function tabTo(page: Page, selector: string, max = 60): Promise<void> {
  for (let presses = 0; presses < max; presses++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`${selector} never got the focus with Tab`);
}

describe('keyboard only, in English', () => {
  let vigie: Vigie;
  beforeAll(async () => {
    vigie = await launchVigie({ lang: 'en-US', fixtures: { [SETTINGS]: () => fixturePage('Settings & privacy', '<main><h1>Privacy settings</h1><a href="#top">Top</a></main>') } });
  });
  afterAll(async () => {
    await vigie?.close();
  });

  it('popup: Tab reaches every control once, each with a visible focus ring; Space and Enter open situations; Enter follows a link', async () => {
    const popup = await vigie.context.newPage();
    await popup.setViewportSize({ width: 430, height: 600 });
    await vigie.openPopup(popup);
    expect(await popup.locator('details[open]').count()).toBe(0);

    const reached: string[] = [];
    const noRing: string[] = [];
    let summaries = 0;
    for (let presses = 0; presses < 400; presses++) {
      await popup.keyboard.press('Tab');
      await markFocusables(popup);
      const focused = await focusedInPage(popup);
      if (!focused) continue;
      if (reached.includes(focused.key)) break;
      reached.push(focused.key);
      if (!focused.ring) noRing.push(focused.key);
      // Each situation is opened from the keyboard as it is reached, Space and Enter in turn, so
      // the walk goes on into what it holds.
      if (focused.tag === 'summary') {
        await popup.keyboard.press(summaries++ % 2 ? 'Enter' : 'Space');
        expect(await popup.evaluate(() => (document.activeElement!.parentElement as HTMLDetailsElement).open), focused.key).toBe(true);
      }
    }
    expect(summaries).toBeGreaterThan(2);
    expect(await popup.locator('details:not([open])').count()).toBe(0);
    const everything = await markFocusables(popup);
    expect(everything.length).toBeGreaterThan(20);
    expect(everything.filter((key) => !reached.includes(key)), 'controls Tab never reached').toEqual([]);
    expect(noRing, 'controls focused without a visible ring').toEqual([]);

    // The walk came round to the first control; Shift+Tab goes back the same way.
    expect((await focusedInPage(popup))?.key).toBe(reached[0]);
    for (let i = 0; i < 3; i++) await popup.keyboard.press('Tab');
    expect((await focusedInPage(popup))?.key).toBe(reached[3]);
    await popup.keyboard.press('Shift+Tab');
    expect((await focusedInPage(popup))?.key).toBe(reached[2]);

    // Enter on the passport link opens the passport.
    await popup.keyboard.press('Escape');
    await tabTo(popup, `a[href="${vigie.extensionUrl('passport.html')}"]`, 200);
    const opened = vigie.context.waitForEvent('page');
    await popup.keyboard.press('Enter');
    const passport = await opened;
    await passport.waitForLoadState();
    expect(passport.url()).toBe(vigie.extensionUrl('passport.html'));
    await Promise.all([passport.close(), popup.close()]);
  });

  it('panel: reached by Tab from the page, ticked, collapsed and expanded, audience switched with arrows, help opened; every control shows its ring', async () => {
    const page = await vigie.open(SETTINGS);
    const panel = await settledPanel(page);
    const focused = () => panel.evaluate((root) => {
      // The frame's body is its document's active element while the focus is elsewhere in the page.
      const element = root.activeElement as HTMLElement | null;
      if (!element || element === root.body || !root.hasFocus()) return null;
      const style = getComputedStyle(element);
      return { id: element.id, ring: element.matches(':focus-visible') && style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 };
    });
    const tabInPanel = async (id: string) => {
      for (let presses = 0; presses < 60 && (await focused())?.id !== id; presses++) await page.keyboard.press('Tab');
      expect((await focused())?.id).toBe(id);
    };

    // From the page's own link, Tab goes on into the panel (last in the page), every control with a ring.
    await page.locator('main a').focus();
    const controls = await panel.evaluate((root) => [...root.querySelectorAll<HTMLElement>('a[href], button, input')].filter((e) => e.checkVisibility()).map((e) => e.id || e.textContent?.trim() || ''));
    const seen: Array<{ id: string; ring: boolean }> = [];
    for (let presses = 0; presses < controls.length + 5; presses++) {
      await page.keyboard.press('Tab');
      const now = await focused();
      if (now && !seen.some((s) => s.id === now.id && now.id !== '')) seen.push(now);
    }
    expect(seen.length).toBeGreaterThan(5);
    expect(seen.filter((s) => !s.ring), 'panel controls focused without a visible ring').toEqual([]);

    // Tick with Space, untick with Enter.
    const [first] = itemIds(SETTINGS);
    await tabInPanel(`vigie-item-${first}`);
    await page.keyboard.press('Space');
    await expect.poll(() => storedTicks(vigie)).toEqual({ [`facebook/${detectPage(SETTINGS)!.pageId}/parent`]: [first] });
    await page.keyboard.press('Enter');
    await expect.poll(() => panel.checked(`#vigie-item-${first}`)).toBe(false);

    // Audience: the radio group is one Tab stop; the arrows move and choose.
    await tabInPanel('vigie-audience-parent');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => shownList(panel)).toEqual({ audience: 'carer', items: itemIds(SETTINGS, 'carer') });
    // The panel was drawn again for the carer: the focus stayed on the radio that chose it.
    expect((await focused())?.id).toBe('vigie-audience-carer');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => shownList(panel)).toEqual({ audience: 'parent', items: itemIds(SETTINGS, 'parent') });

    // Help: Enter opens it.
    await tabInPanel('vigie-help-toggle');
    await page.keyboard.press('Enter');
    await expect.poll(() => panel.evaluate((root) => (root.querySelector('#vigie-help') as HTMLElement).hidden)).toBe(false);

    // Collapse and expand with the toggle; the focus stays on it.
    await panel.evaluate((root) => (root.querySelector('#vigie-toggle') as HTMLElement).focus());
    await page.keyboard.press('Enter');
    await expect.poll(() => panel.evaluate((root) => root.querySelector('.card') === null)).toBe(true);
    expect(await focused()).toEqual({ id: 'vigie-toggle', ring: true });
    await page.keyboard.press('Space');
    await expect.poll(() => panel.evaluate((root) => root.querySelector('.card') !== null)).toBe(true);
    expect((await focused())?.id).toBe('vigie-toggle');
    await page.close();
  });

  it('panel: the shortcut takes the focus into it from anywhere in the page, Escape brings it back (issue 15 point 5)', async () => {
    const page = await vigie.open(SETTINGS);
    const panel = await settledPanel(page);
    await page.locator('main a').focus();
    const manifest = await vigie.worker.evaluate(() => chrome.runtime.getManifest());
    expect(Object.keys(manifest.commands ?? {})).toContain('focus-panel');
    // What the background does when the command is pressed (a browser shortcut, which a test
    // cannot press): it tells the tab's content script.
    await vigie.worker.evaluate(async () => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      await chrome.tabs.sendMessage(tab!.id!, { type: 'panel.focus' }, { frameId: 0 });
    });
    await expect.poll(() => panel.evaluate((root) => root.hasFocus() && root.activeElement !== root.body)).toBe(true);
    const first = await panel.evaluate((root) => root.activeElement?.id ?? '');
    expect(first).toBe(await panel.evaluate((root) => root.querySelector('button, input, a[href]')?.id ?? ''));
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Top');
    expect(await panel.evaluate((root) => root.hasFocus())).toBe(false);
    await page.close();
  });

  it('passport: a child and an agreement made with the keyboard alone', async () => {
    const page = await vigie.openPassport();
    await page.locator('h1', { hasText: 'Children' }).waitFor();
    await tabTo(page, 'a[href="#child/new"], a[href*="new"]');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Start a child's passport");
    await page.keyboard.press('Enter');
    await page.locator('h1', { hasText: "Start a child's passport" }).waitFor();

    await tabTo(page, '#child-form-name');
    await page.keyboard.type('Robin');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('child-form-ageBand');
    await page.keyboard.type('13');
    expect(await page.locator('#child-form-ageBand').inputValue()).toBe('13-15');
    await tabTo(page, '#child-form-add-adult');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('child-form-adults-0-name');
    await page.keyboard.type('Jo');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Car');
    expect(await page.locator('#child-form-adults-0-role').inputValue()).toBe('carer');
    await tabTo(page, 'input[type="checkbox"]');
    await page.keyboard.press('Space');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).checked)).toBe(true);
    await tabTo(page, 'button[type="submit"]');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => `${document.activeElement?.tagName} ${document.activeElement?.textContent}`)).toBe('H1 Robin');

    await tabTo(page, 'a[href$="/agreement/new"], a[href*="agreement"]');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Make a new agreement');
    await page.keyboard.press('Enter');
    await page.locator('#agreement-form-topic').waitFor();
    await tabTo(page, '#agreement-form-topic');
    await page.keyboard.type('Sharing');
    expect(await page.locator('#agreement-form-topic').inputValue()).toBe('sharing');
    await tabTo(page, '#agreement-form-words');
    await page.keyboard.type('We ask before posting a photo of someone.');
    await tabTo(page, 'input[type="checkbox"]');
    if (!(await page.evaluate(() => (document.activeElement as HTMLInputElement).checked))) await page.keyboard.press('Space');
    await tabTo(page, 'button[type="submit"]');
    await page.keyboard.press('Space');
    await expect.poll(() => page.locator('h1').textContent()).toBe('Agreement: Sharing');
    expect(await page.locator('blockquote.agreed-words').textContent()).toBe('We ask before posting a photo of someone.');
    await page.close();
  });

  it('made no request and raised no error in any page', () => {
    expect(vigie.pageErrors).toEqual([]);
    expect(vigie.strayRequests).toEqual([]);
  });
});

describe('the passport, empty, in French', () => {
  let vigie: Vigie;
  beforeAll(async () => {
    vigie = await launchVigie({ lang: 'fr-FR' });
  });
  afterAll(async () => {
    await vigie?.close();
  });

  // passport.test.ts checks the French pages with a child; this is the first screen before any.
  it('has no accessibility violation, and its first link is reached and shown with the keyboard', async () => {
    const page = await vigie.openPassport();
    await page.locator('h1').waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');
    const violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await page.keyboard.press('Tab');
    expect((await focusedInPage(page))?.ring).toBe(true);
    await page.close();
  });

  it('made no request and raised no error in any page', () => {
    expect(vigie.pageErrors).toEqual([]);
    expect(vigie.strayRequests).toEqual([]);
  });
});
