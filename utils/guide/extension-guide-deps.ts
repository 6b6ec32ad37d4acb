// The guide routes' inputs as every extension context has them: the browser's clock, UI language
// and language tags, the extension's origin, the whole catalogue and the checklists. Shared by
// the background and the panel frame, which run the same routes (routes.ts).
import { browser } from 'wxt/browser';
import { createTranslator } from '../i18n/translator';
import { catalogs } from '../i18n/locales';
import { uiLanguage } from '../i18n/ui-language';
import { checklistFor } from './checklists';
import type { GuideDeps } from './routes';
import type { PassportLink } from './passport-link';

/** `passport`: the family passport as the guide sees it (utils/passport/guide-link.ts), given by the entrypoint. */
export function extensionGuideDeps(passport?: PassportLink): GuideDeps {
  return {
    now: () => new Date(),
    language: uiLanguage,
    languageTags: () => navigator.languages,
    baseUrl: () => browser.runtime.getURL('/'),
    translate: (language) => createTranslator(catalogs, language),
    checklistFor,
    ...(passport ? { passport } : {}),
  };
}
