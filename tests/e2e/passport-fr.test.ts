// The passport page in French in real Chromium (the popup's incident link before any child, the
// forms, axe), and where the passport is kept: never in a content script.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { EXTENSION_DIR, launchVigie, type Vigie } from './harness';
import { expectAccessible } from './passport-kit';

describe('the passport page, in French', () => {
  let vigie: Vigie;
  let page: Page;
  beforeAll(async () => {
    vigie = await launchVigie({ lang: 'fr-FR' });
  });
  afterAll(async () => {
    await vigie?.close();
  });

  it('asks to start a child first when the popup link comes before any child, then prefills the incident', async () => {
    const address = 'https://www.tiktok.com/@someone/video/1';
    const at = new Date(Date.now() - 60_000).toISOString();
    page = await vigie.openPassport(`#incident?url=${encodeURIComponent(address)}&at=${encodeURIComponent(at)}`);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Noter un incident');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');
    await page.getByText("Il n'y a pas encore d'enfant").waitFor();
    await expectAccessible(page, 'incident with no child (fr)');
    await page.getByRole('link', { name: "Commencer le passeport d'un enfant" }).click();
    await page.getByLabel('Prénom ou surnom').fill('Léa');
    await page.getByLabel('Âge').selectOption('13-15');
    await page.getByRole('button', { name: 'Commencer le passeport' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Noter un incident concernant Léa');
    expect(await page.getByLabel('Adresse (URL)').inputValue()).toBe(address);
  });

  it('is accessible in French, empty and filled', async () => {
    await page.goto(vigie.extensionUrl('passport.html#'));
    await page.locator('.child-card').waitFor();
    await expectAccessible(page, 'home with one child (fr)');
    await page.getByRole('link', { name: 'Léa' }).click();
    // The child's page is read from the store first (a moment): check it once it is there.
    await page.locator('h1', { hasText: 'Léa' }).waitFor();
    await expectAccessible(page, 'empty child page (fr)');
    await page.getByRole('link', { name: 'Passer un nouvel accord' }).click();
    await page.getByRole('button', { name: "Enregistrer l'accord" }).click();
    await page.getByText('Choisissez le sujet de l’accord.'.replace('’', "'")).first().waitFor();
    await expectAccessible(page, 'agreement form with errors (fr)');
    await page.getByLabel("De quoi s'agit-il\u00a0?").selectOption('sharing');
    await page.getByLabel('Ce que vous avez décidé').fill('On demande avant de publier la photo de quelqu’un.');
    await page.getByRole('button', { name: "Enregistrer l'accord" }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Accord\u00a0: Partager');
    await expectAccessible(page, 'agreement page (fr)');
    await page.getByRole('link', { name: 'Léa' }).click();
    await page.locator('.item').first().waitFor();
    await expectAccessible(page, 'filled child page (fr)');
  });

  it('made no request and no page error', () => {
    expect(vigie.pageErrors).toEqual([]);
    expect(vigie.strayRequests).toEqual([]);
  });
});

describe('where the passport is kept', () => {
  it('never in a content script: their bundles do not touch IndexedDB', () => {
    const dir = join(EXTENSION_DIR, 'content-scripts');
    const scripts = readdirSync(dir).filter((file) => file.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) expect(readFileSync(join(dir, script), 'utf8'), script).not.toMatch(/indexedDB/i);
    // The passport page's own bundle does, so the check above can tell.
    const chunks = readdirSync(join(EXTENSION_DIR, 'chunks')).map((file) => readFileSync(join(EXTENSION_DIR, 'chunks', file), 'utf8'));
    expect(chunks.some((code) => code.includes('indexedDB'))).toBe(true);
  });
});
