// The panel in Chromium, on fixture pages of the real hostnames: it appears (an extension page in
// a frame inside a closed-root host), shows this page's checklist in the browser's language, keeps
// ticks, the audience and the collapsed state across reloads (in the extension's storage, never
// the page's), is reachable and operable by keyboard, stays out of the page's reach, is
// accessible, and goes when the page is left.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { join } from 'node:path';
import { describeViolations, launchVigie, type Vigie } from './harness';
import { closedShadow } from './shadow';
import { axeFrame, panelFrame, panelView, type PanelView } from './panel-frame';
import { detectPage, pageDetails } from '../../utils/detection/detect';
import { checklistFor } from '../../utils/guide/checklists';
import { itemsFor } from '../../utils/guide/guide-view';
import type { Audience, Language } from '../../utils/taxonomy';
import enLocale from '../../utils/i18n/locales/en/checklist-facebook.json';
import frLocale from '../../utils/i18n/locales/fr/checklist-facebook.json';
import enPanel from '../../utils/i18n/locales/en/panel-labels.json';
import frPanel from '../../utils/i18n/locales/fr/panel-labels.json';

const SETTINGS = 'https://www.facebook.com/settings?tab=privacy';
const GROUP_ADMIN = 'https://www.facebook.com/groups/123/pending_posts/';
const words: Partial<Record<Language, Record<string, string>>> = { en: enLocale, fr: frLocale };
const labels: Partial<Record<Language, Record<string, string>>> = { en: enPanel, fr: frPanel };

/** What a person should see on a page for an audience: the imperative of each item, from the locale files. */
function expectedItems(url: string, audience: Audience, language: Language): Array<{ id: string; text: string }> {
  const match = detectPage(url);
  if (!match) throw new Error(`${url} is not a settings page for the current rule packs`);
  return itemsFor(checklistFor(match), audience).map((item) => ({ id: item.id, text: words[language]?.[`checklist.facebook.${item.id}.do`] ?? '' }));
}

/** With VIGIE_SCREENSHOTS=<folder>, keeps a picture of the panel to look at. */
async function screenshot(page: Page, name: string): Promise<void> {
  const folder = process.env.VIGIE_SCREENSHOTS;
  if (folder && folder !== '1') await page.screenshot({ path: join(folder, `${name}.png`) });
}

async function panelViolations(shadow: PanelView) {
  return axeFrame(shadow.frame);
}

async function panelOf(page: Page): Promise<PanelView> {
  await page.locator('vigie-panel').waitFor({ state: 'attached' });
  return panelView(await panelFrame(page));
}

/** The panel once its guide is read: either open (the card's list or its note) or collapsed. */
async function settledPanel(page: Page): Promise<PanelView> {
  const shadow = await panelOf(page);
  await expect.poll(() => shadow.evaluate((root) => root.querySelector('[aria-busy="true"]') === null && (root.querySelector('.review, .audience, .opener .count') !== null || root.querySelector('.card .note:not([role])') !== null))).toBe(true);
  return shadow;
}

const checked = (shadow: PanelView, id: string) =>
  shadow.evaluate((root, selector) => (root.querySelector(selector) as HTMLInputElement | null)?.checked ?? null, `#vigie-item-${id}`);

describe('the panel in English', () => {
  let vigie: Vigie;
  beforeAll(async () => {
    vigie = await launchVigie({ fixtures: { [SETTINGS]: 'facebook-settings-privacy.html', [GROUP_ADMIN]: 'facebook-group-pending-posts.html' } });
  });
  afterAll(async () => {
    await vigie?.close();
  });

  it('appears on the settings page with its checklist for a parent, in a frame of its own in a root the page cannot reach', async () => {
    const page = await vigie.open(SETTINGS);
    const shadow = await settledPanel(page);
    expect((await closedShadow(page))?.mode).toBe('closed');
    expect(await page.evaluate(() => document.querySelector('vigie-panel')?.shadowRoot ?? null)).toBeNull();
    // The checklist is drawn in the extension's origin, not in the page's document.
    expect(new URL(shadow.frame.url()).protocol).toBe('chrome-extension:');
    expect(await page.evaluate(() => document.body.innerText)).not.toContain('Done:');
    const items = expectedItems(SETTINGS, 'parent', 'en');
    expect(items.length).toBeGreaterThan(0);
    const labelsShown = await shadow.evaluate((root) => [...root.querySelectorAll('.item label')].map((l) => l.textContent));
    expect(labelsShown).toEqual(items.map((item) => item.text));
    expect(await shadow.evaluate((root) => (root.querySelector('input[name="vigie-audience"]:checked') as HTMLInputElement).value)).toBe('parent');
    expect(await shadow.text()).toContain('verified on');
    await page.close();
  });

  it('keeps a tick across a reload, with the date, and the page stores nothing', async () => {
    const page = await vigie.open(SETTINGS);
    const shadow = await settledPanel(page);
    const [first] = expectedItems(SETTINGS, 'parent', 'en');
    expect(await checked(shadow, first!.id)).toBe(false);
    await shadow.click(`#vigie-item-${first!.id}`);
    await expect.poll(() => shadow.text()).toContain('Done on');
    await page.reload();
    const again = await settledPanel(page);
    expect(await checked(again, first!.id)).toBe(true);
    expect(await again.text()).toContain('Done on');
    const pageStorage = await page.evaluate(async () => ({
      databases: (await indexedDB.databases()).map((d) => d.name),
      localStorage: localStorage.length,
      sessionStorage: sessionStorage.length,
      cookie: document.cookie,
    }));
    expect(pageStorage).toEqual({ databases: [], localStorage: 0, sessionStorage: 0, cookie: '' });
    // Leave the tick as it was for the next tests.
    await again.click(`#vigie-item-${first!.id}`);
    await expect.poll(() => checked(again, first!.id)).toBe(false);
    await page.close();
  });

  it('remembers being collapsed to a small button, across a reload', async () => {
    const page = await vigie.open(SETTINGS);
    const shadow = await settledPanel(page);
    await shadow.click('#vigie-toggle');
    expect(await shadow.exists('.opener')).toBe(true);
    expect(await shadow.exists('.card')).toBe(false);
    // The button stays in the corner and small: the frame follows it.
    await expect.poll(() => page.evaluate(() => document.querySelector('vigie-panel')!.getBoundingClientRect().width)).toBeLessThan(200);
    const box = await page.evaluate(() => document.querySelector('vigie-panel')!.getBoundingClientRect().toJSON() as DOMRect);
    expect(box.height).toBeLessThan(60);
    await page.reload();
    const again = await settledPanel(page);
    expect(await again.exists('.opener')).toBe(true);
    expect(await again.exists('.card')).toBe(false);
    await again.click('#vigie-toggle');
    expect(await again.exists('.card')).toBe(true);
    await page.reload();
    expect(await (await settledPanel(page)).exists('.card')).toBe(true);
    await page.close();
  });

  it('switches the audience, and remembers it', async () => {
    const page = await vigie.open(SETTINGS);
    const shadow = await settledPanel(page);
    await shadow.click('#vigie-audience-carer');
    await expect.poll(() => shadow.evaluate((root) => (root.querySelector('input[name="vigie-audience"]:checked') as HTMLInputElement).value)).toBe('carer');
    const carerItems = expectedItems(SETTINGS, 'carer', 'en');
    // The radio answers at once; the carer's list arrives with the background's reply.
    await expect.poll(() => shadow.evaluate((root) => [...root.querySelectorAll('.item label')].map((l) => l.textContent))).toEqual(carerItems.map((i) => i.text));
    await page.reload();
    const again = await settledPanel(page);
    expect(await again.evaluate((root) => (root.querySelector('input[name="vigie-audience"]:checked') as HTMLInputElement).value)).toBe('carer');
    await again.click('#vigie-audience-parent');
    await expect.poll(() => again.evaluate((root) => (root.querySelector('input[name="vigie-audience"]:checked') as HTMLInputElement).value)).toBe('parent');
    // The parent's own list, not only the radio (which is checked the moment it is clicked).
    const parentItems = expectedItems(SETTINGS, 'parent', 'en');
    await expect.poll(() => again.evaluate((root) => [...root.querySelectorAll('.item label')].map((l) => l.textContent))).toEqual(parentItems.map((i) => i.text));
    await page.close();
  });

  it('is reached with Tab, and Space and Enter tick and untick', async () => {
    const page = await vigie.open(SETTINGS);
    const shadow = await settledPanel(page);
    const [first] = expectedItems(SETTINGS, 'parent', 'en');
    const target = `vigie-item-${first!.id}`;
    const focusedId = () => shadow.evaluate((root) => root.activeElement?.id ?? '');
    let presses = 0;
    while ((await focusedId()) !== target && presses < 30) {
      await page.keyboard.press('Tab');
      presses++;
    }
    expect(await focusedId()).toBe(target);
    await page.keyboard.press('Space');
    await expect.poll(() => checked(shadow, first!.id)).toBe(true);
    expect(await focusedId()).toBe(target);
    await page.keyboard.press('Enter');
    await expect.poll(() => checked(shadow, first!.id)).toBe(false);
    expect(await focusedId()).toBe(target);
    await page.close();
  });

  it('never takes the focus on its own', async () => {
    const page = await vigie.open(SETTINGS);
    await settledPanel(page);
    expect(await page.evaluate(() => document.activeElement?.localName)).toBe('body');
    await page.close();
  });

  it('keeps the keys typed in it from the page', async () => {
    const page = await vigie.open(SETTINGS);
    const shadow = await settledPanel(page);
    await page.evaluate(() => {
      (window as unknown as { heard: string[] }).heard = [];
      // Where sites listen for their shortcuts: bubbling listeners on the document and the window.
      for (const target of [document, window])
        for (const type of ['keydown', 'keyup', 'keypress'])
          target.addEventListener(type, (e) => (window as unknown as { heard: string[] }).heard.push(`${type}:${(e as KeyboardEvent).key}`));
    });
    await shadow.evaluate((root) => (root.querySelector('#vigie-help-toggle') as HTMLElement).focus());
    await page.keyboard.press('j');
    await page.keyboard.press('Enter');
    const heard = await page.evaluate(() => (window as unknown as { heard: string[] }).heard);
    expect(heard).toEqual([]);
    // …while the same keys typed on the page itself are heard (so the listeners above work).
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('j');
    expect(await page.evaluate(() => (window as unknown as { heard: string[] }).heard)).toContain('keydown:j');
    await page.close();
  });

  it('shows where to get help: the platform report page and the main line of the browser’s country (en-US: the US)', async () => {
    const page = await vigie.open(SETTINGS);
    const shadow = await settledPanel(page);
    expect(await shadow.evaluate((root) => (root.querySelector('#vigie-help') as HTMLElement).hidden)).toBe(true);
    await shadow.click('#vigie-help-toggle');
    expect(await shadow.evaluate((root) => (root.querySelector('#vigie-help') as HTMLElement).hidden)).toBe(false);
    const match = detectPage(SETTINGS)!;
    const reportUrl = pageDetails(match.platform, match.pageId)!.reportUrl!;
    expect(await shadow.evaluate((root, url) => root.querySelector(`a[href="${url}"]`)?.textContent ?? null, reportUrl)).toBe('Report a problem to Facebook');
    expect(await shadow.text()).toContain('NCMEC CyberTipline');
    // The number is in the toolbar's popup, which no page can draw over; the panel names none.
    expect(await shadow.exists('a[href^="tel:"]')).toBe(false);
    expect(await shadow.text()).toContain('take the number from Vigie’s button');
    await page.close();
  });

  it('has no axe violations, open with help shown', async () => {
    const page = await vigie.open(SETTINGS);
    const shadow = await settledPanel(page);
    await shadow.click('#vigie-help-toggle');
    const violations = await panelViolations(shadow);
    expect(violations, describeViolations(violations)).toEqual([]);
    await screenshot(page, 'panel-en');
    await page.emulateMedia({ colorScheme: 'dark' });
    await screenshot(page, 'panel-en-dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await shadow.click('#vigie-toggle');
    await screenshot(page, 'panel-en-collapsed');
    const collapsed = await panelViolations(shadow);
    expect(collapsed, describeViolations(collapsed)).toEqual([]);
    await shadow.click('#vigie-toggle');
    await page.close();
  });

  it('is removed when the person navigates off the settings page', async () => {
    const page = await vigie.open(SETTINGS);
    await settledPanel(page);
    await page.evaluate(() => history.pushState({}, '', '/notifications'));
    await expect.poll(() => page.locator('vigie-panel').count()).toBe(0);
    await page.evaluate(() => history.pushState({}, '', '/settings?tab=privacy'));
    await expect.poll(() => page.locator('vigie-panel').count()).toBe(1);
    await page.close();
  });

  it.skipIf(detectPage(GROUP_ADMIN) === null)('opens a group admin page for an organisation', async () => {
    const page = await vigie.open(GROUP_ADMIN);
    const shadow = await settledPanel(page);
    expect(await shadow.evaluate((root) => (root.querySelector('input[name="vigie-audience"]:checked') as HTMLInputElement).value)).toBe('organisation');
    await page.close();
  });

  it('made no request and raised no error', () => {
    expect(vigie.pageErrors).toEqual([]);
    expect(vigie.strayRequests).toEqual([]);
  });
});

describe('the panel in French', () => {
  let vigie: Vigie;
  beforeAll(async () => {
    vigie = await launchVigie({ lang: 'fr-FR', fixtures: { [SETTINGS]: 'facebook-settings-privacy.html' } });
  });
  afterAll(async () => {
    await vigie?.close();
  });

  it('speaks French, offers 3018 (its chat; the number is in the toolbar), and has no axe violations', async () => {
    const page = await vigie.open(SETTINGS);
    const shadow = await settledPanel(page);
    expect(await shadow.evaluate((root) => root.querySelector('section')?.getAttribute('lang'))).toBe('fr');
    const items = expectedItems(SETTINGS, 'parent', 'fr');
    expect(await shadow.evaluate((root) => [...root.querySelectorAll('.item label')].map((l) => l.textContent))).toEqual(items.map((i) => i.text));
    expect(await shadow.text()).toContain(labels.fr!['panel.audience.legend']);
    await shadow.click('#vigie-help-toggle');
    expect(await shadow.exists('a[href^="tel:"]')).toBe(false);
    expect(await shadow.exists('a[href="https://3018.fr"]')).toBe(true);
    const violations = await panelViolations(shadow);
    expect(violations, describeViolations(violations)).toEqual([]);
    await screenshot(page, 'panel-fr');
    await page.close();
  });

  it('made no request and raised no error', () => {
    expect(vigie.pageErrors).toEqual([]);
    expect(vigie.strayRequests).toEqual([]);
  });
});
