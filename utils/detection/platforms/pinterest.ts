// Pinterest: settings under /settings/… (account management moved to /settings/account-settings
// in 2019, page-signals.md §8), also reached with ?tab=, on pinterest.com, its country
// subdomains (fr.pinterest.com) and country domains (pinterest.fr).
import type { RulePack } from './types';

export const pinterest: RulePack = {
  id: 'pinterest',
  hosts: [
    'pinterest.com', 'www.pinterest.com', '*.pinterest.com', 'pinterest.fr', 'www.pinterest.fr', 'www.pinterest.co.uk',
    'www.pinterest.ca', 'www.pinterest.de', 'www.pinterest.es', 'www.pinterest.it', 'www.pinterest.com.au', 'www.pinterest.ch',
    'www.pinterest.at', 'www.pinterest.ie', 'www.pinterest.nz', 'www.pinterest.pt', 'www.pinterest.com.mx',
  ],
  reportUrl: 'https://help.pinterest.com/',
  pages: [
    {
      // Source: public code (search index files 68962066487, 60025452619); the other slugs have no
      // corpus row (unconfirmed).
      id: 'security',
      context: 'safety',
      url: { paths: ['/settings/security|social-permissions|blocked*|login-security|password/**'] },
      deepLink: 'https://www.pinterest.com/settings/security',
      testUrls: ['https://www.pinterest.com/settings/security', 'https://www.pinterest.com/settings/social-permissions'],
    },
    {
      // Source: public code (search index files 57400709469, 54567158874, 62375654817).
      id: 'privacy',
      context: 'privacy',
      // profile-visibility: who can find the profile (public code, search index file 43207105121).
      url: { paths: ['/settings/privacy|privacy-and-data|privacy_and_data|personalization|apps|profile-visibility/**'] },
      deepLink: 'https://www.pinterest.com/settings/privacy',
      testUrls: ['https://www.pinterest.com/settings/privacy', 'https://www.pinterest.fr/settings/privacy', 'https://fr.pinterest.com/settings/privacy-and-data', 'https://www.pinterest.fr/settings/profile-visibility/'],
    },
    {
      // Source: page-signals.md §8 (jdm-contrib/jdm) and public code (search index files
      // 54958195825, 31238197585, 54100600089).
      id: 'account',
      context: 'account',
      // Bulk Pin creation is a publishing tool kept under /settings/ (public code that posts Pins
      // opens it as PINTEREST_BULK_URL, search index file 57874788969), not a setting.
      url: { paths: ['/settings/**'], notPaths: ['/settings/bulk-create-pins/**'] },
      deepLink: 'https://www.pinterest.com/settings/account-settings/',
      testUrls: [
        'https://pinterest.com/settings/account-settings/',
        'https://www.pinterest.com/settings/?tab=account',
        'https://www.pinterest.com/settings/edit-profile',
        'https://www.pinterest.com/settings/notifications',
      ],
    },
  ],
  notSettings: [
    'https://www.pinterest.com/exampleuser/',
    'https://www.pinterest.com/pin/1234567890/',
    'https://www.pinterest.com/search/pins/?q=settings',
    'https://www.pinterest.com/login/',
    'https://fr.pinterest.com/settings/bulk-create-pins',
    'https://www.pinterest.com/ideas/',
  ],
};
