// The whole catalogue, every language, compiled (build/icu-messages.ts), for the background (a
// service worker cannot import() a language when it needs one) and the maintainers' tools.
// Extension pages load only their language and areas (../catalogue-loader.ts) and must not import
// this module, nor must the content script. Adding a file or a language here needs no code change.
import type { Catalog, Catalogs } from '../translator';
import { mergeCatalogs } from '../translator';
import { areaOf } from '../catalogue-loader';
import { LANGUAGES, type Language } from '../../taxonomy';

const files = import.meta.glob<Catalog>('./*/*.json', { eager: true, import: 'default', query: '?icu-whole' });

function catalogueOf(language: Language): Catalog {
  const own = Object.entries(files).filter(([path]) => areaOf(path)?.language === language);
  return mergeCatalogs(...own.map(([, catalog]) => catalog));
}

export const catalogs: Readonly<Record<Language, Catalog>> = Object.fromEntries(LANGUAGES.map((l) => [l, catalogueOf(l)])) as Record<Language, Catalog>;
