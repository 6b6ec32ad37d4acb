// Issue 16, point 7, the walk to its end, across browsers: in Chromium a child aged 11–12 is added
// in the passport, Instagram's account privacy page (a fixture on the real hostname) is opened,
// the child picked in the panel and the minimum-age item ticked; the passport is exported through
// its export page, protected by a passphrase as the form offers, and saved by Chromium's own
// download. Then Firefox ESR imports that very file through its import page and shows the child's
// settings review. Both browsers in one file: it runs alone, one browser at a time.
import instagramWords from '../../utils/i18n/locales/en/checklist-instagram.json';
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import type { Vigie } from '../e2e/harness';
import { settledPanel, storedTicks } from '../e2e/hostile-kit';
import { download, PASSPHRASE } from '../e2e/portability-kit';
import { addChildInPassport, boxIds, INSTAGRAM_PRIVACY, launchWithInstagram, pickFirstChild, tick } from '../e2e/review-kit';
import { launchVigieInFirefox, type FirefoxVigie } from './harness';
import { byText, click, waitForText } from './by-text';
import { openInImportPage } from './portability-kit';

const NAME = 'Zéphyrine';
const MINIMUM_AGE = instagramWords['checklist.instagram.under-minimum-age.do'];

describe("the walk's own passport file, from Chromium into Firefox", () => {
  let chromium: Vigie | undefined;
  let firefox: FirefoxVigie | undefined;
  let exported: { name: string; path: string; text: string };
  /** The panel's items in Chromium, by their words: the one ticked, and those left. */
  let labels: string[] = [];
  afterAll(async () => {
    await chromium?.close();
    await firefox?.close();
  });

  it('in Chromium: a child aged 11–12, the minimum-age item ticked on Instagram for them, the passport exported', async () => {
    chromium = await launchWithInstagram();
    const childId = await addChildInPassport(chromium, NAME, '11-12');
    const instagram = await chromium.open(INSTAGRAM_PRIVACY);
    const panel = await settledPanel(instagram);
    await pickFirstChild(panel, NAME);
    labels = await panel.evaluate((root) => [...root.querySelectorAll('.item label')].map((label) => label.textContent ?? ''));
    // Guided for an 11–12-year-old: Instagram's minimum age comes first.
    expect(labels[0]).toBe(MINIMUM_AGE);
    const [first] = await boxIds(panel);
    const ticked = await tick(panel, first!);
    await expect.poll(() => storedTicks(chromium!)).toEqual({ [`instagram/privacy/parent/child/${childId}`]: [ticked] });
    await instagram.close();

    const passport = await chromium.openPassport();
    await passport.getByRole('link', { name: 'Export a copy' }).click();
    expect(await passport.getByLabel('Protect the file with a passphrase (recommended)').isChecked()).toBe(true);
    await passport.getByLabel('Passphrase for the file').fill(PASSPHRASE);
    await passport.getByLabel('Type the passphrase again').fill(PASSPHRASE);
    exported = await download(passport, () => passport.getByRole('button', { name: 'Export the file' }).click());
    await passport.getByText(`“${exported.name}” (1 child) was saved to this browser's downloads.`).waitFor();
    expect(JSON.parse(exported.text)).toMatchObject({ format: 'vigie-passport-encrypted', version: 1 });
    expect(exported.text).not.toContain(NAME);
  });

  it('made no request and no page error in Chromium', async () => {
    expect(chromium?.pageErrors).toEqual([]);
    expect(chromium?.strayRequests).toEqual([]);
    await chromium?.close();
    chromium = undefined;
  });

  it("in Firefox ESR: that file imported through the import page, and the child's settings review shown", async () => {
    firefox = await launchVigieInFirefox();
    const page: Page = await firefox.openExtensionPage('passport.html');
    const preview = await openInImportPage(page, exported.path, PASSPHRASE);
    expect(preview).toContain(`${NAME} — new: will be added`);
    await click(byText(page, 'button', 'Import and merge'));
    await waitForText(page, 'Imported: 1 new child, 0 updated, 0 unchanged.');

    await click(byText(page, '.child-card a', NAME));
    const shown = await waitForText(page, 'Instagram: Account privacy');
    expect(shown).toContain('Settings reviews');
    expect(shown).toMatch(new RegExp(`Last checked on .+ by a parent · 1 of ${labels.length} done`));
    // What is left is every item but the minimum age, the one ticked in Chromium.
    await click(byText(page, 'summary', `The ${labels.length - 1} items left`));
    const left = await page.$$eval('.settings-reviews .items-left li', (items) => items.map((item) => item.textContent ?? ''));
    expect(left.sort()).toEqual(labels.slice(1).sort());
  }, 90_000);

  it('made no request and no page error in Firefox', () => {
    expect(firefox?.pageErrors).toEqual([]);
    expect(firefox?.strayRequests).toEqual([]);
  });
});
