// What the portability tests share: a folder for the downloads they catch, and the small steps
// every flow takes (axe on a state, the focus, Tab until an element, a download kept).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, describeViolations } from './harness';

export const files = mkdtempSync(join(tmpdir(), 'vigie-portability-'));
afterAll(() => rmSync(files, { recursive: true, force: true }));

export async function expectAccessible(page: Page, state: string) {
  const violations = await axeViolations(page);
  expect(violations, `${state}:\n${describeViolations(violations)}`).toEqual([]);
  expect(await page.locator('body').innerText(), state).not.toMatch(/\{\w+\}/);
}

export const focused = (page: Page) => page.evaluate(() => `${document.activeElement?.tagName} ${document.activeElement?.getAttribute('id') ?? document.activeElement?.textContent?.trim() ?? ''}`);

/** Presses Tab until the element matching `selector` has the focus (at most 40 times). */
export async function tabTo(page: Page, selector: string) {
  for (let i = 0; i < 40; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector} (focus on ${await focused(page)})`);
}

/** Runs `act`, which starts a download, and keeps the file; returns its name and text. */
export async function download(page: Page, act: () => Promise<void>): Promise<{ name: string; path: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), act()]);
  const path = join(files, file.suggestedFilename());
  await file.saveAs(path);
  return { name: file.suggestedFilename(), path, text: readFileSync(path, 'utf8') };
}

export const PASSPHRASE = 'purple otter reads maps';
export const NEW_PASSPHRASE = 'seven quiet lanterns glow';

/** Turns the passport's lock on through its page, as a person does: the passphrase twice, the recovery code noted. */
export async function turnLockOn(page: Page, passphrase = PASSPHRASE) {
  await page.goto(`${page.url().replace(/#.*$/, '')}#lock`);
  await page.getByLabel('Passphrase for the lock').fill(passphrase);
  await page.getByLabel('Type the passphrase again').fill(passphrase);
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByLabel('I have written the recovery code down and will keep it safe').check({ timeout: 30_000 });
  await page.getByRole('button', { name: 'Turn on the lock' }).click();
  await page.getByRole('status').getByText('The lock is on').waitFor({ timeout: 30_000 });
}

/** Opens a locked passport page with the passphrase, as a person does on its lock screen. */
export async function unlockPassport(page: Page, passphrase = PASSPHRASE) {
  await expect.poll(() => page.locator('h1').textContent()).toBe('The passport is locked');
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await page.locator('h1').filter({ hasNotText: 'The passport is locked' }).waitFor({ timeout: 20_000 });
}
