// Each language named in itself, as a person looks for their own in a list ("Deutsch", not
// "German"): the same words whatever the page's language, so they are data, not translations.
import type { Language } from '../taxonomy';

export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = {
  en: 'English',
  fr: 'Français',
  de: 'Deutsch',
  es: 'Español',
  it: 'Italiano',
  nl: 'Nederlands',
};
