// The popup's strings only (common, popup, helplines*): the popup must open fast and stay lean,
// so it does not bundle the checklists' or the passport's text (utils/locales/index.ts would).
import { mergeCatalogs, type Catalog, type Catalogs } from '../../utils/i18n';

const english = import.meta.glob<Catalog>(
  ['../../utils/locales/en/common.json', '../../utils/locales/en/popup.json', '../../utils/locales/en/helplines*.json'],
  { eager: true, import: 'default' },
);
const french = import.meta.glob<Catalog>(
  ['../../utils/locales/fr/common.json', '../../utils/locales/fr/popup.json', '../../utils/locales/fr/helplines*.json'],
  { eager: true, import: 'default' },
);

export const popupCatalogs: Catalogs = {
  en: mergeCatalogs(...Object.values(english)),
  fr: mergeCatalogs(...Object.values(french)),
};
