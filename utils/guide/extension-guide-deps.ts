// The guide routes' inputs as every extension context has them: the browser's clock and language
// tags, the extension's origin and the checklists. The words come from the caller: the panel
// frame has loaded its one language (catalogue-loader.ts), the background holds every language.
// Shared by the background and the panel frame, which run the same routes (routes.ts).
import { browser } from 'wxt/browser';
import { checklistFor } from './checklists';
import type { GuideDeps } from './routes';
import type { PassportLink } from './passport-link';

/**
 * `words`: the language and translator of the caller (the frame loaded one language, the background
 * holds all six); `passport`: the family passport as the guide sees it (utils/passport/guide-link.ts).
 */
export function extensionGuideDeps(words: Pick<GuideDeps, 'language' | 'translate'>, passport?: PassportLink): GuideDeps {
  return {
    now: () => new Date(),
    language: words.language,
    translate: words.translate,
    languageTags: () => navigator.languages,
    baseUrl: () => browser.runtime.getURL('/'),
    checklistFor,
    ...(passport ? { passport } : {}),
  };
}
