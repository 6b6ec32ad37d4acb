// The catalogues as written: ICU MessageFormat source strings, for the tests that read the words
// themselves (placeholders, typography, completeness). The extension imports them compiled
// (utils/i18n/locales/index.ts, `?icu`), as functions.
import { parse, type Token } from '@messageformat/parser';
import { LANGUAGES, type Language } from '../../utils/taxonomy';

type Source = Record<string, string>;

const files = import.meta.glob<Source>('../../utils/i18n/locales/*/*.json', { eager: true, import: 'default' });

function filesOf(language: Language): Record<string, Source> {
  return Object.fromEntries(Object.entries(files).filter(([path]) => path.includes(`/locales/${language}/`)));
}

/** Area file path → its messages, per language. */
export const sourceAreaFiles: Record<Language, Record<string, Source>> = Object.fromEntries(
  LANGUAGES.map((language) => [language, filesOf(language)]),
) as Record<Language, Record<string, Source>>;

/** Every message of a language, by key. */
export const sourceCatalogs: Record<Language, Source> = Object.fromEntries(
  LANGUAGES.map((language) => [language, Object.assign({}, ...Object.values(sourceAreaFiles[language])) as Source]),
) as Record<Language, Source>;

/** The argument names an ICU message uses, plurals and selects included, sorted. */
export function argumentNames(text: string): string[] {
  const names = new Set<string>();
  const walk = (tokens: readonly Token[]) => {
    for (const token of tokens) {
      if (token.type === 'argument' || token.type === 'function') names.add(token.arg);
      if (token.type === 'plural' || token.type === 'select' || token.type === 'selectordinal') {
        names.add(token.arg);
        for (const c of token.cases) walk(c.tokens);
      }
    }
  };
  walk(parse(text));
  return [...names].sort();
}
