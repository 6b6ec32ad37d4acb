// The take-along page's words in one language: its own (take-along.json), and what the guide
// routes translate for it — the panel's labels, the page names, the helplines' purposes and the
// checklist of this page's platform only (utils/i18n/catalogue-loader.ts).
import { loadCatalogue } from '../../utils/i18n/catalogue-loader';
import type { Catalog, Catalogs } from '../../utils/i18n/translator';
import type { Language, PlatformId } from '../../utils/taxonomy';

const files = import.meta.glob<Catalog>(
  [
    '../../utils/i18n/locales/*/common.json',
    '../../utils/i18n/locales/*/take-along.json',
    '../../utils/i18n/locales/*/panel*.json',
    '../../utils/i18n/locales/*/pages.json',
    '../../utils/i18n/locales/*/helplines*.json',
    '../../utils/i18n/locales/*/checklist-*.json',
  ],
  { import: 'default', query: '?icu' },
);

export function takeAlongCatalogue(language: Language, platform: PlatformId | undefined): Promise<Catalogs> {
  return loadCatalogue(files, language, (area) => !area.startsWith('checklist-') || area === `checklist-${platform}`);
}
