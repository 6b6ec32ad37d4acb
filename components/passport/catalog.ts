// The passport page's strings only (common, passport*, portability): the page must be ready fast
// with a large household, and parsing the checklists' and helplines' text (the bulk of
// utils/i18n/locales/index.ts, about 400 KB) would be wasted work before its first screen.
import { mergeCatalogs, type Catalog, type Catalogs } from '../../utils/i18n/translator';

const english = import.meta.glob<Catalog>(
  ['../../utils/i18n/locales/en/common.json', '../../utils/i18n/locales/en/passport*.json', '../../utils/i18n/locales/en/portability*.json'],
  { eager: true, import: 'default', query: '?icu' },
);
const french = import.meta.glob<Catalog>(
  ['../../utils/i18n/locales/fr/common.json', '../../utils/i18n/locales/fr/passport*.json', '../../utils/i18n/locales/fr/portability*.json'],
  { eager: true, import: 'default', query: '?icu' },
);

export const passportCatalogs: Catalogs = {
  en: mergeCatalogs(...Object.values(english)),
  fr: mergeCatalogs(...Object.values(french)),
};
