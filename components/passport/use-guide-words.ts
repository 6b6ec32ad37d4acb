// What the passport's settings reviews need from the guide, loaded only when a child has one, so
// that the passport's first screen never waits for the checklists: the words of the pages and of
// the checklist items (for "items left"), and each page's checklist version now (a review made
// against an older version is due again).
import { useEffect, useState } from 'preact/hooks';
import { createTranslator, mergeCatalogs, type Catalog, type Translate } from '../../utils/i18n/translator';
import type { Language, PlatformId } from '../../utils/taxonomy';

const words = import.meta.glob<Catalog>(['../../utils/i18n/locales/*/checklist-*.json', '../../utils/i18n/locales/*/pages.json'], { import: 'default', query: '?icu' });

export interface GuideWords {
  /** The settings page's name ("Privacy settings"), else its id. */
  pageName(platform: PlatformId, pageId: string): string;
  /** A checklist item's imperative, else its id. */
  itemName(platform: PlatformId, itemId: string): string;
  /** The version of the checklist this page has now, if it has one. */
  versionOf(platform: PlatformId, pageId: string): string | undefined;
}

/** The translation of `key`, or `fallback` when the catalogue has none (the translator echoes the key). */
const wordsOr = (t: Translate, key: string, fallback: string) => {
  const text = t(key);
  return text === key ? fallback : text;
};

async function loadGuideWords(platforms: readonly PlatformId[], language: Language): Promise<GuideWords> {
  const [{ checklistFor }, { rulePacks }] = await Promise.all([import('../../utils/guide/checklists'), import('../../utils/detection/platforms')]);
  const wanted = (lang: Language) => [`/${lang}/pages.json`, ...platforms.map((platform) => `/${lang}/checklist-${platform}.json`)];
  const catalogFor = async (lang: Language) => {
    const loaders = Object.entries(words).filter(([path]) => wanted(lang).some((end) => path.endsWith(end)));
    return mergeCatalogs(...(await Promise.all(loaders.map(([, load]) => load()))));
  };
  const [en, local] = await Promise.all([catalogFor('en'), language === 'en' ? undefined : catalogFor(language)]);
  const t = createTranslator({ en, fr: { ...en, ...local } }, language);
  return {
    pageName: (platform, pageId) => wordsOr(t, `pages.${platform}.${pageId}`, pageId),
    itemName: (platform, itemId) => wordsOr(t, `checklist.${platform}.${itemId}.do`, itemId),
    versionOf(platform, pageId) {
      const rule = rulePacks.find((pack) => pack.id === platform)?.pages.find((page) => page.id === pageId);
      return rule && checklistFor({ platform, context: rule.context, pageId })?.version;
    },
  };
}

/** The guide's words for these platforms, once loaded (undefined until then, or if loading failed). */
export function useGuideWords(platforms: readonly PlatformId[], language: Language): GuideWords | undefined {
  const [loaded, setLoaded] = useState<GuideWords>();
  const key = [...new Set(platforms)].sort().join(',');
  useEffect(() => {
    if (!key) return undefined;
    let live = true;
    loadGuideWords(key.split(',') as PlatformId[], language).then((value) => live && setLoaded(value), () => undefined);
    return () => {
      live = false;
    };
  }, [key, language]);
  return loaded;
}
