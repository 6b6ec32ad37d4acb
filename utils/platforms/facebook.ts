import type { RulePack } from './types';

export const facebook: RulePack = {
  id: 'facebook',
  hosts: ['www.facebook.com', 'facebook.com', 'm.facebook.com', 'mobile.facebook.com', 'web.facebook.com', 'accountscenter.facebook.com'],
  reportUrl: 'https://www.facebook.com/help/1380418588640631',
  pages: [
    {
      id: 'privacy',
      context: 'privacy',
      url: { paths: ['/settings'], query: { tab: 'privacy' } },
      deepLink: 'https://www.facebook.com/settings?tab=privacy',
      testUrls: ['https://www.facebook.com/settings?tab=privacy', 'https://www.facebook.com/settings/?tab=privacy&privacy_source=settings_menu'],
    },
  ],
  notSettings: ['https://www.facebook.com/groups/1234567890/?sorting_setting=RECENT_ACTIVITY'],
};
