// The passport page's strings only (common, language, passport*, portability*), in one language:
// the page must be ready fast with a large household, and parsing the checklists' and helplines'
// text, or five other languages, would be wasted work before its first screen.
import { loadCatalogue } from '../../utils/i18n/catalogue-loader';
import type { Catalog, Catalogs } from '../../utils/i18n/translator';
import type { Language } from '../../utils/taxonomy';

const files = import.meta.glob<Catalog>(
  [
    '../../utils/i18n/locales/*/common.json',
    '../../utils/i18n/locales/*/language.json',
    '../../utils/i18n/locales/*/passport*.json',
    '../../utils/i18n/locales/*/portability*.json',
  ],
  { import: 'default', query: '?icu' },
);

export function passportCatalogue(language: Language): Promise<Catalogs> {
  return loadCatalogue(files, language);
}
