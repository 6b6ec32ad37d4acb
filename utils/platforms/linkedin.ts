// LinkedIn: settings moved from /psettings/… to /mypreferences/d/… (desktop) and
// /mypreferences/m/… (mobile web), plus /mwlite/settings (page-signals.md §8). A company Page's
// settings are under /company/<id>/admin/settings/…
import type { RulePack } from './types';

const PREFS = ['/mypreferences/**', '/psettings/**', '/mwlite/settings/**'];

export const linkedin: RulePack = {
  id: 'linkedin',
  hosts: ['linkedin.com', 'www.linkedin.com', 'm.linkedin.com', 'fr.linkedin.com', 'uk.linkedin.com', 'ca.linkedin.com', 'be.linkedin.com', 'ch.linkedin.com'],
  reportUrl: 'https://www.linkedin.com/help/linkedin',
  pages: [
    {
      id: 'sign-in-and-security',
      context: 'safety',
      url: {
        paths: [
          '/mypreferences/**/change-password|two-factor-authentication|two-step-verification|sessions|where-you-are-signed-in|sign-in-and-security|security|blocking|blocked*|block-list/**',
          '/mypreferences/**/categories/sign-in-and-security|account-access/**',
          '/psettings/change-password|two-step-verification|sessions|security|blocking|blocked*/**',
        ],
      },
      deepLink: 'https://www.linkedin.com/mypreferences/d/categories/sign-in-and-security',
      testUrls: [
        'https://www.linkedin.com/mypreferences/d/change-password',
        'https://www.linkedin.com/mypreferences/d/two-factor-authentication',
        'https://www.linkedin.com/psettings/two-step-verification',
        'https://www.linkedin.com/mypreferences/d/categories/sign-in-and-security',
      ],
    },
    {
      id: 'privacy',
      context: 'privacy',
      url: {
        paths: [
          '/mypreferences/**/*privacy*|*visibility*|*advertising*|ads-*|policy-*|discover-me*|data-*|permitted-*|profile-viewing*|who-can-*|connections-visibility|followers|mentions*|share-*|*research*/**',
          '/mypreferences/**/categories/privacy|data-privacy|visibility|ads|advertising-data/**',
          '/psettings/privacy/**', '/psettings/*visibility*|*privacy*|advertising*|guest-controls|discover-me*|data-*|permitted-*|*research*/**',
        ],
      },
      deepLink: 'https://www.linkedin.com/mypreferences/d/categories/privacy',
      testUrls: [
        'https://www.linkedin.com/mypreferences/d/settings/ads-location',
        'https://www.linkedin.com/mypreferences/d/settings/policy-and-academic-research',
        'https://www.linkedin.com/mypreferences/m/settings/discover-me-by-email-address',
        'https://www.linkedin.com/psettings/guest-controls/retargeting-opt-out',
        'https://www.linkedin.com/psettings/privacy/email',
        'https://www.linkedin.com/psettings/profile-visibility',
        'https://www.linkedin.com/mypreferences/d/categories/privacy',
      ],
    },
    {
      id: 'page-settings',
      context: 'page',
      url: { paths: ['/company/*/admin/settings/**', '/showcase/*/admin/settings/**'] },
      testUrls: ['https://www.linkedin.com/company/12345678/admin/settings/'],
    },
    {
      id: 'group-settings',
      context: 'group',
      url: { paths: ['/groups/*/manage/**', '/groups/*/edit/**'] },
      testUrls: ['https://www.linkedin.com/groups/1234567/manage/requested/'],
    },
    {
      id: 'account',
      context: 'account',
      url: { paths: PREFS },
      deepLink: 'https://www.linkedin.com/mypreferences/d/categories/account',
      testUrls: [
        'https://www.linkedin.com/mypreferences/d/categories/account',
        'https://www.linkedin.com/mypreferences/d/categories/notifications',
        'https://www.linkedin.com/psettings/',
        'https://www.linkedin.com/mwlite/settings',
      ],
    },
  ],
  notSettings: [
    'https://linkedin.com/in/exampleuser',
    'https://www.linkedin.com/help/linkedin/answer/63',
    'https://www.linkedin.com/mynetwork/',
    'https://www.linkedin.com/legal/privacy-policy',
    'https://www.linkedin.com/feed/',
    'https://www.linkedin.com/login',
    'https://www.linkedin.com/company/12345678/',
    'https://www.linkedin.com/groups/1234567/',
  ],
};
