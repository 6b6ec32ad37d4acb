// The steps of a settings review for a child, as a person takes them in Chromium, shared by the
// review tests: Instagram's account privacy page (a fixture on the real hostname), a child added
// in the passport page, the child picked in the panel, a box ticked with the mouse.
import { expect } from 'vitest';
import { fixturePage, launchVigie, type Vigie } from './harness';
import { focusedText } from './passport-kit';
import type { PanelView } from './hostile-kit';

export const INSTAGRAM_PRIVACY = 'https://www.instagram.com/accounts/settings/v2/account_privacy/';
export const instagramPrivacyPage = () => fixturePage('Account privacy • Instagram', '<main><h1>Account privacy</h1><p>Private account</p></main>');

/** The tests' Chromium with Instagram's account privacy page answered by its fixture. */
export const launchWithInstagram = () => launchVigie({ fixtures: { [INSTAGRAM_PRIVACY]: instagramPrivacyPage } });

/** Adds a child through the passport page's form; returns the child's id (from the page's address). */
export async function addChildInPassport(vigie: Vigie, name: string, ageBand = '11-12'): Promise<string> {
  const page = await vigie.openPassport('#child/new');
  await page.getByLabel('First name or nickname').fill(name);
  await page.getByLabel('Age', { exact: true }).selectOption(ageBand);
  await page.getByRole('button', { name: 'Start the passport' }).click();
  await expect.poll(() => focusedText(page)).toBe(`H1 ${name}`);
  const childId = new URL(page.url()).hash.replace('#child/', '');
  expect(childId).toMatch(/^[0-9a-f-]{36}$/);
  await page.close();
  return childId;
}

/** Answers the panel's "Whom is this review for?" with the first child listed, and waits for the answer drawn. */
export async function pickFirstChild(panel: PanelView, name: string) {
  await expect.poll(() => panel.text()).toContain('Whom is this review for?');
  await panel.click('#vigie-for-whom-first');
  await expect.poll(() => panel.text()).toContain(`Review for ${name}`);
}

/** The ids of the panel's checklist boxes, in the order shown. */
export const boxIds = (panel: PanelView) => panel.evaluate((root) => [...root.querySelectorAll<HTMLInputElement>('.items input[type="checkbox"]')].map((box) => box.id));

/** Ticks a box with the mouse and waits until the panel shows it ticked; returns the item's id. */
export async function tick(panel: PanelView, boxId: string): Promise<string> {
  await panel.click(`#${boxId}`);
  await expect.poll(() => panel.checked(`#${boxId}`)).toBe(true);
  return boxId.slice('vigie-item-'.length);
}
