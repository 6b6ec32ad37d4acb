// The whole catalogue, compiled (build/icu-messages.ts), for extension pages and the background.
// Each JSON file is one area of the UI; adding a file here needs no code change. The content
// script must not import this module (it would bundle every string): it imports the few plain
// strings it needs directly.
import type { Catalog, Catalogs } from '../translator';
import { mergeCatalogs } from '../translator';

const english = import.meta.glob<Catalog>('./en/*.json', { eager: true, import: 'default', query: '?icu' });
const french = import.meta.glob<Catalog>('./fr/*.json', { eager: true, import: 'default', query: '?icu' });

export const catalogs: Catalogs = {
  en: mergeCatalogs(...Object.values(english)),
  fr: mergeCatalogs(...Object.values(french)),
};

