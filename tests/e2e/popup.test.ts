/// <reference types="chrome" />
// The toolbar popup in real Chromium, under three browser languages: the right numbers as working
// links, the page language, axe-clean, keyboard-only use, the remembered country, "report this"
// on a page of a real hostname, and no request at all.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, describeViolations, fixturePage, launchVigie, type Vigie } from './harness';

const FACEBOOK = 'https://www.facebook.com/settings?tab=privacy';
const ELSEWHERE = 'https://www.example.org/news';

/** The href of every visible link in `scope` (hidden ones are inside closed disclosures). */
async function visibleLinks(page: Page, scope: string): Promise<string[]> {
  return page.locator(`${scope} a:visible`).evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
}

/** Presses Tab until `selector` has the focus, as a keyboard user would; fails after `max` presses. */
async function tabTo(page: Page, selector: string, max = 80): Promise<number> {
  for (let presses = 1; presses <= max; presses++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return presses;
  }
  throw new Error(`${selector} never got the focus with Tab`);
}

async function openPopup(vigie: Vigie, query = ''): Promise<Page> {
  const page = await vigie.context.newPage();
  await page.setViewportSize({ width: 430, height: 600 });
  await page.goto(`${await vigie.toolbarPopupUrl()}${query}`);
  // The first screen is in the page's HTML; the situations come with the popup's script.
  await page.locator('.situation').first().waitFor();
  return page;
}

const browsers = [
  {
    lang: 'fr-FR',
    pageLang: 'fr',
    country: 'FR',
    heading: 'En danger maintenant ?',
    danger: ['tel:17', 'tel:112', 'sms:114'],
    main: ['tel:3018', 'Appeler le 3018'],
    everywhere: ['tel:3018', 'tel:119', 'tel:17', 'tel:112', 'https://www.internet-signalement.gouv.fr'],
    childLine: false,
  },
  {
    lang: 'en-GB',
    pageLang: 'en',
    country: 'GB',
    heading: 'In danger now?',
    danger: ['tel:999'],
    main: ['tel:08088005000', 'Call 0808 800 5000'],
    everywhere: ['tel:999', 'tel:08001111', 'tel:08088005000'],
    childLine: true,
  },
  {
    lang: 'en-US',
    pageLang: 'en',
    country: 'US',
    heading: 'In danger now?',
    danger: ['tel:911'],
    main: ['tel:18008435678', 'Call 1-800-843-5678'],
    everywhere: ['tel:911', 'tel:988', 'sms:988'],
    childLine: false,
  },
] as const;

describe.each(browsers)('the popup in a $lang browser', (expected) => {
  let vigie: Vigie;
  let popup: Page;
  beforeAll(async () => {
    vigie = await launchVigie({ lang: expected.lang });
    popup = await openPopup(vigie);
  });
  afterAll(async () => {
    await vigie?.close();
  });

  it('speaks the browser’s language and picks the country from its region', async () => {
    expect(popup.url()).toBe(vigie.extensionUrl(`popup/${expected.pageLang}-${expected.country}.html`));
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe(expected.pageLang);
    expect(await popup.locator('select#country').inputValue()).toBe(expected.country);
    expect(await popup.locator('#danger-heading').textContent()).toBe(expected.heading);
    // Measured and reported, never asserted (DESIGN.md, "Budgets"): the benchmark owns the 50 ms budget.
    // The mark is set once the browser has painted the first screen, a moment after it is in the DOM.
    await popup.waitForFunction(() => performance.getEntriesByName('vigie:helplines-visible').length > 0);
    const [painted, loaded] = await popup.evaluate(() => [
      performance.getEntriesByName('vigie:helplines-visible')[0]?.startTime ?? -1,
      (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventEnd,
    ]);
    expect(painted).toBeGreaterThan(0);
    console.info(`[${expected.lang}] helplines painted ${painted.toFixed(1)} ms after navigation start, ${(painted - loaded).toFixed(1)} ms after DOMContentLoaded (cold start)`);
  });

  it('shows the emergency numbers first and the main line next, as big working links', async () => {
    expect(await visibleLinks(popup, '.danger')).toEqual([...expected.danger]);
    // The main line is a parent's; where the child has a line of their own, it follows it.
    const mainCall = popup.locator('.main-line a.call').first();
    expect(await mainCall.getAttribute('href')).toBe(expected.main[0]);
    expect(await mainCall.textContent()).toContain(expected.main[1]);
    // Both are on the first screen, without scrolling.
    for (const link of [popup.locator('.danger a').first(), mainCall]) {
      const box = (await link.boundingBox())!;
      expect(box.y + box.height).toBeLessThanOrEqual(600);
      expect(box.height).toBeGreaterThanOrEqual(44);
    }
  });

  it('lists the country’s other lines as visible links', async () => {
    const links = await visibleLinks(popup, 'main');
    for (const href of expected.everywhere) expect(links, href).toContain(href);
  });

  it('names the line a child calls as the child’s, and keeps every card’s sources collapsed until asked', async () => {
    const childLines = popup.locator('.main-line .audience-child');
    expect(await childLines.count()).toBe(expected.childLine ? 1 : 0);
    const sources = popup.locator('.all details.sources');
    expect(await sources.count()).toBeGreaterThan(2);
    expect(await sources.evaluateAll((all) => all.filter((d) => (d as HTMLDetailsElement).open).length)).toBe(0);
    // A source is a link a person can open, once the disclosure is open.
    const first = sources.first();
    expect(await first.locator('a:visible').count()).toBe(0);
    await first.locator('summary').click();
    expect(await first.locator('a:visible').count()).toBeGreaterThan(0);
    await first.locator('summary').click();
  });

  it('has no accessibility violation, with every situation and every source opened', async () => {
    await popup.locator('details').evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
    const violations = await axeViolations(popup);
    expect(violations, describeViolations(violations)).toEqual([]);
  });

  it('has no page error and makes no request', () => {
    expect(vigie.pageErrors).toEqual([]);
    expect(vigie.strayRequests).toEqual([]);
  });
});

describe('using the popup', () => {
  let vigie: Vigie;
  beforeAll(async () => {
    vigie = await launchVigie({ lang: 'fr-FR', fixtures: { [FACEBOOK]: 'facebook-settings-privacy.html', [ELSEWHERE]: () => fixturePage('News', '<h1>News</h1>') } });
  });
  afterAll(async () => {
    await vigie?.close();
  });

  it('works with the keyboard alone: Tab order from the country to the emergency numbers, Enter opens a situation', async () => {
    const popup = await openPopup(vigie);
    await popup.keyboard.press('Tab');
    expect(await popup.evaluate(() => document.activeElement?.id)).toBe('country');
    await popup.keyboard.press('Tab');
    expect(await popup.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('tel:17');
    await popup.keyboard.press('Tab');
    expect(await popup.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('tel:112');

    const childInDanger = popup.locator('[data-situation="child-danger"]');
    expect(await childInDanger.locator('a[href="tel:119"]').isVisible()).toBe(false);
    await tabTo(popup, '[data-situation="child-danger"] summary');
    await popup.keyboard.press('Enter');
    await expect.poll(() => childInDanger.locator('a[href="tel:119"]').isVisible()).toBe(true);
    // The next Tab goes into what just opened: what to do first (its first source), then on to the 119 call link.
    await popup.keyboard.press('Tab');
    expect(await popup.evaluate(() => document.activeElement?.closest('.first-steps') !== null)).toBe(true);
    await tabTo(popup, '[data-situation="child-danger"] a[href="tel:119"]', 10);
    // The focus is visible.
    const outline = await popup.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).toBe('solid');
    await popup.close();
  });

  it('remembers a country chosen with the keyboard when the popup is opened again', async () => {
    const popup = await openPopup(vigie);
    await popup.keyboard.press('Tab');
    await popup.keyboard.press('b'); // type-ahead: "Belgique"
    await expect.poll(() => popup.locator('select#country').inputValue()).toBe('BE');
    await expect.poll(() => visibleLinks(popup, '.danger')).toEqual(['tel:112', 'tel:101']);
    // Give IndexedDB its write before the popup goes away, as a real popup closing would.
    await popup.waitForTimeout(200);
    await popup.close();

    const again = await openPopup(vigie);
    // Choosing Belgium pointed the toolbar at the page prerendered for it.
    expect(again.url()).toBe(vigie.extensionUrl('popup/fr-BE.html'));
    // Usually painted with Belgium at once; on a very slow disk the remembered choice lands a moment later.
    await expect.poll(() => again.locator('select#country').inputValue()).toBe('BE');
    expect(await visibleLinks(again, '.danger')).toEqual(['tel:112', 'tel:101']);
    // Belgium's lines answer in Dutch or in French: each short card says which, and stays axe-clean.
    await again.locator('details').evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
    const awel = again.locator('[data-situation="child-danger"] .service-route[aria-label="Awel 102"] .service-languages');
    expect(await awel.textContent()).toBe('Répond en néerlandais');
    const violations = await axeViolations(again);
    expect(violations, describeViolations(violations)).toEqual([]);
    await again.locator('select#country').selectOption('FR');
    await expect.poll(() => visibleLinks(again, '.danger')).toEqual(['tel:17', 'tel:112', 'sms:114']);
    await again.waitForTimeout(200);
    await again.close();
  });

  it('offers "report this" for the platform of the tab, and opens the passport’s incident form prefilled', async () => {
    const facebook = await vigie.open(FACEBOOK);
    const tabId = await vigie.worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id);
    expect(typeof tabId).toBe('number');
    const popup = await openPopup(vigie, `?tab=${tabId}`);

    const report = popup.locator('.report');
    await expect.poll(() => report.textContent()).toContain('Cet onglet est sur Facebook.');
    expect(await visibleLinks(popup, '.report .report-links')).toEqual(['https://www.facebook.com/help/contact/209046679279097', 'https://www.facebook.com/help/1380418588640631']);
    expect(await report.textContent()).toContain('Ne gardez, ne capturez ni ne transférez jamais d’images sexuelles d’un mineur');
    expect(await report.locator('code').textContent()).toBe(FACEBOOK);

    const opened = vigie.context.waitForEvent('page');
    await report.locator(`a[href^="${vigie.extensionUrl('passport.html#incident?')}"]`).click();
    const passport = await opened;
    await passport.waitForLoadState();
    const hash = new URL(passport.url()).hash;
    const params = new URLSearchParams(hash.slice(hash.indexOf('?') + 1));
    expect(hash.startsWith('#incident?')).toBe(true);
    expect(params.get('url')).toBe(FACEBOOK);
    expect(Math.abs(Date.parse(params.get('at')!) - Date.now())).toBeLessThan(60_000);
    await Promise.all([passport.close(), popup.close(), facebook.close()]);
  });

  it('says it cannot tell the platform of a page Vigie does not support', async () => {
    const other = await vigie.open(ELSEWHERE);
    const tabId = await vigie.worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id);
    const popup = await openPopup(vigie, `?tab=${tabId}`);
    await expect.poll(() => popup.locator('.report').textContent()).toContain('n’est pas sur une plateforme que Vigie connaît');
    expect(await popup.locator('.report a').count()).toBe(0);
    await Promise.all([popup.close(), other.close()]);
  });

  it('has no page error and makes no request', () => {
    expect(vigie.pageErrors).toEqual([]);
    expect(vigie.strayRequests).toEqual([]);
  });
});
