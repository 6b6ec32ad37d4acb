// Every message the background answers, feature by feature.
import type { Routes } from '../../utils/messaging';
import { createGuideRoutes } from '../../utils/guide/routes';
import { extensionGuideDeps } from '../../utils/guide/extension-guide-deps';
import { createTranslator } from '../../utils/i18n/translator';
import { catalogs } from '../../utils/i18n/locales';
import { uiLanguage } from '../../utils/i18n/language-setting';
import { createDockRoutes } from '../../utils/guide/dock-routes';
import { createTakeAlongRoutes } from '../../utils/guide/take-along-routes';
import { passportGuideLink } from '../../utils/passport/guide-link';

export const routes: Routes = {
  // For the panel frames that cannot open the extension's database themselves (routes.ts), in the
  // language the person chose (read again for every answer, so a new choice applies at once).
  ...createGuideRoutes(extensionGuideDeps({ language: uiLanguage, translate: (language) => createTranslator(catalogs, language) }, passportGuideLink)),
  // The side panel's page going away: the checklist back into pages (utils/guide/dock-routes.ts).
  ...createDockRoutes(),
  // The take-along tab, for a panel frame that may not open tabs (Firefox: take-along-routes.ts).
  ...createTakeAlongRoutes(),
};
