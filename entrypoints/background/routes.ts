// Every message the background answers, feature by feature.
import { browser } from 'wxt/browser';
import type { Routes } from '../../utils/messaging';
import { createTranslator } from '../../utils/i18n/translator';
import { catalogs } from '../../utils/i18n/locales';
import { uiLanguage } from '../../utils/i18n/ui-language';
import { checklistFor } from '../../utils/guide/checklists';
import { createGuideRoutes } from '../../utils/guide/routes';

export const routes: Routes = {
  ...createGuideRoutes({
    now: () => new Date(),
    language: uiLanguage,
    languageTags: () => navigator.languages,
    baseUrl: () => browser.runtime.getURL('/'),
    translate: (language) => createTranslator(catalogs, language),
    checklistFor,
  }),
};
