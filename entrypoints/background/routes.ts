// Every message the background answers, feature by feature.
import type { Routes } from '../../utils/messaging';
import { createGuideRoutes } from '../../utils/guide/routes';
import { extensionGuideDeps } from '../../utils/guide/extension-guide-deps';
import { passportGuideLink } from '../../utils/passport/guide-link';

export const routes: Routes = {
  // For the panel frames that cannot open the extension's database themselves (routes.ts).
  ...createGuideRoutes(extensionGuideDeps(passportGuideLink)),
};
