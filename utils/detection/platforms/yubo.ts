// Yubo: a mobile-only app (Qustodio calls it "the mobile-only app"); yubo.live has only
// information and safety pages (page-signals.md §7). The pack has no settings page, so the
// content script is not injected on yubo.live: the host is kept so the toolbar can name the
// platform, and `appOnly` tells the guidance to give the in-app path.
import type { RulePack } from './types';

export const yubo: RulePack = {
  id: 'yubo',
  hosts: ['yubo.live', 'www.yubo.live'],
  reportUrl: 'https://www.yubo.live/faq',
  appOnly: [
    { id: 'app-privacy', context: 'privacy' },
    { id: 'app-safety', context: 'safety' },
  ],
  pages: [],
  notSettings: ['https://www.yubo.live/faq', 'https://www.yubo.live/', 'https://www.yubo.live/safety-center'],
};
