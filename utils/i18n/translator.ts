// ── utils/i18n: every word on screen ───────────────────────────────────────────────────────────
// Owns the translator (this file), the UI language (ui-language.ts) and the catalogues
// (locales/<language>/<area>.json). Imports only utils/taxonomy.ts. Imported by every part.
//
// Translation without a framework. Every user-visible string lives in
// utils/i18n/locales/<language>/<area>.json as a flat object whose keys start with "<area>.".
// The content script imports only the areas it needs, so the page-side bundle stays small;
// extension pages import the full catalogue from utils/i18n/locales/index.ts.
import { LANGUAGES, type Language } from '../taxonomy';

export type Catalog = Readonly<Record<string, string>>;
export type Catalogs = Readonly<Record<Language, Catalog>>;
export type Params = Readonly<Record<string, string | number>>;
export type Translate = (key: string, params?: Params) => string;

/** Picks our language from a BCP 47 tag such as "fr-FR" or "en-GB"; English is the fallback. */
export function languageFromTag(tag: string | undefined): Language {
  const base = (tag ?? '').toLowerCase().split(/[-_]/)[0];
  return (LANGUAGES as readonly string[]).includes(base ?? '') ? (base as Language) : 'en';
}

/** Merges several area catalogues (each a flat JSON object) into one. */
export function mergeCatalogs(...parts: Catalog[]): Catalog {
  return Object.assign({}, ...parts) as Catalog;
}

export function createTranslator(catalogs: Catalogs, language: Language): Translate {
  const catalog = catalogs[language];
  const fallback = catalogs.en;
  return (key, params) => {
    // A missing key is a bug caught by tests/utils/locales.test.ts; at run time showing the key
    // is better than showing nothing.
    const template = catalog[key] ?? fallback[key] ?? key;
    if (!params) return template;
    return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
      name in params ? String(params[name]) : whole,
    );
  };
}
