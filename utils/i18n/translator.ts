// ── utils/i18n: every word on screen ───────────────────────────────────────────────────────────
// Owns the translator (this file), the language (language-setting.ts: the browser's or the
// person's own choice), the catalogue loader (catalogue-loader.ts) and the catalogues
// (locales/<language>/<area>.json). Imports only utils/taxonomy.ts. Imported by every part.
//
// Every user-visible string lives in utils/i18n/locales/<language>/<area>.json as a flat object of
// ICU MessageFormat messages whose keys start with "<area>.". Extension pages and the background
// import them with `?icu`, compiled at build time into functions (build/icu-messages.ts: real CLDR
// plurals, numbers through Intl, no parser at run time); the content script imports the few
// plain strings it shows before the guide arrives.
import { LANGUAGES, type Language } from '../taxonomy';

/** A compiled message (build/icu-messages.ts), or a plain string with `{name}` placeholders. */
export type Message = string | ((params: Params) => string);
export type Catalog = Readonly<Record<string, Message>>;
/** Catalogues by language; a page holds only the language it shows (catalogue-loader.ts). */
export type Catalogs = Readonly<Partial<Record<Language, Catalog>>>;
export type Params = Readonly<Record<string, string | number>>;
export type Translate = (key: string, params?: Params) => string;

/** Is this one of our languages? */
export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** Picks our language from a BCP 47 tag such as "fr-FR" or "en-GB"; English is the fallback. */
export function languageFromTag(tag: string | undefined): Language {
  const base = (tag ?? '').toLowerCase().split(/[-_]/)[0];
  return isLanguage(base) ? base : 'en';
}

/** Merges several area catalogues (each a flat JSON object) into one. */
export function mergeCatalogs(...parts: Catalog[]): Catalog {
  return Object.assign({}, ...parts) as Catalog;
}

export function createTranslator(catalogs: Catalogs, language: Language): Translate {
  const catalog = catalogs[language] ?? {};
  const fallback = catalogs.en ?? {};
  return (key, params) => {
    // A missing key is a bug caught by tests/utils/i18n/messages-lint.test.ts; at run time showing
    // the English (when loaded) or the key is better than showing nothing.
    const message = catalog[key] ?? fallback[key] ?? key;
    if (typeof message === 'function') return message(params ?? {});
    if (!params) return message;
    return message.replace(/\{(\w+)\}/g, (whole, name: string) =>
      name in params ? String(params[name]) : whole,
    );
  };
}
