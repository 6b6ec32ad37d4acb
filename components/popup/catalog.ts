// The popup's strings only (common, language, popup*, helplines*, first-steps, platform-reports,
// panel-placement),
// in one language: the popup must open fast and stay lean, so it loads neither the checklists' nor
// the passport's text, nor the five other languages.
import { loadCatalogue } from '../../utils/i18n/catalogue-loader';
import type { Catalog, Catalogs } from '../../utils/i18n/translator';
import type { Language } from '../../utils/taxonomy';

const files = import.meta.glob<Catalog>(
  [
    '../../utils/i18n/locales/*/common.json',
    '../../utils/i18n/locales/*/language.json',
    '../../utils/i18n/locales/*/popup*.json',
    '../../utils/i18n/locales/*/helplines*.json',
    '../../utils/i18n/locales/*/first-steps.json',
    '../../utils/i18n/locales/*/platform-reports.json',
    '../../utils/i18n/locales/*/panel-placement.json',
  ],
  { import: 'default', query: '?icu' },
);

export function popupCatalogue(language: Language): Promise<Catalogs> {
  return loadCatalogue(files, language);
}
