// The take-along page's own words (take-along.json), in every language that has them; the rest of
// its text comes translated inside the guide (its items, and the panel's labels).
import { type Catalog, type Catalogs } from '../../utils/i18n/translator';
import { LANGUAGES, type Language } from '../../utils/taxonomy';

const files = import.meta.glob<Catalog>('../../utils/i18n/locales/*/take-along.json', { eager: true, import: 'default', query: '?icu' });

const fileOf = (language: Language) => files[`../../utils/i18n/locales/${language}/take-along.json`] ?? {};

export const takeAlongCatalogs = Object.fromEntries(LANGUAGES.map((language) => [language, fileOf(language)])) as Catalogs;
