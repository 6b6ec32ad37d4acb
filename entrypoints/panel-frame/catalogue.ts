// The panel's words in one language: its own areas, the page names, the helplines' purposes (the
// help section names the country's main line), the age bands' names (the child a review is for)
// and the checklist of this page's platform only.
// Loaded lazily (utils/i18n/catalogue-loader.ts): a frame on Instagram in German reads the German
// panel and the German Instagram list, not every platform in six languages.
import { loadCatalogue } from '../../utils/i18n/catalogue-loader';
import type { Catalog, Catalogs } from '../../utils/i18n/translator';
import type { Language, PlatformId } from '../../utils/taxonomy';

const files = import.meta.glob<Catalog>(
  [
    '../../utils/i18n/locales/*/common.json',
    '../../utils/i18n/locales/*/panel*.json',
    '../../utils/i18n/locales/*/pages.json',
    '../../utils/i18n/locales/*/helplines*.json',
    '../../utils/i18n/locales/*/checklist-*.json',
    // The age bands' names, for "whom is this review for" (components/panel/for-whom.ts).
    '../../utils/i18n/locales/*/passport-child.json',
  ],
  { import: 'default', query: '?icu' },
);

/** Does the panel of `platform` need this area? Every checklist's words are in its platform's file. */
export function panelNeeds(area: string, platform: PlatformId): boolean {
  return !area.startsWith('checklist-') || area === `checklist-${platform}`;
}

export function panelCatalogue(language: Language, platform: PlatformId): Promise<Catalogs> {
  return loadCatalogue(files, language, (area) => panelNeeds(area, platform));
}
