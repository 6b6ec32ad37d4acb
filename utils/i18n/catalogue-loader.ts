// Loads the catalogue of one language, and only the areas a page shows. Each page globs the area
// files it may need, for every language, without `eager` (import.meta.glob gives one loader per
// file, and the build one small chunk per file): a person reading German downloads, parses and
// keeps only the German text of that page. Extension pages only; the background, which cannot
// import() (a service worker), bundles the whole catalogue (locales/index.ts).
import type { Catalog, Catalogs } from './translator';
import { mergeCatalogs } from './translator';
import type { Language } from '../taxonomy';

/** What `import.meta.glob<Catalog>(…, { import: 'default', query: '?icu' })` gives: path → loader. */
export type AreaFiles = Readonly<Record<string, () => Promise<Catalog>>>;

/** ".../locales/de/checklist-x.json" (or "./de/checklist-x.json") → { language: "de", area: "checklist-x" }. */
export function areaOf(path: string): { language: string; area: string } | undefined {
  const match = /(?:^|\/)([a-z]{2})\/([\w-]+)\.json$/.exec(path);
  return match ? { language: match[1]!, area: match[2]! } : undefined;
}

/** The language's catalogue, from the files whose area `wanted` keeps (all of them by default). */
export async function loadCatalogue(files: AreaFiles, language: Language, wanted: (area: string) => boolean = () => true): Promise<Catalogs> {
  const loaders = Object.entries(files).filter(([path]) => {
    const file = areaOf(path);
    return file?.language === language && wanted(file.area);
  });
  const parts = await Promise.all(loaders.map(([, load]) => load()));
  return { [language]: mergeCatalogs(...parts) };
}
