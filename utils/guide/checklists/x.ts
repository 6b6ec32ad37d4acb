// X (formerly Twitter) checklists for a child's account. Settings live under x.com/settings;
// twitter.com addresses redirect there since May 2024.
import { cite, item } from './build';
import { carerContactsAgreed, carerNoWhereabouts, carerPhotosAgreed, carerRecordAndTell } from './shared/carer';
import type { Checklist } from './types';

const D = '2026-11-21';
const PRIVACY_AND_SAFETY = cite(
  'https://neveropen.tech/how-to-change-your-privacy-and-safety-settings-on-x',
  'How to change your privacy and safety settings on X (protect your posts, two-factor authentication)',
  D,
);
const WHAT_SETTINGS_CONTROL = cite(
  'https://everydaytech.org/security-privacy/online-privacy-data-removal/how-to-change-privacy-settings-on-x',
  'EverydayTech: how to change privacy settings on X',
  D,
);
const INTERACTIONS = cite(
  'https://eztoolset.com/how-to-change-privacy-and-safety-settings-on-twitter',
  'EzToolset: privacy and safety settings on X (replies, mentions, messages, blocking and muting)',
  D,
);
const ACCOUNT_ACCESS = cite('https://noided.org/protect/twitter-x', 'NoIDed: protect yourself on X (security and account access)', D);
const SETTINGS_ROUTES = cite(
  'https://github.com/DzikStar/X-SCRAPER',
  'Archived x.com web bundle listing the settings pages (DzikStar/X-SCRAPER, July 2025)',
  '2025-07-01',
);
const DEACTIVATION = cite(
  'https://github.com/jdm-contrib/jdm',
  'JustDeleteMe directory (jdm-contrib/jdm): X deactivation page, updated August 2024',
  '2024-08-08',
);
const settings = (path: string) => `https://x.com/settings/${path}`;

export const xChecklists: Checklist[] = [
  {
    platform: 'x',
    contexts: ['privacy'],
    version: D,
    items: [
      item('protect-posts', PRIVACY_AND_SAFETY, { deepLink: settings('audience_and_tagging') }),
      item('photo-tagging', WHAT_SETTINGS_CONTROL, { deepLink: settings('tagging') }),
      item('discoverability', WHAT_SETTINGS_CONTROL),
      item('location', WHAT_SETTINGS_CONTROL),
      carerPhotosAgreed,
      carerNoWhereabouts,
    ],
  },
  {
    platform: 'x',
    contexts: ['safety'],
    version: D,
    items: [
      item('two-factor', PRIVACY_AND_SAFETY, { deepLink: settings('account/login_verification') }),
      item('password-reset-protect', ACCOUNT_ACCESS, { deepLink: settings('security') }),
      item('mute-and-block', INTERACTIONS, { deepLink: settings('mute_and_block') }),
      carerRecordAndTell,
    ],
  },
  {
    platform: 'x',
    contexts: ['messaging'],
    version: D,
    items: [
      item('message-requests', WHAT_SETTINGS_CONTROL),
      item('reply-limits', INTERACTIONS),
      item('mentions', INTERACTIONS),
      carerContactsAgreed,
    ],
  },
  {
    platform: 'x',
    contexts: ['account'],
    version: D,
    items: [
      item('connected-apps', ACCOUNT_ACCESS, { deepLink: settings('connected_apps') }),
      item('download-archive', SETTINGS_ROUTES, { deepLink: settings('download_your_data') }),
      item('deactivate', DEACTIVATION, { deepLink: settings('deactivate') }),
    ],
  },
];
