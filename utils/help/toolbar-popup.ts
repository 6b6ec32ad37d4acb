// Which prerendered popup page (utils/help/popup-pages.ts) the toolbar button opens: the one in the
// person's language (their choice, else the browser's) for the country whose helplines the person wants. Set by the background when
// the browser starts or the extension is installed, and by the popup when the person picks another
// country. Extension contexts only (it reads the extension's IndexedDB through utils/help/country.ts).
import { browser } from 'wxt/browser';
import { browserCountry, rememberedCountry } from './country';
import type { DirectoryId } from './helplines';
import type { Language } from '../taxonomy';
import { popupPagePath } from './popup-pages';
import { uiLanguage } from '../i18n/language-setting';

export function pointToolbarPopup(language: Language, directory: DirectoryId): Promise<void> {
  return browser.action.setPopup({ popup: popupPagePath(language, directory) });
}

/** The country remembered, or else the browser's; an unreadable database counts as nothing remembered. */
export async function wantedCountry(): Promise<DirectoryId> {
  return (await rememberedCountry().catch(() => undefined)) ?? browserCountry();
}

export async function pointToolbarPopupForThisBrowser(): Promise<void> {
  await pointToolbarPopup(await uiLanguage(), await wantedCountry());
}
