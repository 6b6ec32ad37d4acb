// Every message the background answers, feature by feature.
import { browser } from 'wxt/browser';
import type { Routes } from '../messaging';
import { createTranslator } from '../i18n';
import { catalogs } from '../locales';
import { uiLanguage } from '../ui-language';
import { checklistFor } from '../checklists';
import { createGuideRoutes } from './guide';

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
