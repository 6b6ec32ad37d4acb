// Twitch checklists for a child's account (viewer or young streamer): privacy, safety,
// whispers, account. The creator dashboard for staff is in twitch-dashboard.ts.
import { cite, item, quoted } from './build';
import { carerContactsAgreed, carerNoWhereabouts, carerPhotosAgreed, carerRecordAndTell } from './shared/carer';
import type { Checklist } from './types';

const D = '2026-11-21';
export const TWITCH_FOR_PARENTS = cite(
  'https://nmdoj.gov/social-media-privacy/twitch/',
  'New Mexico Department of Justice: Twitch privacy settings for your child (2024)',
  D,
);
export const TWITCH_SETTINGS_TO_CHECK = cite(
  'https://nettkompass.pages.dev/en/apper/twitch/',
  'Nettkompass: Twitch, settings to check',
  D,
);
export const TWITCH_ACCOUNT_PRIVACY = cite('https://noided.org/protect/twitch', 'NoIDed: protect yourself on Twitch (viewers and streamers)', D);
const CREATOR_CAMP_URL = 'https://www.twitch.tv/creatorcamp/en/connect-and-engage/moderation-and-safety/';
/** Twitch's own guide for streamers; shared with the dashboard list (twitch-dashboard.ts). */
export const CREATOR_CAMP = cite(CREATOR_CAMP_URL, 'Twitch Creator Camp: moderation and safety', '2026-12-04');
export const CREATOR_CAMP_EVIDENCE = {
  emailVerification: [
    quoted(CREATOR_CAMP_URL, 'en', '2026-12-04', ['claim'],
      'You can choose to require viewers to have a verified email address before they can participate in your chat.'),
  ],
};
const ACCOUNT_FEATURES = cite(
  'https://www.streamthreats.com/platforms/twitch',
  'StreamThreats: Twitch safety guide (verified October 2025)',
  D,
);

export const twitchChecklists: Checklist[] = [
  {
    platform: 'twitch',
    contexts: ['privacy'],
    version: '2026-12-04',
    items: [
      item('profile-bio', TWITCH_FOR_PARENTS, { deepLink: 'https://www.twitch.tv/settings/profile' }),
      item('extra-accounts', TWITCH_FOR_PARENTS),
      item('past-broadcasts', TWITCH_FOR_PARENTS),
      carerPhotosAgreed,
      carerNoWhereabouts,
    ],
  },
  {
    platform: 'twitch',
    contexts: ['safety'],
    version: '2026-12-04',
    items: [
      item('two-factor', TWITCH_FOR_PARENTS),
      item('blocked-users', TWITCH_FOR_PARENTS),
      item('content-labels', TWITCH_SETTINGS_TO_CHECK),
      carerRecordAndTell,
    ],
  },
  {
    platform: 'twitch',
    contexts: ['messaging'],
    version: '2026-12-04',
    items: [
      item('whispers', TWITCH_FOR_PARENTS),
      item('gifts', TWITCH_FOR_PARENTS),
      item('stream-chat-verification', CREATOR_CAMP, { evidence: CREATOR_CAMP_EVIDENCE.emailVerification }),
      carerContactsAgreed,
    ],
  },
  {
    platform: 'twitch',
    contexts: ['account'],
    version: '2026-12-04',
    items: [
      item('contact-details', TWITCH_ACCOUNT_PRIVACY),
      item('connections', ACCOUNT_FEATURES),
      item('download-data', ACCOUNT_FEATURES),
    ],
  },
];
