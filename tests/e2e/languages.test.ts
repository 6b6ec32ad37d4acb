// Six languages in real Chromium (issue 17, points 4, 5 and 7): the popup, the passport and the
// panel (in its frame) in each language of the setting — axe clean, the right `<html lang>`, text
// from that language's catalogue; a new choice changes an open popup, passport and panel at once;
// and "Is this your country?" under a browser language without a region, and under a region Vigie
// does not cover, with the guessed emergency numbers shown all the while.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, describeViolations, launchVigie, type Vigie } from './harness';
import { axeFrame, panelFrame, panelView, type PanelView } from './panel-frame';
import { sourceCatalogs } from '../support/catalogues';
import { LANGUAGES, type Language } from '../../utils/taxonomy';
import { emergencyFor, type DirectoryId } from '../../utils/help/helplines';

const SETTINGS = 'https://www.facebook.com/settings?tab=privacy';
const words = (language: Language, key: string): string => {
  const text = sourceCatalogs[language][key];
  if (!text) throw new Error(`${key} has no ${language} text`);
  return text;
};

async function expectAccessible(page: Page, state: string): Promise<void> {
  const violations = await axeViolations(page);
  expect(violations, `${state}:\n${describeViolations(violations)}`).toEqual([]);
}

const htmlLang = (page: Page) => page.evaluate(() => document.documentElement.lang);

async function panelOf(page: Page): Promise<PanelView> {
  await page.locator('vigie-panel').waitFor({ state: 'attached' });
  const panel = panelView(await panelFrame(page));
  await expect.poll(() => panel.evaluate((root) => root.querySelector('.card, .opener') !== null), { timeout: 15_000 }).toBe(true);
  return panel;
}

describe('the language setting, in each of the six languages', () => {
  let vigie: Vigie;
  beforeAll(async () => {
    vigie = await launchVigie({ lang: 'en-US', fixtures: { [SETTINGS]: 'facebook-settings-privacy.html' } });
  });
  afterAll(async () => {
    await vigie?.close();
  });

  it.each(LANGUAGES)('%s: chosen in the passport, the passport, the popup and the panel speak it', async (language) => {
    const passport = await vigie.openPassport();
    await passport.locator('#passport-language').waitFor();
    await passport.locator('#passport-language').selectOption(language);
    await expect.poll(() => htmlLang(passport)).toBe(language);
    await expect.poll(() => passport.locator('.site-title').innerText()).toBe(words(language, 'passport.title'));
    expect(await passport.locator('label[for="passport-language"]').innerText()).toBe(words(language, 'common.language'));
    await expectAccessible(passport, `passport (${language})`);
    await passport.close();

    // The toolbar follows the setting: the page it opens is the prerendered one in that language.
    await expect.poll(() => vigie.toolbarPopupUrl()).toContain(`/popup/${language}-US.html`);
    const popup = await vigie.openPopup();
    expect(await htmlLang(popup)).toBe(language);
    expect(await popup.locator('h1').innerText()).toBe(words(language, 'popup.title'));
    expect(await popup.locator('#main-heading').innerText()).toBe(words(language, 'popup.main.heading'));
    await expectAccessible(popup, `popup (${language})`);
    await popup.close();

    const page = await vigie.open(SETTINGS);
    const panel = await panelOf(page);
    expect(await panel.evaluate((root) => root.documentElement.lang)).toBe(language);
    await expect.poll(() => panel.text()).toContain(words(language, 'panel.audience.legend'));
    const violations = await axeFrame(panel.frame);
    expect(violations, describeViolations(violations)).toEqual([]);
    await page.close();
  });

  it('changes an open popup, passport and panel at once when chosen in the popup', async () => {
    const passport = await vigie.openPassport();
    const page = await vigie.open(SETTINGS);
    const panel = await panelOf(page);
    const popup = await vigie.openPopup();
    await popup.locator('#language').selectOption('de');
    await expect.poll(() => htmlLang(popup)).toBe('de');
    expect(await popup.locator('h1').innerText()).toBe(words('de', 'popup.title'));
    await expect.poll(() => htmlLang(passport)).toBe('de');
    await expect.poll(() => passport.locator('.site-title').innerText()).toBe(words('de', 'passport.title'));
    await expect.poll(() => panel.evaluate((root) => root.documentElement.lang)).toBe('de');
    await expect.poll(() => panel.text()).toContain(words('de', 'panel.audience.legend'));

    // Back to the browser's language (English here), named in the first option.
    expect(await popup.locator('#language option[value="browser"]').innerText()).toContain('English');
    await popup.locator('#language').selectOption('browser');
    await expect.poll(() => htmlLang(passport)).toBe('en');
    await expect.poll(() => panel.evaluate((root) => root.documentElement.lang)).toBe('en');
    await expect.poll(() => panel.text()).toContain(words('en', 'panel.audience.legend'));
    await expect.poll(() => vigie.toolbarPopupUrl()).toContain('/popup/en-US.html');
    for (const open of [popup, passport, page]) await open.close();
  });

  it('made no request and raised no error', () => {
    expect(vigie.strayRequests).toEqual([]);
    expect(vigie.pageErrors).toEqual([]);
  });
});

// Chromium on Linux adds a region to its UI language ("de" → navigator.languages ["de-DE", "de", …]):
// the languages a person set are given explicitly, as they would be in the browser's settings.
describe.each([
  { lang: 'de', languages: 'de', guess: 'DE' as DirectoryId, known: true },
  { lang: 'en-NZ', languages: 'en-NZ,en', guess: 'INT' as DirectoryId, known: false },
])('"Is this your country?" under a browser in $languages', ({ lang, languages, guess, known }) => {
  let vigie: Vigie;
  beforeAll(async () => {
    vigie = await launchVigie({ lang, acceptLanguages: languages });
  });
  afterAll(async () => {
    await vigie?.close();
  });

  it('asks once, with the guess’s emergency numbers already shown, and remembers the answer', async () => {
    const popup = await vigie.openPopup();
    const language = (await htmlLang(popup)) as Language;
    const question = popup.locator('.country-question');
    await question.waitFor();
    // The guess's emergency block is there, with every number the directory gives it (none for "another country").
    await popup.locator('#danger-heading').waitFor();
    expect(await popup.locator('.danger-list a').count()).toBe(emergencyFor(guess).length);
    expect(await popup.locator('#country').inputValue()).toBe(guess);
    const heading = known
      ? words(language, 'popup.countryQuestion.heading').replace('{country}', new Intl.DisplayNames([language], { type: 'region' }).of(guess)!)
      : words(language, 'popup.countryQuestion.unknownHeading');
    expect(await question.locator('h2').innerText()).toBe(heading);
    await expectAccessible(popup, `country question (${lang})`);

    // "Choose another country" takes the person to the picker.
    await question.getByRole('button', { name: words(language, 'popup.countryQuestion.other') }).click();
    expect(await popup.evaluate(() => document.activeElement?.id)).toBe('country');
    await question.getByRole('button', { name: words(language, known ? 'popup.countryQuestion.yes' : 'popup.countryQuestion.keep') }).click();
    await question.waitFor({ state: 'detached' });
    await popup.close();

    const again = await vigie.openPopup();
    await again.locator('.situation').first().waitFor();
    expect(await again.locator('.country-question').count()).toBe(0);
    expect(await again.locator('#country').inputValue()).toBe(guess);
    await again.close();
  });

  it('made no request and raised no error', () => {
    expect(vigie.strayRequests).toEqual([]);
    expect(vigie.pageErrors).toEqual([]);
  });
});
