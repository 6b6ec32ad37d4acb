// Discord checklists for a child's account: privacy and safety, messaging, account (My Account and
// the neighbouring tabs of the settings layer), and Family Center.
// Server (guild) settings for staff are in discord-groups.ts.
import { cite, item } from './build';
import { agreeTogether } from './shared/agreement';
import {
  carerContactsAgreed,
  carerNoWhereabouts,
  carerPhotosAgreed,
  carerRecordAndTell,
  carerSupervisionAgreed,
} from './shared/carer';
import type { Checklist } from './types';

const D = '2026-11-21';
const BLOCKING_AND_PRIVACY = cite(
  'https://support.discord.com/hc/en-us/articles/217916488-Blocking-Privacy-Settings',
  'Discord Support: blocking and privacy settings',
  D,
);
const SAFE_ACCOUNT = cite(
  'https://discord.com/safety/360043857751-four-steps-to-a-super-safe-account',
  'Discord Safety Center: four steps to a super safe account',
  D,
);
const SOCIAL_PERMISSIONS = cite(
  'https://support.skyprivate.com/en/articles/6886347-discord-privacy-settings-dms-friend-requests',
  'Discord privacy settings: direct messages, message requests and friend requests (newer Content & Social layout)',
  D,
);
const FAMILY_CENTER = cite(
  'https://gigazine.net/gsc_news/en/20230712-discord-family-center',
  'GIGAZINE: what Discord’s Family Center shows parents (July 2023)',
  D,
);
const FAMILY_CENTER_UPDATE = cite(
  'https://metalandbattlefields.com/?p=12086',
  'Discord expands Family Center: purchases, call time, top contacts and guardian controls (report)',
  D,
);
const FAMILY_CENTER_SET_UP = cite(
  'https://cybernoz.com/how-to-use-discords-family-center-with-your-teens',
  'How to use Discord’s Family Center with your teens',
  D,
);
const TEEN_BY_DEFAULT = cite(
  'https://www.livemint.com/news/world/discord-rolls-out-teen-by-default-settings-globally-video-selfies-ids-ensure-age-appropriate-access-from-march-11770665911128.html',
  'Mint: Discord rolls out teen-by-default settings globally, age group shown in My Account (February 2026)',
  D,
);
const DATA_PACKAGE = cite(
  'https://support.discord.com/hc/en-us/articles/360004957991',
  'Discord Support: your Discord data package (how to request it, sent to the account’s email)',
  D,
);
const DEVICES = cite(
  'https://tabletmonkeys.com/how-to-secure-your-discord-account-check-and-log-out-of-devices/',
  'Tablet Monkeys: secure your Discord account, check and log out of devices',
  D,
);
const AUTHORIZED_APPS = cite(
  'https://securoth.com/blog/thirdpartyint.html',
  'Securoth: managing your Discord authorized apps',
  D,
);
const DELETE_ACCOUNT = cite(
  'https://support.discord.com/hc/en-us/articles/212500837-How-do-I-permanently-delete-my-account',
  'Discord Support: how do I permanently delete my account?',
  D,
);
const FAMILY_CENTER_LINK = 'https://discord.com/feature/family-center';

export const discordChecklists: Checklist[] = [
  {
    platform: 'discord',
    contexts: ['privacy'],
    version: D,
    items: [
      item('friend-requests', BLOCKING_AND_PRIVACY, { pathConfirmed: true }),
      item('sensitive-media', SAFE_ACCOUNT),
      item('dm-spam-filter', SAFE_ACCOUNT),
      carerPhotosAgreed,
      carerNoWhereabouts,
    ],
  },
  {
    platform: 'discord',
    contexts: ['safety'],
    version: D,
    items: [
      item('block', BLOCKING_AND_PRIVACY),
      item('two-factor', SAFE_ACCOUNT),
      item('report', SAFE_ACCOUNT),
      item('family-center-where', FAMILY_CENTER_SET_UP, { deepLink: FAMILY_CENTER_LINK }),
      carerRecordAndTell,
    ],
  },
  {
    platform: 'discord',
    contexts: ['messaging'],
    version: D,
    items: [
      item('server-dms', BLOCKING_AND_PRIVACY, { pathConfirmed: true }),
      item('existing-servers', SOCIAL_PERMISSIONS),
      item('message-requests', SOCIAL_PERMISSIONS),
      carerContactsAgreed,
    ],
  },
  {
    platform: 'discord',
    contexts: ['account'],
    version: D,
    items: [
      item('age-group', TEEN_BY_DEFAULT, { pathConfirmed: true }),
      item('account-email', DATA_PACKAGE),
      item('devices', DEVICES, { pathConfirmed: true }),
      item('authorized-apps', AUTHORIZED_APPS, { pathConfirmed: true }),
      item('data-package', DATA_PACKAGE, { pathConfirmed: true }),
      item('delete-account', DELETE_ACCOUNT, { pathConfirmed: true }),
    ],
  },
  {
    platform: 'discord',
    contexts: ['supervision'],
    version: D,
    items: [
      item('family-center-shows', FAMILY_CENTER_UPDATE),
      item('family-center-does-not-show', FAMILY_CENTER),
      item('family-center-controls', FAMILY_CENTER_UPDATE),
      item('family-center-set-up', FAMILY_CENTER_SET_UP, { deepLink: FAMILY_CENTER_LINK }),
      agreeTogether,
      carerSupervisionAgreed,
    ],
  },
];
