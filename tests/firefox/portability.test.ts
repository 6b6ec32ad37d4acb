// Moving a passport from one Firefox to another as a person does it: a child, an agreement and an
// incident typed into the passport page; the file exported with the button (protected by a
// passphrase, as the form offers by default) and saved by Firefox's own downloads, not read from
// the page; then, in a fresh Firefox profile, that file chosen in the import page's file input,
// the passphrase typed, the import confirmed and everything shown again. Then a file that
// Chromium exported, imported into Firefox. Nothing leaves the machine.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ElementHandle, Page } from 'puppeteer-core';
import { launchVigieInFirefox, ROOT, type FirefoxVigie } from './harness';
import { downloadFrom, saveDownloadsTo, type Download } from './bidi';
import { byLabel, byText, click, type, waitForText } from './by-text';
import { openInImportPage } from './portability-kit';
import { buildExport, encryptExport, serializeExport } from '../../utils/passport/export-format';
import { childRecord } from '../utils/passport/passport-fixtures';

const downloads = mkdtempSync(join(tmpdir(), 'vigie-firefox-downloads-'));
afterAll(() => rmSync(downloads, { recursive: true, force: true }));

const PASSPHRASE = 'purple otter reads maps';
const CHILD = 'Élodie';
const WORDS = 'Phones stay downstairs after 9 pm on school nights.';
const INCIDENT = 'Someone in a game chat asked Élodie for photos.';

/** Exported by Chromium through its export page: see tests/fixtures/passport/README.md. */
const CHROMIUM = {
  file: join(ROOT, 'tests/fixtures/passport/chromium-export.encrypted.json'),
  passphrase: 'seven quiet lanterns glow',
  children: ['Zéphyrine', 'Octavius'] as const,
  words: 'Tablets sleep in the kitchen after nine',
  incident: 'A stranger in the game chat asked for a selfie',
};




describe('a passport moved from one Firefox to another', () => {
  let first: FirefoxVigie;
  let second: FirefoxVigie | undefined;
  let page: Page;
  let exported: Download;

  beforeAll(async () => {
    first = await launchVigieInFirefox();
    await saveDownloadsTo(first.browser, downloads);
    page = await first.openExtensionPage('passport.html');
  });
  afterAll(async () => {
    await first?.close();
    await second?.close();
  });

  it('starts a child, an agreement and an incident through the page', async () => {
    await click(byText(page, 'a', "Start a child's passport"));
    await type(await byLabel(page, 'First name or nickname'), CHILD);
    await (await byLabel(page, 'Age')).select('11-12');
    await click(byText(page, 'button', 'Start the passport'));
    await waitForText(page, `${CHILD}'s passport has started.`);

    await click(byText(page, 'a', 'Make a new agreement'));
    await (await byLabel(page, 'What is it about?')).select('time-online');
    await type(await byLabel(page, 'What you agreed'), WORDS);
    await click(byText(page, 'button', 'Save the agreement'));
    await waitForText(page, 'Agreement: Managing time online', 'h1');

    await click(byText(page, 'nav a', CHILD));
    await click(byText(page, 'a', 'Record an incident'));
    // Firefox's date and time field takes digits in the order of its locale (en-US here):
    // month, day, year, hour, minute, then "P" for PM.
    const when = await byLabel(page, 'When did it happen?');
    await when.focus();
    await page.keyboard.type('010820250630P');
    expect(await when.evaluate((e) => (e as HTMLInputElement).value)).toBe('2025-01-08T18:30');
    await (await byLabel(page, 'Where (platform)')).select('roblox');
    await type(await byLabel(page, 'What happened'), INCIDENT);
    await click(byText(page, 'button', 'Save the incident'));
    await waitForText(page, 'Incident recorded.');
    const childPage = await waitForText(page, INCIDENT);
    expect(childPage).toContain(WORDS);
  });

  it('exports the file with a passphrase, as the form offers by default, into Firefox downloads', async () => {
    await click(byText(page, 'nav a', 'Children'));
    await click(byText(page, 'a', 'Export a copy'));
    const protect = (await byLabel(page, 'Protect the file with a passphrase (recommended)')) as ElementHandle<HTMLInputElement>;
    expect(await protect.evaluate((box) => box.checked)).toBe(true);
    await type(await byLabel(page, 'Passphrase for the file'), PASSPHRASE);
    await type(await byLabel(page, 'Type the passphrase again'), PASSPHRASE);
    exported = await downloadFrom(page, () => click(byText(page, 'button', 'Export the file')));

    expect(exported.suggestedFilename).toMatch(/^vigie-passport-\d{4}-\d{2}-\d{2}\.encrypted\.json$/);
    expect(dirname(exported.filepath)).toBe(downloads);
    expect(basename(exported.filepath)).toBe(exported.suggestedFilename);
    const text = readFileSync(exported.filepath, 'utf8');
    expect(JSON.parse(text)).toMatchObject({ format: 'vigie-passport-encrypted', version: 1, cipher: { name: 'AES-GCM' } });
    for (const secret of [CHILD, WORDS, INCIDENT]) expect(text).not.toContain(secret);
    await waitForText(page, `“${exported.suggestedFilename}” (1 child) was saved to this browser's downloads.`);
  });

  it('made no request and no page error in the first Firefox', async () => {
    expect(first.pageErrors).toEqual([]);
    expect(first.strayRequests).toEqual([]);
    await first.close();
  });

  it('imports the file into a fresh Firefox profile through the import page, and shows everything', async () => {
    second = await launchVigieInFirefox();
    page = await second.openExtensionPage('passport.html');
    const preview = await openInImportPage(page, exported.filepath, PASSPHRASE);
    expect(preview).toContain('1 new, 0 identical, 0 different, 0 only in this browser.');
    expect(preview).toContain(`${CHILD} — new: will be added, with 1 agreement, 1 incident and 0 celebrations.`);
    await click(byText(page, 'button', 'Import and merge'));
    await waitForText(page, 'Imported: 1 new child, 0 updated, 0 unchanged.');

    await click(byText(page, '.child-card a', CHILD));
    const shown = await waitForText(page, INCIDENT);
    expect(shown).toContain(WORDS);
    await click(byText(page, 'a', 'Managing time online'));
    await waitForText(page, WORDS, 'blockquote');
  });

  it('imports a file that Chromium exported, with its passphrase, next to the first child', async () => {
    await click(byText(page, 'nav a', 'Children'));
    const preview = await openInImportPage(page, CHROMIUM.file, CHROMIUM.passphrase);
    expect(preview).toContain('2 new, 0 identical, 0 different, 1 only in this browser.');
    expect(preview).toContain(`${CHROMIUM.children[0]} — new: will be added, with 1 agreement, 1 incident and 1 celebration.`);
    expect(preview).toContain(`${CHILD} — only in this browser: kept.`);
    await click(byText(page, 'button', 'Import and merge'));
    await waitForText(page, 'Imported: 2 new children, 0 updated, 0 unchanged.');
    const cards = await page.$$eval('.child-card h2', (names) => names.map((name) => name.textContent));
    expect(cards.sort()).toEqual([CHILD, ...CHROMIUM.children].sort());

    await click(byText(page, '.child-card a', CHROMIUM.children[0]));
    const shown = await waitForText(page, CHROMIUM.incident);
    expect(shown).toContain(CHROMIUM.words);
  });

  it('imports a file of format 2 with a child\'s settings review, and shows the review beside the agreements', async () => {
    const record = childRecord('Léonie');
    const path = join(downloads, 'vigie-passport-format-2.encrypted.json');
    writeFileSync(path, serializeExport(await encryptExport(buildExport([record]), PASSPHRASE)));
    await click(byText(page, 'nav a', 'Children'));
    const preview = await openInImportPage(page, path, PASSPHRASE);
    expect(preview).toContain('Léonie — new: will be added');
    await click(byText(page, 'button', 'Import and merge'));
    await waitForText(page, 'Imported: 1 new child, 0 updated, 0 unchanged.');
    await click(byText(page, '.child-card a', 'Léonie'));
    const shown = await waitForText(page, 'Instagram: Account privacy');
    expect(shown).toContain('Settings reviews');
    expect(shown).toMatch(/Last checked on .+ by a parent · 1 of 3 done/);
  }, 60_000);

  it('made no request and no page error in the second Firefox', () => {
    expect(second?.pageErrors).toEqual([]);
    expect(second?.strayRequests).toEqual([]);
  });
});
