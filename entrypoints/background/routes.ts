// Every message the background answers, feature by feature.
import type { Routes } from '../../utils/messaging';
import { createGuideRoutes } from '../../utils/guide/routes';
import { extensionGuideDeps } from '../../utils/guide/extension-guide-deps';
import { createTranslator } from '../../utils/i18n/translator';
import { catalogs } from '../../utils/i18n/locales';
import { uiLanguage } from '../../utils/i18n/language-setting';

export const routes: Routes = {
  // For the panel frames that cannot open the extension's database themselves (routes.ts), in the
  // language the person chose (read again for every answer, so a new choice applies at once).
  ...createGuideRoutes(extensionGuideDeps({ language: uiLanguage, translate: (language) => createTranslator(catalogs, language) })),
};
