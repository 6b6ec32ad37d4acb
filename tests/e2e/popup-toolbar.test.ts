/// <reference types="chrome" />
// The page the toolbar button opens: prerendered for the browser's language and the person's
// country (utils/help/popup-pages.ts), so its numbers are in the HTML and painted before any script;
// then rendered over by the popup's script, which keeps the painted elements. Choosing a country
// points the toolbar at that country's page; a stale page is corrected. In real Chromium.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, describeViolations, launchVigie, type Vigie } from './harness';

/** Waits until the toolbar button would open `path` (the background or the popup sets it). */
async function toolbarOpens(vigie: Vigie, path: string): Promise<void> {
  const expected = vigie.extensionUrl(path);
  for (let attempt = 0; attempt < 100; attempt++) {
    if ((await vigie.worker.evaluate(() => chrome.action.getPopup({}))) === expected) return;
    await new Promise((wait) => setTimeout(wait, 50));
  }
  throw new Error(`The toolbar never opened ${path}; it opens ${await vigie.worker.evaluate(() => chrome.action.getPopup({}))}`);
}

/** Opens `url` with the page's own scripts switched off: what the HTML alone shows. */
async function openWithoutScripts(vigie: Vigie, url: string): Promise<Page> {
  const page = await vigie.context.newPage();
  const session = await vigie.context.newCDPSession(page);
  await session.send('Emulation.setScriptExecutionDisabled', { value: true });
  await page.goto(url);
  return page;
}

async function dangerLinks(page: Page): Promise<string[]> {
  return page.locator('.danger-list a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
}

describe('the page the toolbar opens, in an en-US browser', () => {
  let vigie: Vigie;
  beforeAll(async () => {
    vigie = await launchVigie({ lang: 'en-US' });
  });
  afterAll(async () => {
    await vigie?.close();
  });

  it('is prerendered for English and the United States', async () => {
    await toolbarOpens(vigie, 'popup/en-US.html');
  });

  it('holds the numbers in its HTML, styled, before any script runs', async () => {
    const page = await openWithoutScripts(vigie, vigie.extensionUrl('popup/en-US.html'));
    expect(await dangerLinks(page)).toEqual(['tel:911']);
    expect(await page.locator('.service-main a.call').getAttribute('href')).toBe('tel:18008435678');
    expect(await page.locator('#main-heading').textContent()).toBe('The line to remember');
    // The inline stylesheet applies: the CSP allows it by its hash (the danger block's red edge).
    expect(await page.locator('.danger').evaluate((el) => getComputedStyle(el).borderLeftWidth)).toBe('6px');
    // Without the script there is nothing else: no router, no full list, no "open now" text.
    expect(await page.locator('.situation').count()).toBe(0);
    expect(await page.locator('.service-main .status').textContent()).toBe('');
    await page.close();
  });

  it.each(['popup/en-US.html', 'popup/fr-FR.html'])('has no accessibility violation as painted, before its script runs: %s', async (path) => {
    const page = await vigie.context.newPage();
    // The page's scripts answered empty: the page stays as its HTML paints it, and axe can run.
    await page.route('**/chunks/**', (route) => route.fulfill({ status: 200, contentType: 'text/javascript', body: '' }));
    await page.goto(vigie.extensionUrl(path));
    expect(await page.locator('.situation').count()).toBe(0);
    const violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    // Still the painted page: the popup's script never ran.
    expect(await page.locator('.situation').count()).toBe(0);
    expect(await page.locator('.service-main .status').textContent()).toBe('');
    await page.close();
  });

  it('is rendered over by the popup’s script, which keeps the painted elements and adds the rest', async () => {
    const page = await vigie.openPopup();
    await page.locator('.situation').first().waitFor();
    // The browser reported the paint of the prerendered heading (Element Timing); that element is
    // still the one in the page: Preact patched the markup instead of replacing it.
    const painted = await page.evaluate(
      () =>
        new Promise<{ kept: boolean; mark: number | undefined }>((resolve) => {
          new PerformanceObserver((list) => {
            const entry = list.getEntries()[0] as PerformanceEntry & { element: Element | null };
            resolve({
              kept: entry.element !== null && entry.element === document.getElementById('main-heading'),
              mark: performance.getEntriesByName('vigie:helplines-visible')[0]?.startTime,
            });
          }).observe({ type: 'element', buffered: true });
        }),
    );
    expect(painted.kept).toBe(true);
    expect(painted.mark).toBeGreaterThan(0);
    expect(await page.locator('.service-main .status').textContent()).toMatch(/\S/);
    await page.close();
  });

  it('is the chosen country’s page once the person picks another country, from the next opening on', async () => {
    const page = await vigie.openPopup();
    await page.locator('#country').selectOption('FR');
    await expect.poll(() => dangerLinks(page)).toEqual(['tel:17', 'tel:112', 'sms:114']);
    await toolbarOpens(vigie, 'popup/en-FR.html');
    await page.close();
    const next = await openWithoutScripts(vigie, await vigie.toolbarPopupUrl());
    expect(await dangerLinks(next)).toEqual(['tel:17', 'tel:112', 'sms:114']);
    expect(await next.locator('#country option[selected]').getAttribute('value')).toBe('FR');
    await next.close();
  });

  it('corrects a page made for another country: the remembered one is shown and the toolbar re-pointed', async () => {
    // As if the browser had kept an older choice: the toolbar opens the United States' page.
    await vigie.worker.evaluate(() => chrome.action.setPopup({ popup: 'popup/en-US.html' }));
    const page = await vigie.openPopup();
    expect(page.url()).toBe(vigie.extensionUrl('popup/en-US.html'));
    await expect.poll(() => dangerLinks(page)).toEqual(['tel:17', 'tel:112', 'sms:114']);
    expect(await page.locator('#country').inputValue()).toBe('FR');
    await toolbarOpens(vigie, 'popup/en-FR.html');
    await page.close();
  });

  it('popup.html, what the toolbar opens before the background has chosen, shows the same popup by script', async () => {
    const page = await vigie.open(vigie.extensionUrl('popup.html'));
    await expect.poll(() => dangerLinks(page)).toEqual(['tel:17', 'tel:112', 'sms:114']);
    await page.locator('.situation').first().waitFor();
    await page.close();
  });

  it('has no page error (a style the CSP refused would be one) and makes no request', () => {
    expect(vigie.pageErrors).toEqual([]);
    expect(vigie.strayRequests).toEqual([]);
  });
});
