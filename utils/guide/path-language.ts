// Menu names in another language (issue 17, point 1). A menu path is confirmed by an official
// passage that supports `path`, in the language of the page it was read on. A person reading
// Vigie in another language reads our translation of those menu names, which may not be the words
// on their screen. The rule: when no passage confirming the path is in the reader's language, the
// panel names the language of the help it comes from (English first, when there is one), so the
// person knows to look for the setting, not for the exact words.
import type { Evidence } from '../evidence';
import type { Language } from '../taxonomy';

/** The base language of a BCP 47 tag ("en-GB" → "en"). */
function baseOf(tag: string): string {
  return tag.toLowerCase().split(/[-_]/)[0] ?? '';
}

/**
 * The language of the help that confirms the path, when the reader's is not among them; undefined
 * when a passage in the reader's language confirms it, or when no passage does (the path is then
 * shown as not confirmed, or names no menu).
 */
export function pathHelpLanguage(evidence: readonly Evidence[], reader: Language): string | undefined {
  const languages = evidence.filter((e) => e.supports.includes('path')).map((e) => baseOf(e.lang));
  if (languages.length === 0 || languages.includes(reader)) return undefined;
  return languages.includes('en') ? 'en' : languages[0];
}

/** "English", "anglais", "Englisch": a language's name in the reader's language. */
export function languageName(code: string, reader: Language): string {
  try {
    return new Intl.DisplayNames([reader], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}
