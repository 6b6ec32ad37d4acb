// The language of extension pages: the browser's UI language (English or French), so a French
// Chromium shows French without any set-up.
import { browser } from 'wxt/browser';
import { languageFromTag } from './translator';
import type { Language } from '../taxonomy';

export function uiLanguage(): Language {
  return languageFromTag(browser.i18n.getUILanguage());
}
