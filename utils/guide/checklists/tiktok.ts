// TikTok checklists for a child's account: privacy, safety, messaging, account, and Family
// Pairing (set up in the app only). TikTok's web settings live under /setting (singular).
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
const USER_SAFETY = cite(
  'https://support.tiktok.com/en/safety-hc/account-and-user-safety/user-safety',
  'TikTok Help Centre: user safety (Restricted Mode, Family Pairing)',
  D,
);
const FOR_PARENTS = cite('https://www.tiktok.com/safety/resources/for-parents', 'TikTok Safety Center: for parents', D);
// States who can use direct messages and the choices, but gives no menu path.
const COMMUNITY_CONTROLS = cite(
  'https://www.tiktok.com/safety/en/community-controls',
  'TikTok Safety Center: community controls (updated June 2024)',
  D,
);
const AGE_DEFAULTS = cite(
  'https://www.pocket-lint.com/tiktok-family-safety-mode-parental-controls/',
  'Pocket-lint: TikTok parental controls and account restrictions by age (2022)',
  D,
);
const PRIVACY_STEPS = cite(
  'https://techweez.com/2023/01/06/tiktok-secure-account-tips/',
  'Techweez: TikTok privacy and security settings to change (2023)',
  D,
);
const PARENTS_GUIDE = cite(
  'https://tacklebullying.ie/social-media-guide-for-parents-guardians/',
  'Tackle Bullying: social media guide for parents and guardians (TikTok)',
  D,
);
const TWO_STEP = cite(
  'https://www.wthr.com/article/sponsor-story/13inside-track/13inside-track-learns-about-security-tips-when-using-tiktok-strong-password-two-factor-authentication-guardian-guide/531-40841f0e-8287-48ce-b1e0-9a756dfd986d',
  'WTHR: TikTok’s head of issue policy on passwords and two-step verification',
  D,
);
const PAIRING_UNLINK = cite(
  'https://dailymagnet.in/social/tiktok-family-pairing-parents-can-control-their-kids-tiktok-accounts/',
  'Daily Magnet: TikTok Family Pairing, how it works',
  D,
);
const PASSWORD_RESET = cite(
  'https://support.tiktok.com/knowledge-base/change-password',
  'TikTok Help Center: change or reset your password (by email or phone number, 2018)',
  D,
);
const MANAGE_DEVICES = cite(
  'https://www.adweek.com/media/tiktok-how-to-manage-your-active-devices/',
  'Adweek: TikTok, how to manage your active devices (January 2023)',
  D,
);
const DOWNLOAD_DATA = cite(
  'https://pirg.org/edfund/resources/how-to-request-and-download-tiktok-data/',
  'PIRG Education Fund: how to request and download your TikTok data',
  D,
);
const DELETING = cite(
  'https://www.thesun.ie/tech/4589651/how-to-delete-your-tiktok-account-permanently-and-get-rid-of-all-videos-youve-posted/',
  'The Sun: deleting a TikTok account (deactivated for 30 days, then deleted; 2019)',
  D,
);

export const tiktokChecklists: Checklist[] = [
  {
    platform: 'tiktok',
    contexts: ['privacy'],
    version: D,
    items: [
      item('private-account', AGE_DEFAULTS),
      item('suggest-account', PRIVACY_STEPS),
      item('sync-contacts', PRIVACY_STEPS),
      item('downloads', PRIVACY_STEPS),
      item('duet-stitch', AGE_DEFAULTS),
      carerPhotosAgreed,
      carerNoWhereabouts,
    ],
  },
  {
    platform: 'tiktok',
    contexts: ['safety'],
    version: D,
    items: [
      item('two-step', TWO_STEP, { deepLink: 'https://www.tiktok.com/setting/account/security' }),
      item('restricted-mode', USER_SAFETY, { pathConfirmed: true, appOnly: true }),
      item('block-and-report', PARENTS_GUIDE),
      item('family-pairing-where', USER_SAFETY, { appOnly: true }),
      carerRecordAndTell,
    ],
  },
  {
    platform: 'tiktok',
    contexts: ['messaging'],
    version: D,
    items: [
      item('messages-under-16', COMMUNITY_CONTROLS),
      item('messages-who', COMMUNITY_CONTROLS),
      item('comments-who', PARENTS_GUIDE),
      carerContactsAgreed,
    ],
  },
  {
    platform: 'tiktok',
    contexts: ['account'],
    version: D,
    items: [
      item('birthday', PARENTS_GUIDE),
      item('email-phone', PASSWORD_RESET),
      item('manage-devices', MANAGE_DEVICES, { pathConfirmed: true }),
      item('download-data', DOWNLOAD_DATA, { pathConfirmed: true }),
      item('deactivate-or-delete', DELETING),
    ],
  },
  {
    platform: 'tiktok',
    contexts: ['supervision'],
    version: D,
    items: [
      item('pairing-controls', USER_SAFETY),
      item('pairing-does-not-show', FOR_PARENTS),
      item('pairing-unlink', PAIRING_UNLINK),
      item('pairing-set-up', USER_SAFETY, { appOnly: true }),
      agreeTogether,
      carerSupervisionAgreed,
    ],
  },
];
