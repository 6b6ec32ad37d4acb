// The portability flows of portability.test.ts in French, in real Chromium: every new state
// (import preview, errors, the lock, the hand-over, printing) has no accessibility problem.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchVigie, type Vigie } from './harness';
import { files, expectAccessible, focused, download, PASSPHRASE } from './portability-kit';
import { dumpDatabase, household, leakedSecrets, SECRETS, seed } from './portability-helpers';

describe('the same, in French: every new state has no accessibility problem', () => {
  let vigie: Vigie;
  let page: Page;
  beforeAll(async () => {
    vigie = await launchVigie({ lang: 'fr-FR' });
    page = await vigie.openPassport();
    await page.getByRole('link', { name: 'Importer un fichier de passeport' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');
    await seed(page, household());
    await page.reload();
  });
  afterAll(async () => {
    await vigie?.close();
  });

  it('home, export (with errors, then done) and import (preview, refusal, replace dialog)', async () => {
    await page.locator('.safekeeping').getByText('Jamais exporté : gardez une copie en lieu sûr.'.replace(' :', '\u00a0:')).waitFor();
    await expectAccessible(page, 'home (fr)');
    await page.getByRole('link', { name: 'Exporter une copie' }).click();
    await page.getByRole('button', { name: 'Exporter le fichier' }).click();
    await page.getByText('Choisissez une phrase secrète.').first().waitFor();
    await expectAccessible(page, 'export with errors (fr)');
    await page.getByLabel('Protéger le fichier par une phrase secrète (recommandé)').uncheck();
    const file = await download(page, () => page.getByRole('button', { name: 'Exporter le fichier' }).click());
    await page.getByText(/^Dernier export/).waitFor();
    await expectAccessible(page, 'export done (fr)');

    await page.goto(vigie.extensionUrl('passport.html#import'));
    writeFileSync(join(files, 'pas-json.json'), 'ceci n’est pas du JSON');
    await page.getByLabel('Fichier du passeport').setInputFiles(join(files, 'pas-json.json'));
    await page.getByRole('alert').getByText('Le passeport de ce navigateur n\'a pas été modifié.').waitFor();
    await expectAccessible(page, 'import refused (fr)');
    await page.getByLabel('Fichier du passeport').setInputFiles(file.path);
    await page.locator('.import-preview').getByText(/déjà ici et identique/).first().waitFor();
    await expectAccessible(page, 'import preview (fr)');
    await page.getByLabel('Remplacer : le passeport de ce navigateur devient exactement le fichier'.replace(' :', '\u00a0:')).check();
    await page.getByRole('button', { name: 'Remplacer le passeport de ce navigateur' }).click();
    await page.getByRole('dialog').waitFor();
    await expectAccessible(page, 'replace dialog (fr)');
    await page.keyboard.press('Escape');
  });

  it('the lock: set-up, recovery code, lock screen, wrong passphrase, recovery form, and the lock page', async () => {
    await page.goto(vigie.extensionUrl('passport.html#lock'));
    await page.getByLabel('Phrase secrète du verrou').waitFor();
    await expectAccessible(page, 'lock set-up (fr)');
    await page.getByRole('button', { name: 'Continuer' }).click();
    await page.getByText('Choisissez une phrase secrète.').first().waitFor();
    await expectAccessible(page, 'lock set-up with errors (fr)');
    await page.getByLabel('Phrase secrète du verrou').fill(PASSPHRASE);
    await page.getByLabel('Retapez la phrase secrète').fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Continuer' }).click();
    await page.locator('.recovery-code').waitFor({ timeout: 20_000 });
    await expectAccessible(page, 'recovery code (fr)');
    await page.getByLabel("J'ai noté le code de secours et je le garderai en lieu sûr").check();
    await page.getByRole('button', { name: 'Activer le verrou' }).click();
    await page.getByRole('status').getByText(/^Le verrou est activé/).waitFor();
    expect(leakedSecrets(await dumpDatabase(page))).toEqual([]);

    await page.reload();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Le passeport est verrouillé');
    await expect.poll(() => focused(page)).toBe('INPUT unlock-passphrase');
    await expectAccessible(page, 'lock screen (fr)');
    await page.keyboard.type('pas la bonne phrase');
    await page.keyboard.press('Enter');
    await page.getByText(/Cette phrase secrète n'ouvre pas le passeport/).waitFor();
    await expectAccessible(page, 'wrong passphrase (fr)');
    await page.getByRole('button', { name: "J'ai oublié la phrase secrète" }).click();
    await page.getByLabel('Code de secours').waitFor();
    await expectAccessible(page, 'recovery form (fr)');
    await page.getByRole('button', { name: 'Revenir à la phrase secrète' }).click();
    await page.getByLabel('Phrase secrète', { exact: true }).fill(PASSPHRASE);
    await page.keyboard.press('Enter');
    await page.locator('.child-card').first().waitFor({ timeout: 20_000 });
    await page.goto(vigie.extensionUrl('passport.html#lock'));
    await page.getByRole('heading', { name: 'Désactiver le verrou' }).waitFor();
    await expectAccessible(page, 'lock page while on (fr)');
  });

  it('the hand-over and printing', async () => {
    await page.goto(vigie.extensionUrl(`passport.html#child/zephyrine-0001`));
    await page.getByRole('link', { name: `Transmettre le passeport de ${SECRETS.firstName}` }).click();
    await page.locator('.steps').waitFor();
    await expectAccessible(page, 'hand-over (fr)');
    await page.getByRole('button', { name: `Effacer le passeport de ${SECRETS.firstName} de ce navigateur…` }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('Vous n\'avez pas exporté');
    await expectAccessible(page, 'hand-over delete dialog (fr)');
    await page.keyboard.press('Escape');
    await page.getByRole('link', { name: `Imprimer le passeport de ${SECRETS.firstName}` }).click();
    await page.locator('.print-document').waitFor();
    await page.getByLabel(`Imprimer aussi la partie de ${SECRETS.firstName} (seulement si ${SECRETS.firstName} est d'accord)`).check();
    await page.locator('.print-document').getByText(SECRETS.voice).waitFor();
    await expectAccessible(page, 'print one child (fr)');
    // The household: the same sections once per child, each region named after its child.
    await page.goto(vigie.extensionUrl('passport.html#print'));
    await page.locator('#print-voice').check();
    await expect.poll(() => page.locator('.printed-child').count()).toBe(2);
    await expectAccessible(page, 'print the household (fr)');
  });

  it('made no request and no page error', () => {
    expect(vigie.pageErrors).toEqual([]);
    expect(vigie.strayRequests).toEqual([]);
  });
});
