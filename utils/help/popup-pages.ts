// The toolbar popup exists as one static page per language and helpline directory, prerendered at
// build time (build/popup-prerender.ts): the browser paints the emergency numbers from the
// HTML itself, before any script has run. The background points the toolbar button at the page of
// the browser's language and the person's country (utils/help/toolbar-popup.ts).
import { COUNTRIES, type DirectoryId } from './helplines/types';
import { LANGUAGES, type Language } from '../taxonomy';

export interface PopupPage {
  language: Language;
  directory: DirectoryId;
  /** Path inside the extension, as action.setPopup takes it. */
  path: string;
}

export const DIRECTORY_IDS: readonly DirectoryId[] = [...COUNTRIES, 'INT'];

export function popupPagePath(language: Language, directory: DirectoryId): string {
  return `popup/${language}-${directory}.html`;
}

export const POPUP_PAGES: readonly PopupPage[] = LANGUAGES.flatMap((language) =>
  DIRECTORY_IDS.map((directory) => ({ language, directory, path: popupPagePath(language, directory) })),
);
