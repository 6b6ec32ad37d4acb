// The popup's strings only (common, popup, helplines*, first-steps, platform-reports, panel-placement): the popup must open fast and stay lean,
// so it does not bundle the checklists' or the passport's text (utils/i18n/locales/index.ts would).
import { mergeCatalogs, type Catalog, type Catalogs } from '../../utils/i18n/translator';

const english = import.meta.glob<Catalog>(
  ['../../utils/i18n/locales/en/common.json', '../../utils/i18n/locales/en/popup.json', '../../utils/i18n/locales/en/helplines*.json', '../../utils/i18n/locales/en/first-steps.json', '../../utils/i18n/locales/en/platform-reports.json', '../../utils/i18n/locales/en/panel-placement.json'],
  { eager: true, import: 'default', query: '?icu' },
);
const french = import.meta.glob<Catalog>(
  ['../../utils/i18n/locales/fr/common.json', '../../utils/i18n/locales/fr/popup.json', '../../utils/i18n/locales/fr/helplines*.json', '../../utils/i18n/locales/fr/first-steps.json', '../../utils/i18n/locales/fr/platform-reports.json', '../../utils/i18n/locales/fr/panel-placement.json'],
  { eager: true, import: 'default', query: '?icu' },
);

export const popupCatalogs: Catalogs = {
  en: mergeCatalogs(...Object.values(english)),
  fr: mergeCatalogs(...Object.values(french)),
};
