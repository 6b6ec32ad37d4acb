// Issue 16, point 7: a passport file of export format 1 (before the settings reviews), imported in
// Chromium through the import page as a person does. The file is the real one Chromium exported on
// 2026-11-21 (tests/fixtures/passport/README.md), protected by a passphrase. What is expected is
// read from the file itself, decrypted here: every child and item shown, every record kept as in
// the file, and each child's settings reviews empty, not refused.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchVigie, ROOT, type Vigie } from './harness';
import { expectAccessible, focused } from './portability-kit';
import { dumpDatabase } from './portability-helpers';
import { decryptExport, type EncryptedExport } from '../../utils/passport/export-format';
import type { ChildRecord } from '../../utils/passport/types';

const FILE = join(ROOT, 'tests/fixtures/passport/chromium-export.encrypted.json');
const PASSPHRASE = 'seven quiet lanterns glow';

type Version1Record = Omit<ChildRecord, 'settingsReviews'>;

/** Every text a person wrote about the child, as the file holds it. */
function writtenTexts({ child, agreements, incidents, celebrations }: Version1Record): string[] {
  return [
    child.name,
    ...child.adults.map((adult) => adult.name),
    ...child.accounts.map((account) => account.handle),
    ...child.appsAndGames,
    ...Object.entries(child.voice).filter(([field, text]) => !['writtenBy', 'updatedAt'].includes(field) && text !== '').map(([, text]) => String(text)),
    ...agreements.map((agreement) => agreement.words),
    ...incidents.map((incident) => incident.whatHappened),
    ...celebrations.map((celebration) => celebration.text),
  ].filter((text) => text !== '');
}

/** The records of one store, as the passport page's database holds them. */
const storeValues = (dump: { text: string }, store: string) => (JSON.parse(dump.text) as Record<string, { values: unknown[] }>)[store]?.values ?? [];
const byId = <T extends { id: string }>(items: T[]) => [...items].sort((a, b) => a.id.localeCompare(b.id));

describe('a passport file of export format 1, imported in Chromium', () => {
  let vigie: Vigie;
  let page: Page;
  let inFile: { version: number; children: Version1Record[] };

  beforeAll(async () => {
    inFile = JSON.parse(await decryptExport(JSON.parse(readFileSync(FILE, 'utf8')) as EncryptedExport, PASSPHRASE));
    vigie = await launchVigie();
  });
  afterAll(() => vigie?.close());

  it('is a file of format 1 with children and their items (what the test stands on)', () => {
    expect(inFile.version).toBe(1);
    expect(inFile.children.length).toBe(2);
    expect(inFile.children.flatMap((record) => [...record.agreements, ...record.incidents, ...record.celebrations]).length).toBeGreaterThan(0);
    for (const record of inFile.children) expect(record).not.toHaveProperty('settingsReviews');
  });

  it('is opened with its passphrase through the import page, previewed, and merged', async () => {
    page = await vigie.openPassport();
    // Playwright catches the file chooser only once a listener exists: listen before the click that opens it.
    page.on('filechooser', () => undefined);
    await page.getByRole('link', { name: 'Import a passport file' }).click();
    await expect.poll(() => focused(page)).toBe('H1 Import a passport file');
    const chooser = page.waitForEvent('filechooser');
    await page.getByLabel('Passport file').click();
    await (await chooser).setFiles(FILE);
    await page.getByText('This file is protected by a passphrase.').waitFor();
    await page.getByLabel('Passphrase of the file').fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Open the file' }).click();
    const preview = page.locator('.import-preview');
    await preview.getByText('2 new, 0 identical, 0 different, 0 only in this browser.').waitFor({ timeout: 20_000 });
    for (const { child, agreements, incidents, celebrations } of inFile.children) {
      const items = [agreements.length, incidents.length, celebrations.length];
      expect(await preview.textContent()).toMatch(new RegExp(`${child.name} — new: will be added, with ${items[0]} agreements?, ${items[1]} incidents? and ${items[2]} celebrations?`));
    }
    await expectAccessible(page, 'preview of a format-1 file');
    await page.getByRole('button', { name: 'Import and merge' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toBe('Imported: 2 new children, 0 updated, 0 unchanged.');
  });

  it("shows every child with everything written about them, and no settings review yet", async () => {
    for (const record of inFile.children) {
      await page.goto(vigie.extensionUrl('passport.html'));
      await page.getByRole('link', { name: record.child.name }).click();
      await page.getByRole('heading', { name: record.child.name, level: 1 }).waitFor();
      await page.getByText(`No settings review for ${record.child.name} yet.`).waitFor();
      const shown = (await page.locator('main').textContent()) ?? '';
      for (const text of writtenTexts(record)) expect(shown, `${record.child.name}'s page`).toContain(text);
    }
  });

  it('keeps every record as the file has it: nothing lost, nothing changed', async () => {
    const dump = await dumpDatabase(page);
    const records = inFile.children;
    expect(byId(storeValues(dump, 'children') as ChildRecord['child'][])).toEqual(byId(records.map((record) => record.child)));
    expect(byId(storeValues(dump, 'agreements') as Array<{ id: string }>)).toEqual(byId(records.flatMap((record) => record.agreements)));
    expect(byId(storeValues(dump, 'incidents') as Array<{ id: string }>)).toEqual(byId(records.flatMap((record) => record.incidents)));
    expect(byId(storeValues(dump, 'celebrations') as Array<{ id: string }>)).toEqual(byId(records.flatMap((record) => record.celebrations)));
    expect(storeValues(dump, 'settingsReviews')).toEqual([]);
  });

  it('made no request and no page error', () => {
    expect(vigie.pageErrors).toEqual([]);
    expect(vigie.strayRequests).toEqual([]);
  });
});
