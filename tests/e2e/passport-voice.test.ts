// The child's own part is the child's (issue 16.6), in real Chromium: on the child's page it is
// folded (its words out of sight, axe clean), opened from the keyboard, folded again when the
// person leaves; beside it, "Something worrying?" leads to the incident form and to the helplines
// of the chosen country — the United Kingdom, then France picked in the toolbar popup.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchVigie, type Vigie } from './harness';
import { expectAccessible } from './passport-kit';

const WORRY = 'A group chat late at night.';
const ENJOY = 'Drawing comics with my cousin.';

describe("the child's own part on the passport overview", () => {
  let vigie: Vigie;
  let page: Page;
  let childPage: string;
  beforeAll(async () => {
    vigie = await launchVigie({ lang: 'en-GB' });
  });
  afterAll(async () => {
    await vigie?.close();
  });

  const toggle = () => page.locator('.fold-toggle');
  const expanded = () => toggle().getAttribute('aria-expanded');

  it('is folded on the child’s page once written, the glance included, and axe finds nothing', async () => {
    page = await vigie.openPassport('#child/new');
    await page.getByLabel('First name or nickname').fill('Léa');
    await page.getByLabel('Age', { exact: true }).selectOption('11-12');
    await page.getByRole('button', { name: 'Start the passport' }).click();
    await page.locator('h1', { hasText: 'Léa' }).waitFor();
    childPage = page.url();
    await page.getByRole('link', { name: 'Write with Léa' }).click();
    await page.getByLabel('What do you like doing online?').fill(ENJOY);
    await page.getByLabel('Is anything bothering or worrying you?').fill(WORRY);
    await page.getByRole('button', { name: 'Save' }).click();
    await page.locator('h1', { hasText: 'Léa' }).waitFor();
    await toggle().waitFor();
    expect(await toggle().textContent()).toBe("Show Léa's own part");
    expect(await expanded()).toBe('false');
    expect(await page.getByText(WORRY).isVisible()).toBe(false);
    expect(await page.getByText(ENJOY).first().isVisible()).toBe(false);
    expect(await page.locator('.at-a-glance').textContent()).not.toContain(ENJOY);
    await expectAccessible(page, 'child page, own part folded');
  });

  it('opens from the keyboard, and axe still finds nothing', async () => {
    await toggle().focus();
    await page.keyboard.press('Enter');
    await expect.poll(expanded).toBe('true');
    expect(await toggle().textContent()).toBe("Hide Léa's own part");
    expect(await page.getByText(WORRY).isVisible()).toBe(true);
    expect(await page.locator('.at-a-glance').getByText(ENJOY).isVisible()).toBe(true);
    await expectAccessible(page, 'child page, own part open');
    await page.keyboard.press('Space');
    await expect.poll(expanded).toBe('false');
  });

  it('folds again once the person leaves the page and comes back', async () => {
    await toggle().focus();
    await page.keyboard.press('Space');
    await expect.poll(expanded).toBe('true');
    await page.getByRole('link', { name: 'Children' }).first().click();
    await page.locator('.child-card').waitFor();
    await page.goBack();
    await toggle().waitFor();
    expect(await expanded()).toBe('false');
    expect(await page.getByText(WORRY).isVisible()).toBe(false);
  });

  it('prints as the print options say, folded on screen or not', async () => {
    expect(await expanded()).toBe('false');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('#child-voice').isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });
    await page.getByLabel("Include Léa's own part when printing (only if Léa agreed)").check();
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByText(WORRY).isVisible()).toBe(true);
    expect(await page.locator('.fold-toggle').isVisible()).toBe(false);
    expect(await page.locator('.worry-line').isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });
    expect(await page.getByText(WORRY).isVisible()).toBe(false);
  });

  it('leads from "Something worrying?" to the incident form about this child', async () => {
    const line = page.locator('.worry-line');
    expect(await line.textContent()).toMatch(/^Something worrying\? Record an incident · Get help$/);
    await line.getByRole('link', { name: 'Record an incident' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Record an incident about Léa');
  });

  it('leads to the helplines of the United Kingdom, from its own directory', async () => {
    await page.goto(childPage);
    const help = page.locator('.worry-line').getByRole('link', { name: 'Get help: United Kingdom helplines' });
    await help.waitFor();
    await help.click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/popup/en-GB.html');
    await page.getByText('Childline (NSPCC)').first().waitFor();
    expect(await page.locator('body').textContent()).not.toContain('3018');
  });

  it('leads to the helplines of France once France is chosen in the toolbar popup', async () => {
    // Once its script runs (the first screen is static HTML until then), as a person's choice would be.
    const popup = await vigie.openPopup();
    await popup.locator('select#country').selectOption('FR');
    await expect.poll(() => popup.locator('select#country').inputValue()).toBe('FR');
    // Give IndexedDB its write before the popup goes away, as a real popup closing would.
    await popup.waitForTimeout(300);
    await popup.close();
    await page.goto(childPage);
    const help = page.locator('.worry-line').getByRole('link', { name: 'Get help: France helplines' });
    await help.waitFor();
    await help.click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/popup/en-FR.html');
    await page.getByText('3018').first().waitFor();
    expect(await page.locator('body').textContent()).not.toContain('Childline');
  });

  it('made no request and no page error', () => {
    expect(vigie.pageErrors).toEqual([]);
    expect(vigie.strayRequests).toEqual([]);
  });
});
