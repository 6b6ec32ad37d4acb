// The toolbar button opens a page prerendered for one language and country (utils/help/popup-pages.ts).
// The choice does not outlive the browser session, so it is made again whenever the browser starts
// and whenever the extension is installed or updated; the popup makes it when the person picks a
// country, and this when the person picks a language anywhere. Until it is made, the manifest's
// popup.html renders the same popup by script.
import { browser } from 'wxt/browser';
import { onLanguageChange } from '../i18n/language-setting';
import { pointToolbarPopupForThisBrowser } from './toolbar-popup';

function point(): void {
  void pointToolbarPopupForThisBrowser().catch((error: unknown) => console.error('Vigie: could not choose the popup page', error));
}

export function registerToolbarPopup(): void {
  browser.runtime.onStartup.addListener(point);
  browser.runtime.onInstalled.addListener(point);
  // A language chosen in the passport (the popup repoints the toolbar itself, but may be closed).
  onLanguageChange(point);
}
