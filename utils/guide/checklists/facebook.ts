// Facebook checklists for a child's account: privacy, safety, messaging and account pages.
// Group and page checklists for staff are in facebook-groups.ts.
import { cite, item } from './build';
import { carerContactsAgreed, carerNoWhereabouts, carerPhotosAgreed, carerRecordAndTell } from './shared/carer';
import type { Checklist } from './types';

const D = '2026-11-21';
const AUDIENCE_HELP = cite(
  'https://www.facebook.com/help/120939471321735',
  'Facebook Help Centre: control who can see what you share',
  D,
);
const INTERNET_MATTERS = cite(
  'https://www.internetmatters.org/parental-controls/social-media/facebook/',
  'Internet Matters: Facebook safety and privacy settings',
  D,
);
const SETTINGS_TO_CHECK = cite(
  'https://nettkompass.pages.dev/en/plattformer/facebook',
  'Nettkompass: Facebook, settings to check (March 2026)',
  D,
);
const LOOKUP_NOTES = cite(
  'https://nabble.aealearningonline.org/Facebook-Privacy-tp13334.html',
  'AEA Learning Online forum: notes on Facebook privacy settings (search by email or phone)',
  D,
);
const FAMILY_CENTER = cite(
  'https://familycenter.meta.com/our-products/facebook-messenger',
  'Meta Family Center: Facebook and Messenger tools for parents',
  D,
);
const MESSENGER_PRIVACY = cite(
  'https://www.messenger.com/help/1064701417063145',
  'Messenger Help Centre: privacy and safety in Messenger',
  D,
);
const LEAVING_META = cite(
  'https://ugandapost.news/how-to-delete-facebook-instagram-and-threads-accounts-a-step-by-step-guide/',
  'How to download your data and delete Facebook, Instagram and Threads accounts (guide)',
  D,
);

export const facebookChecklists: Checklist[] = [
  {
    platform: 'facebook',
    contexts: ['privacy'],
    version: D,
    items: [
      item('future-posts-audience', AUDIENCE_HELP, {
        deepLink: 'https://www.facebook.com/settings?tab=privacy',
        pathConfirmed: true,
      }),
      item('friend-requests', SETTINGS_TO_CHECK),
      item('lookup-email-phone', LOOKUP_NOTES),
      item('review-tags', SETTINGS_TO_CHECK),
      item('location-history', SETTINGS_TO_CHECK, { deepLink: 'https://www.facebook.com/settings?tab=location' }),
      carerPhotosAgreed,
      carerNoWhereabouts,
    ],
  },
  {
    platform: 'facebook',
    contexts: ['safety'],
    version: D,
    items: [
      item('blocking', INTERNET_MATTERS, { deepLink: 'https://www.facebook.com/settings?tab=blocking' }),
      item('restrict', FAMILY_CENTER),
      item('two-factor', SETTINGS_TO_CHECK, { deepLink: 'https://accountscenter.facebook.com/password_and_security' }),
      item('report', INTERNET_MATTERS),
      item('family-center', FAMILY_CENTER, { appOnly: true }),
      carerRecordAndTell,
    ],
  },
  {
    platform: 'facebook',
    contexts: ['messaging'],
    version: D,
    items: [
      item('message-delivery', MESSENGER_PRIVACY, { pathConfirmed: true }),
      item('message-requests', MESSENGER_PRIVACY),
      item('phone-contacts', MESSENGER_PRIVACY),
      item('teen-message-limits', FAMILY_CENTER),
      carerContactsAgreed,
    ],
  },
  {
    platform: 'facebook',
    contexts: ['account'],
    version: D,
    items: [
      item('download-information', LEAVING_META, { deepLink: 'https://www.facebook.com/dyi' }),
      item('delete-account', LEAVING_META),
      item('apps-and-websites', SETTINGS_TO_CHECK),
    ],
  },
];
