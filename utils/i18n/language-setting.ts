// The language Vigie speaks: the person's own choice (the popup's and the passport's setting), or
// else the browser's UI language. The choice is kept in the extension's storage.local, which every
// extension page can read at once, the panel's frame included (where IndexedDB may be refused as
// third-party storage), and whose onChanged event lets an open popup, passport or panel follow a
// new choice immediately. Written only by extension pages; the content script never touches it.
import { browser } from 'wxt/browser';
import { isLanguage, languageFromTag } from './translator';
import type { Language } from '../taxonomy';

export const LANGUAGE_SETTING = 'language';

/** A language, or "browser": follow the browser's language (the default). */
export type LanguageChoice = Language | 'browser';

/** The browser's UI language, as one of ours (English when it is none of them). */
export function browserLanguage(): Language {
  return languageFromTag(browser.i18n.getUILanguage());
}

function choiceOf(stored: unknown): LanguageChoice {
  return isLanguage(stored) ? stored : 'browser';
}

export async function languageChoice(): Promise<LanguageChoice> {
  const stored = await browser.storage.local.get(LANGUAGE_SETTING).catch(() => ({}) as Record<string, unknown>);
  return choiceOf((stored as Record<string, unknown>)[LANGUAGE_SETTING]);
}

export function languageOf(choice: LanguageChoice): Language {
  return choice === 'browser' ? browserLanguage() : choice;
}

/** The language to speak now: the person's choice, else the browser's. */
export async function uiLanguage(): Promise<Language> {
  return languageOf(await languageChoice());
}

export async function chooseLanguage(choice: LanguageChoice): Promise<void> {
  if (choice === 'browser') await browser.storage.local.remove(LANGUAGE_SETTING);
  else await browser.storage.local.set({ [LANGUAGE_SETTING]: choice });
}

/** Calls `listener` with the language to speak whenever the choice changes; returns the unsubscribe. */
export function onLanguageChange(listener: (language: Language, choice: LanguageChoice) => void): () => void {
  const changed = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !(LANGUAGE_SETTING in changes)) return;
    const choice = choiceOf(changes[LANGUAGE_SETTING]!.newValue);
    listener(languageOf(choice), choice);
  };
  browser.storage.onChanged.addListener(changed);
  return () => browser.storage.onChanged.removeListener(changed);
}
