/// <reference types="chrome" />
// The family passport in real Chromium, used as a person would: typing, clicking, the keyboard;
// a reload keeps everything (drafts too); the popup's incident link; review reminders; deleting
// a child; axe-core in English and French, empty and filled; the data stays in the extension's
// IndexedDB, never in a content script; nothing leaves the machine.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchVigie, type Vigie } from './harness';
import { storeCounts, expectAccessible, focusedText, daysAgo } from './passport-kit';

describe('the passport page, in English', () => {
  let vigie: Vigie;
  let page: Page;
  let agreementId = '';
  beforeAll(async () => {
    vigie = await launchVigie({ lang: 'en-US' });
    page = await vigie.openPassport();
  });
  afterAll(async () => {
    await vigie?.close();
  });

  it('opens empty, in English, with no accessibility problem', async () => {
    await expect.poll(() => page.locator('h1').textContent()).toBe('Children');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.getByText('Removing Vigie from the browser deletes the passport').waitFor();
    await expectAccessible(page, 'empty passport');
  });

  it("starts a child's passport by typing, and lands on it with the focus on its heading", async () => {
    await page.getByRole('link', { name: "Start a child's passport" }).click();
    await expect.poll(() => focusedText(page)).toBe("H1 Start a child's passport");
    // Submitting empty names the two missing fields, next to them and in a summary that takes the focus.
    await page.getByRole('button', { name: 'Start the passport' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('error-summary'))).toBe(true);
    const name = page.getByLabel('First name or nickname');
    expect(await name.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await name.getAttribute('aria-describedby')) ?? '';
    const described = await page.evaluate((ids) => ids.split(' ').map((id) => document.getElementById(id)?.textContent).join(' | '), describedBy);
    expect(described).toContain("Write the child's first name or nickname.");
    await page.getByRole('button', { name: "Write the child's first name or nickname." }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('child-form-name');

    await page.keyboard.type('Sam');
    await page.getByLabel('Age', { exact: true }).selectOption('11-12');
    await page.getByRole('button', { name: 'Add an adult' }).click();
    // The new row's name field takes the focus.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('child-form-adults-0-name');
    await page.keyboard.type('Alex');
    await page.getByLabel('Role').selectOption('carer');
    await page.getByLabel('Alex (Carer)').focus();
    await page.keyboard.press('Space');
    await name.focus();
    await page.keyboard.press('Enter');

    await expect.poll(() => focusedText(page)).toBe('H1 Sam');
    await expect.poll(() => page.getByRole('status').textContent()).toBe("Sam's passport has started.");
    expect(await page.getByText('Sam agreed to show this part to: Alex.').count()).toBe(1);
    expect(await page.title()).toBe('Child · Family passport');
  });

  it('keeps a half-written agreement through a reload, then saves it', async () => {
    await page.getByRole('link', { name: 'Make a new agreement' }).click();
    await page.getByLabel('What is it about?').selectOption('time-online');
    await page.getByLabel('What you agreed').focus();
    await page.keyboard.type('Phones stay downstairs after 9 pm on school nights.');
    await page.waitForTimeout(300);
    await page.reload();
    await expect.poll(() => page.getByLabel('What you agreed').inputValue()).toBe('Phones stay downstairs after 9 pm on school nights.');
    expect(await page.getByLabel('What is it about?').inputValue()).toBe('time-online');
    await page.getByText('We brought back what you were writing').waitFor();

    await page.getByLabel('Alex', { exact: true }).check();
    await page.getByLabel('Agreed on').fill(daysAgo(40));
    await page.getByLabel('Talk about it again').selectOption('30');
    await page.getByRole('button', { name: 'Save the agreement' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Agreement: Managing time online');
    agreementId = new URL(page.url()).hash.replace('#agreement/', '');
    expect(agreementId).toMatch(/^[0-9a-f-]{36}$/);
    await page.getByText('overdue').first().waitFor();
    // The draft went with the save.
    expect((await storeCounts(page)).drafts).toBe(0);
  });

  it('reminds about the overdue review with a local notification that names the child', async () => {
    const id = `passport-review:${agreementId}`;
    await expect
      .poll(() => vigie.worker.evaluate(() => new Promise<string[]>((resolve) => chrome.notifications.getAll((all) => resolve(Object.keys(all))))), { timeout: 20_000 })
      .toContain(id);
    // The alarm that rang is not set again for the same due day.
    const alarms = await vigie.worker.evaluate(() => chrome.alarms.getAll().then((all) => all.map((a) => a.name)));
    expect(alarms).not.toContain(id);
  });

  it('reviews the agreement together, changing its words, with the keyboard', async () => {
    await page.getByLabel('Date of the review').fill(daysAgo(1));
    await page.getByLabel('Yes, it is working').focus();
    await page.keyboard.press('ArrowDown');
    expect(await page.getByLabel('Partly').isChecked()).toBe(true);
    await page.getByLabel('Notes', { exact: true }).fill('Sam wants a later time on Fridays.');
    await page.getByLabel('New words for the agreement (if they change)').fill('Phones downstairs after 9 pm, 10 pm on Fridays.');
    await page.getByRole('button', { name: 'Save the review' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toBe('Review saved.');
    await page.locator('.review-history li').first().waitFor();
    const history = await page.locator('.review-history').textContent();
    expect(history).toContain('Partly');
    expect(history).toContain('Sam wants a later time on Fridays.');
    expect(history).toContain('Phones stay downstairs after 9 pm on school nights.');
    expect(await page.locator('blockquote.agreed-words').textContent()).toBe('Phones downstairs after 9 pm, 10 pm on Fridays.');
    // Reviewed yesterday, every month: no longer overdue, and the review form is empty again.
    expect(await page.getByText('overdue').count()).toBe(0);
    expect(await page.getByLabel('Notes', { exact: true }).inputValue()).toBe('');
    await expectAccessible(page, 'agreement with a review');
  });

  it('records an incident with evidence as notes, never pictures', async () => {
    await page.getByRole('link', { name: 'Sam' }).click();
    await page.getByRole('region', { name: 'Incidents' }).getByRole('link', { name: 'Record an incident' }).click();
    await page.getByText('Notes only, never pictures.').waitFor();
    await page.getByLabel('When did it happen?').fill(`${daysAgo(2)}T18:30`);
    await page.getByLabel('Where (platform)').selectOption('roblox');
    await page.getByLabel('What happened').fill('Someone in a game chat asked Sam for photos.');
    await page.getByLabel('Who was told').fill('Alex, the same evening');
    // An American browser: the United States' services, not France's.
    await page.getByLabel('NCMEC CyberTipline (1-800-843-5678)').check();
    await page.getByLabel('The platform').check();
    await page.getByRole('button', { name: 'Add an evidence note' }).click();
    await page.getByLabel('Address (URL)').fill('javascript:alert(1)');
    await page.getByRole('button', { name: 'Save the incident' }).click();
    const url = page.getByLabel('Address (URL)');
    await expect.poll(() => url.getAttribute('aria-invalid')).toBe('true');
    await page.getByText('Enter a web address starting with https:// (or http://).').first().waitFor();
    await url.fill('https://www.roblox.com/users/123/profile');
    await page.getByLabel('Account').fill('stranger123');
    await page.getByRole('button', { name: 'Save the incident' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toBe('Incident recorded.');
    expect(await page.locator('.passport-section', { hasText: 'Incidents' }).textContent()).toContain('Someone in a game chat asked Sam for photos.');
  });

  it("keeps the child's own part and a celebration", async () => {
    await page.getByRole('link', { name: 'Write with Sam' }).click();
    await page.getByLabel('Sam, on their own').check();
    await page.getByLabel('What do you like doing online?').fill('Building worlds in Minecraft with my cousin.');
    await page.getByLabel('Is anything bothering or worrying you?').fill('Group chats late at night.');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('link', { name: 'Add a celebration' }).click();
    await page.getByLabel('What are you celebrating?').fill('Made a stop-motion film and showed it to the family.');
    await page.getByRole('button', { name: 'Save the celebration' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toBe('Celebration saved.');
  });

  it('has everything after a reload, and the filled pages have no accessibility problem', async () => {
    await page.reload();
    await page.locator('h1', { hasText: 'Sam' }).waitFor();
    const text = (await page.locator('main').textContent()) ?? '';
    for (const expected of [
      'Phones downstairs after 9 pm, 10 pm on Fridays.',
      'reviewed once',
      'Someone in a game chat asked Sam for photos.',
      'NCMEC CyberTipline (1-800-843-5678), The platform',
      'https://www.roblox.com/users/123/profile · stranger123',
      'Building worlds in Minecraft with my cousin.',
      'Group chats late at night.',
      'Made a stop-motion film and showed it to the family.',
      'Alex — Carer',
    ]) {
      expect(text).toContain(expected);
    }
    // Evidence addresses are never links.
    expect(await page.locator('a[href^="https://www.roblox.com"]').count()).toBe(0);
    expect(await storeCounts(page)).toEqual({ children: 1, agreements: 1, incidents: 1, celebrations: 1, drafts: 0 });
    await expectAccessible(page, 'filled child page');
    await page.goto(vigie.extensionUrl('passport.html'));
    await page.locator('.child-card').waitFor();
    await expectAccessible(page, 'filled home page');
  });

  it("prints as a document: no buttons or forms, and the child's own part only when ticked", async () => {
    await page.goto(vigie.extensionUrl('passport.html'));
    await page.getByRole('link', { name: 'Sam' }).click();
    await page.locator('h1', { hasText: 'Sam' }).waitFor();
    await page.emulateMedia({ media: 'print' });
    const visible = (selector: string) => page.locator(selector).first().isVisible();
    expect(await visible('.site-header')).toBe(false);
    expect(await visible('.at-a-glance')).toBe(false);
    expect(await page.getByRole('link', { name: 'Make a new agreement' }).isVisible()).toBe(false);
    expect(await visible('#agreements-title')).toBe(true);
    expect(await page.getByText('Phones downstairs after 9 pm, 10 pm on Fridays.').first().isVisible()).toBe(true);
    expect(await visible('#child-voice')).toBe(false);
    await page.emulateMedia({ media: 'screen' });
    await page.getByLabel("Include Sam's own part when printing (only if Sam agreed)").check();
    await page.emulateMedia({ media: 'print' });
    expect(await visible('#child-voice')).toBe(true);
    await page.emulateMedia({ media: 'screen' });
  });

  it('opens the incident form prefilled from the popup link, for the only child', async () => {
    const address = 'https://www.facebook.com/messages/t/42?x=1&y=2';
    const at = new Date(Date.now() - 5 * 60_000).toISOString();
    const prefilled = await vigie.openPassport(`#incident?url=${encodeURIComponent(address)}&at=${encodeURIComponent(at)}`);
    await expect.poll(() => prefilled.locator('h1').textContent()).toBe('Record an incident about Sam');
    expect(await prefilled.getByLabel('Address (URL)').inputValue()).toBe(address);
    expect(await prefilled.getByLabel('Where (platform)').inputValue()).toBe('facebook');
    const when = await prefilled.getByLabel('When did it happen?').inputValue();
    expect(new Date(when).getTime()).toBeCloseTo(new Date(at).setSeconds(0, 0), -3);
    await expectAccessible(prefilled, 'prefilled incident form');
    await prefilled.close();
  });

  it('deletes the child and everything about them, only after typing their name', async () => {
    await page.goto(vigie.extensionUrl(`passport.html#agreement/${agreementId}`));
    await page.locator('h1', { hasText: 'Agreement' }).waitFor();
    await page.getByRole('link', { name: 'Sam' }).click();
    // A half-written form is part of "everything about them".
    await page.getByRole('region', { name: 'Incidents' }).getByRole('link', { name: 'Record an incident' }).click();
    await page.getByLabel('What happened').fill('Half-written');
    await expect.poll(async () => (await storeCounts(page)).drafts).toBe(1);
    await page.getByRole('link', { name: 'Sam' }).click();

    const opener = page.getByRole('button', { name: "Delete Sam's passport…" });
    await opener.click();
    const dialog = page.getByRole('dialog', { name: 'Delete everything about Sam?' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('1 agreement with their reviews, 1 incident, 1 celebration');
    await expectAccessible(page, 'delete dialog');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe("Delete Sam's passport…");
    expect((await storeCounts(page)).children).toBe(1);

    await opener.click();
    await page.getByLabel('To confirm, type the name “Sam”').fill('Sa');
    await page.getByRole('button', { name: "Delete Sam's passport", exact: true }).click();
    await page.getByText('Type “Sam” exactly to confirm, or choose Cancel.').waitFor();
    expect((await storeCounts(page)).children).toBe(1);
    await page.getByLabel('To confirm, type the name “Sam”').fill('Sam');
    await page.getByRole('button', { name: "Delete Sam's passport", exact: true }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toBe("Sam's passport was deleted from this browser.");
    expect(await storeCounts(page)).toEqual({ children: 0, agreements: 0, incidents: 0, celebrations: 0, drafts: 0 });
    await page.getByRole('link', { name: "Start a child's passport" }).waitFor();
  });

  it('made no request and no page error', () => {
    expect(vigie.pageErrors).toEqual([]);
    expect(vigie.strayRequests).toEqual([]);
  });
});
