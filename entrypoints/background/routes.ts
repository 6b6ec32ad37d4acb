// Every message the background answers, feature by feature.
import type { Routes } from '../../utils/messaging';
import { createGuideRoutes } from '../../utils/guide/routes';
import { extensionGuideDeps } from '../../utils/guide/extension-guide-deps';
import { createDockRoutes } from '../../utils/guide/dock-routes';
import { createTakeAlongRoutes } from '../../utils/guide/take-along-routes';

export const routes: Routes = {
  // For the panel frames that cannot open the extension's database themselves (routes.ts).
  ...createGuideRoutes(extensionGuideDeps()),
  // The side panel's page going away: the checklist back into pages (utils/guide/dock-routes.ts).
  ...createDockRoutes(),
  // The take-along tab, for a panel frame that may not open tabs (Firefox: take-along-routes.ts).
  ...createTakeAlongRoutes(),
};
