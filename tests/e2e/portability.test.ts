// Moving a passport between two browser profiles as a carer would, in real Chromium: export (the
// download caught), import into a fresh profile, broken and hostile files, a wrong passphrase, the
// lock, the hand-over, printing; the keyboard; axe on every state (French: portability-fr.test.ts).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchVigie, type Vigie } from './harness';
import { files, expectAccessible, focused, tabTo, download, PASSPHRASE, NEW_PASSPHRASE } from './portability-kit';
import { dumpDatabase, household, leakedSecrets, SECRETS, seed } from './portability-helpers';

describe('moving a passport between two browser profiles, in English', () => {
  let first: Vigie;
  let second: Vigie;
  let page: Page;
  let plainFile: { name: string; path: string; text: string };
  let encryptedFile: { name: string; path: string; text: string };
  let recoveryCode = '';

  beforeAll(async () => {
    first = await launchVigie({ lang: 'en-US' });
    page = await first.openPassport();
    await page.getByRole('link', { name: 'Import a passport file' }).waitFor();
    await seed(page, household());
    await page.reload();
  });
  afterAll(() => Promise.all([first?.close(), second?.close()]));

  it('says on the first page that nothing was exported yet, and how to keep the passport safe', async () => {
    await page.locator('.safekeeping').getByText('Not exported yet: keep a copy somewhere safe.').waitFor();
    expect(await page.locator('footer').textContent()).toContain('Removing Vigie from the browser deletes the passport');
    await expectAccessible(page, 'home with safekeeping');
  });

  it('exports the household in clear with the keyboard only, and shows the date of the export', async () => {
    await page.getByRole('link', { name: 'Export a copy' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toBe('H1 Export a copy');
    await tabTo(page, '#export-form-what-0');
    expect(await page.locator('#export-form-what-0').isChecked()).toBe(true);
    await tabTo(page, '#export-form-protect');
    await page.keyboard.press('Space');
    await page.getByText('Anyone who gets the file can read it with a text editor.').waitFor();
    await tabTo(page, 'button[type=submit]');
    plainFile = await download(page, () => page.keyboard.press('Enter'));
    expect(plainFile.name).toMatch(/^vigie-passport-\d{4}-\d{2}-\d{2}\.json$/);
    const file = JSON.parse(plainFile.text);
    expect(file).toMatchObject({ format: 'vigie-passport', version: 2 });
    expect(file.children.map((r: { child: { name: string } }) => r.child.name).sort()).toEqual([SECRETS.secondName, SECRETS.firstName].sort());
    // Format 2 carries each child's settings reviews, as they were kept.
    expect(file.children.find((r: { child: { name: string } }) => r.child.name === SECRETS.firstName).settingsReviews).toEqual(household()[0]!.settingsReviews);
    await page.getByText(`“${plainFile.name}” (2 children) was saved to this browser's downloads.`).waitFor();
    await page.getByText(/^Last exported: /).waitFor();
    await expectAccessible(page, 'export page after an export');
  });

  it('exports one child encrypted, after saying what is wrong with the passphrases', async () => {
    await page.getByLabel(`${SECRETS.firstName} only`).check();
    await page.getByLabel('Protect the file with a passphrase (recommended)').check();
    await page.getByLabel('Passphrase for the file').fill('short');
    await page.getByText('Strength: too short.').waitFor();
    await page.getByRole('button', { name: 'Export the file' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('error-summary'))).toBe(true);
    await page.getByText('Use at least 10 characters.').first().waitFor();
    await expectAccessible(page, 'export form with errors');
    await page.getByLabel('Passphrase for the file').fill(PASSPHRASE);
    await page.getByText('Strength: strong (a guess, not a measure).').waitFor();
    await page.getByLabel('Type the passphrase again').fill(`${PASSPHRASE}!`);
    await page.getByRole('button', { name: 'Export the file' }).click();
    await page.getByText('The two passphrases are not the same.').first().waitFor();
    await page.getByLabel('Type the passphrase again').fill(PASSPHRASE);
    encryptedFile = await download(page, () => page.getByRole('button', { name: 'Export the file' }).click());
    expect(encryptedFile.name).toMatch(/\.encrypted\.json$/);
    const envelope = JSON.parse(encryptedFile.text);
    expect(envelope).toMatchObject({ format: 'vigie-passport-encrypted', version: 1, kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: 600_000 }, cipher: { name: 'AES-GCM' } });
    for (const secret of Object.values(SECRETS)) expect(encryptedFile.text).not.toContain(secret);
    await page.getByText('Remember to give the passphrase separately.').waitFor();
    expect(first.pageErrors).toEqual([]);
    expect(first.strayRequests).toEqual([]);
    await first.close();
  });

  it('imports the file into a fresh profile through the page, with the keyboard, after a preview', async () => {
    second = await launchVigie({ lang: 'en-US' });
    page = await second.openPassport();
    // Playwright intercepts the file chooser only once a listener exists, which takes a round
    // trip to the browser: listen well before the key press that opens it.
    page.on('filechooser', () => undefined);
    await page.getByRole('link', { name: 'Import a passport file' }).click();
    await expect.poll(() => focused(page)).toBe('H1 Import a passport file');
    await tabTo(page, '#import-file');
    const chooser = page.waitForEvent('filechooser');
    await page.keyboard.press('Space');
    await (await chooser).setFiles(plainFile.path);
    await expect.poll(() => focused(page)).toBe('H2 import-preview-title');
    const preview = page.locator('.import-preview');
    expect(await preview.textContent()).toContain('2 new, 0 identical, 0 different, 0 only in this browser.');
    expect(await preview.textContent()).toContain(`${SECRETS.firstName} — new: will be added, with 1 agreement, 1 incident and 1 celebration.`);
    await expectAccessible(page, 'import preview');
    expect((await dumpDatabase(page)).counts.children).toBe(0);
    await tabTo(page, '.import-preview button.primary');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('status').textContent()).toBe('Imported: 2 new children, 0 updated, 0 unchanged.');
    await page.getByRole('link', { name: SECRETS.firstName }).click();
    await page.getByText(SECRETS.words).waitFor();
    expect(await page.locator('main').textContent()).toContain(SECRETS.incident);
    // The child's settings review came with the file, and shows beside the agreements.
    await page.getByRole('heading', { name: 'Instagram: Account privacy' }).waitFor();
    // The agreement's review reminder follows the import.
    await expect
      .poll(() => second.worker.evaluate(() => chrome.alarms.getAll().then((all) => all.map((a) => a.name))))
      .toContain('passport-review:agreement-0001');
  });

  it('refuses a broken file and hostile files with a clear message, and changes nothing', async () => {
    await page.goto(second.extensionUrl('passport.html#import'));
    const before = await dumpDatabase(page);
    const cases: Array<[string, string, string]> = [
      ['broken.json', plainFile.text.slice(0, 200), 'This file is not a passport export: it is not readable JSON. Nothing was imported.'],
      ['polluting.json', plainFile.text.replace('"ageBand"', '"__proto__": { "polluted": true }, "ageBand"'), 'children[0].child.__proto__: a field name that is not allowed'],
      ['future.json', plainFile.text.replace('"version": 2', '"version": 9'), 'This passport file was made by a newer version of Vigie (format version 9; this one reads up to 2).'],
      ['script.json', plainFile.text.replace('"id": "octavius-0002"', '"id": "<img src=x onerror=alert(1)>"'), 'children[0].child.id: not a valid identifier'],
    ];
    for (const [name, text, message] of cases) {
      writeFileSync(join(files, name), text);
      await page.getByLabel('Passport file').setInputFiles(join(files, name));
      const alert = page.getByRole('alert');
      await alert.getByText(message).waitFor();
      expect(await alert.textContent()).toContain('The passport in this browser was not changed.');
      expect(await page.locator('.import-preview').count()).toBe(0);
      if (name === 'polluting.json') await expectAccessible(page, 'import refused');
    }
    expect(await page.evaluate(() => ({}) as Record<string, unknown>)).not.toHaveProperty('polluted');
    expect((await dumpDatabase(page)).text).toBe(before.text);
  });

  it('says when the passphrase of an encrypted file is wrong, and imports nothing', async () => {
    const before = await dumpDatabase(page);
    await page.getByLabel('Passport file').setInputFiles(encryptedFile.path);
    await page.getByText('This file is protected by a passphrase.').waitFor();
    await expect.poll(() => focused(page)).toBe('INPUT import-passphrase');
    await page.keyboard.type('not the passphrase');
    await page.keyboard.press('Enter');
    await page.getByRole('alert').getByText('This passphrase does not open the file (or the file was changed after it was made). Nothing was imported.').waitFor();
    await expectAccessible(page, 'wrong passphrase for a file');
    expect((await dumpDatabase(page)).text).toBe(before.text);
    await page.getByLabel('Passphrase of the file').fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Open the file' }).click();
    await page.locator('.import-preview').getByText(`${SECRETS.firstName} — already here and identical: nothing changes.`).waitFor();
    expect(await page.locator('.import-preview').textContent()).toContain(`${SECRETS.secondName} — only in this browser: kept.`);
    await page.getByLabel('Replace: this browser\'s passport becomes exactly the file').check();
    await page.locator('.import-preview').getByText(`${SECRETS.secondName} — only in this browser: will be deleted`).waitFor();
    await page.getByRole('button', { name: "Replace this browser's passport" }).click();
    const dialog = page.getByRole('dialog', { name: 'Replace the passport in this browser?' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('the child only in this browser will be deleted');
    await expectAccessible(page, 'replace dialog');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect((await dumpDatabase(page)).text).toBe(before.text);
  });

  it('turns the lock on with the keyboard: the passphrase twice, the recovery code once, then nothing in clear in any store', async () => {
    await page.goto(second.extensionUrl('passport.html'));
    await page.getByRole('link', { name: 'Lock with a passphrase' }).focus();
    await page.keyboard.press('Enter');
    await page.getByText('If you forget the passphrase and lose the recovery code, the passport cannot be opened again').waitFor();
    await expectAccessible(page, 'lock set-up');
    await tabTo(page, '#lock-form-passphrase');
    await page.keyboard.type(PASSPHRASE);
    await page.keyboard.press('Tab');
    await page.keyboard.type(PASSPHRASE);
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page), { timeout: 20_000 }).toBe('H2 recovery-title');
    recoveryCode = (await page.locator('.recovery-code code').textContent()) ?? '';
    expect(recoveryCode).toMatch(/^([0-9A-Z]{4}-){5}[0-9A-Z]{4}$/);
    // Nothing is stored before the person says they wrote the code down.
    expect((await dumpDatabase(page)).settings).not.toHaveProperty('passportLock');
    await tabTo(page, '.recovery-step button[type=submit]');
    await page.keyboard.press('Enter');
    await page.getByText('Write the recovery code down, then tick this box.').waitFor();
    await expect.poll(() => focused(page)).toBe('INPUT recovery-written');
    await expectAccessible(page, 'recovery code shown once');
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('status').textContent()).toBe('The lock is on: everything about the children is now stored encrypted.');

    // A half-written form is sealed too.
    await page.getByRole('link', { name: SECRETS.firstName }).click();
    await page.getByRole('link', { name: 'Add a celebration' }).click();
    await page.getByLabel('What are you celebrating?').fill('Half-written celebration of a comic strip');
    await expect.poll(async () => (await dumpDatabase(page)).counts.drafts).toBe(1);

    const dump = await dumpDatabase(page);
    expect(leakedSecrets(dump)).toEqual([]);
    expect(dump.text).not.toContain('Half-written celebration');
    expect(dump.counts).toMatchObject({ children: 0, agreements: 0, incidents: 0, celebrations: 0, vault: 2 });
    expect(dump.settings).toHaveProperty('passportLock');
  });

  it('asks for the passphrase after a reload, says when it is wrong, and opens with the right one', async () => {
    await page.reload();
    await expect.poll(() => page.locator('h1').textContent()).toBe('The passport is locked');
    expect(await page.locator('main').textContent()).not.toContain(SECRETS.firstName);
    await expect.poll(() => focused(page)).toBe('INPUT unlock-passphrase');
    await expectAccessible(page, 'lock screen');
    await page.keyboard.type('purple otter reads map');
    await page.keyboard.press('Enter');
    await page.getByText('This passphrase does not open the passport.').waitFor();
    await expectAccessible(page, 'lock screen, wrong passphrase');
    await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await page.keyboard.press('Enter');
    // The reload kept the place: the celebration form, with the sealed draft brought back.
    await expect.poll(() => page.getByLabel('What are you celebrating?').inputValue(), { timeout: 20_000 }).toBe('Half-written celebration of a comic strip');
    await page.getByRole('button', { name: 'Save the celebration' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toBe('Celebration saved.');
    const dump = await dumpDatabase(page);
    expect(leakedSecrets(dump)).toEqual([]);
    expect(dump.text).not.toContain('Half-written celebration');
    expect(dump.counts.drafts).toBe(0);
  });

  it('opens with the recovery code, which sets a new passphrase and gives a new code', async () => {
    await page.getByRole('button', { name: 'Lock now' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('The passport is locked');
    await page.getByRole('button', { name: 'I forgot the passphrase' }).click();
    await expect.poll(() => focused(page)).toBe('H2 recover-title');
    await expectAccessible(page, 'recovery form');
    await page.getByLabel('Recovery code').fill(recoveryCode.toLowerCase().replace(/-/g, ' '));
    await page.getByLabel('New passphrase').fill(NEW_PASSPHRASE);
    await page.getByLabel('Type the passphrase again').fill(NEW_PASSPHRASE);
    await page.getByRole('button', { name: 'Continue with the recovery code' }).click();
    await expect.poll(() => focused(page), { timeout: 20_000 }).toBe('H2 recovery-title');
    const newCode = await page.locator('.recovery-code code').textContent();
    expect(newCode).not.toBe(recoveryCode);
    await page.getByLabel('I have written the recovery code down and will keep it safe').check();
    await page.getByRole('button', { name: 'Open the passport' }).click();
    await page.getByText(SECRETS.celebration).first().waitFor();

    await page.reload();
    await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await page.keyboard.press('Enter');
    await page.getByText('This passphrase does not open the passport.').waitFor();
    await page.getByLabel('Passphrase', { exact: true }).fill(NEW_PASSPHRASE);
    await page.keyboard.press('Enter');
    await page.getByText(SECRETS.celebration).first().waitFor();
  });

  it('hands a child over: export for the next carer, then delete from this browser after confirming', async () => {
    await page.getByRole('link', { name: `Hand over ${SECRETS.firstName}'s passport` }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe(`Hand over ${SECRETS.firstName}'s passport`);
    expect(await page.locator('main').textContent()).toContain(`Agree with ${SECRETS.firstName}'s supervising social worker`);
    await expectAccessible(page, 'hand-over');
    await page.getByLabel('Passphrase for the file').fill(PASSPHRASE);
    await page.getByLabel('Type the passphrase again').fill(PASSPHRASE);
    const handed = await download(page, () => page.getByRole('button', { name: 'Export the file' }).click());
    const openedBack = JSON.parse(handed.text);
    expect(openedBack.format).toBe('vigie-passport-encrypted');

    await page.getByRole('button', { name: `Delete ${SECRETS.firstName}'s passport from this browser…` }).click();
    const dialog = page.getByRole('dialog', { name: `Delete everything about ${SECRETS.firstName}?` });
    await dialog.waitFor();
    expect(await dialog.textContent()).not.toContain('You have not exported');
    await expectAccessible(page, 'hand-over delete dialog');
    await page.getByLabel(`To confirm, type the name “${SECRETS.firstName}”`).fill(SECRETS.firstName);
    await page.getByRole('button', { name: `Delete ${SECRETS.firstName}'s passport`, exact: true }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toBe(`${SECRETS.firstName}'s passport was deleted from this browser.`);
    const dump = await dumpDatabase(page);
    expect(dump.counts.vault).toBe(1);
    expect(leakedSecrets(dump)).toEqual([]);
  });

  it('prints the whole passport in French from the English page', async () => {
    await page.getByRole('link', { name: 'Print the whole passport' }).click();
    await page.getByLabel('Language of the printed document').selectOption('fr');
    await page.locator('.print-document').getByText('Passeport familial — imprimé le').waitFor();
    expect(await page.locator('.print-document').getAttribute('lang')).toBe('fr');
    await expectAccessible(page, 'print page');
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('button', { name: 'Print' }).isVisible()).toBe(false);
    expect(await page.locator('.printed-name').first().isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
  });

  it('turns the lock off again: the passport is back in clear and the vault is empty', async () => {
    await page.goto(second.extensionUrl('passport.html#lock'));
    await page.getByText('The lock is on').first().waitFor();
    await expectAccessible(page, 'lock page while on');
    await page.getByLabel('Passphrase', { exact: true }).fill(NEW_PASSPHRASE);
    await page.getByRole('button', { name: 'Turn the lock off' }).click();
    await expect.poll(() => page.getByRole('status').textContent(), { timeout: 20_000 }).toBe('The lock is off: the passport is stored unencrypted in this browser again.');
    const dump = await dumpDatabase(page);
    expect(dump.counts).toMatchObject({ children: 1, vault: 0 });
    expect(dump.text).toContain(SECRETS.secondName);
    expect(dump.settings).not.toHaveProperty('passportLock');
  });

  it('made no request and no page error', () => {
    expect(second.pageErrors).toEqual([]);
    expect(second.strayRequests).toEqual([]);
  });
});
