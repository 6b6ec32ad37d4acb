// Snapchat checklists for a child's account: privacy, safety, messaging, account (the web
// portal accounts.snapchat.com), and Family Center. Nearly every other setting is in the app only.
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
const VODAFONE = cite(
  'https://www.vodafone.co.uk/mobile/digital-parenting/safety-settings',
  'Vodafone Digital Parenting: safety and privacy settings (Instagram, Snapchat)',
  D,
);
const SETTINGS_TO_CHECK = cite(
  'https://nettkompass.pages.dev/en/plattformer/snapchat',
  'Nettkompass: Snapchat, settings to check (March 2026)',
  D,
);
const START_HERE = cite('https://digitalparents.xyz/en/apps/snapchat', 'Digital Parents: Snapchat', D);
const SAFETY_GUIDE = cite(
  'https://cybersafetyguy.com/p/snapchat-safety-guide-for-parents-3811de7c30ba',
  'Cyber Safety Guy: Snapchat safety guide for parents',
  D,
);
const DISAPPEARING = cite(
  'https://www.brightcanary.io/parents-guide-to-snapchat/',
  'BrightCanary: everything parents need to know about Snapchat',
  D,
);
const FAMILY_CENTER = cite(
  'https://www.digitaltrends.com/social-media/new-snapchat-feature-lets-parents-see-who-their-teens-chat-with/',
  'Digital Trends: Snapchat’s Family Center lets parents see who their teens chat with',
  D,
);
const FAMILY_CENTER_LAUNCH = cite(
  'https://theblaze.com/news/snapchat-announces-parental-controls-parents-can-see-which-friends-their-child-is-messaging-but-contents-of-discussions-will-remain-private',
  'The Blaze: Snapchat’s parental controls; message contents stay private',
  D,
);
const TRUST_SIGNALS = cite(
  'https://gadgetbond.com/?p=109635',
  'GadgetBond: Snapchat Family Center shows how teens know their new friends',
  D,
);
const PARENTS_FAQ = cite(
  'https://parents.snapchat.com/snapchat-family-safety-faq',
  'Snapchat for Parents: frequently asked questions (accurate birthday, teens cannot move to 18+)',
  D,
);
const MOBILE_NUMBER = cite(
  'https://help.snapchat.com/hc/en-us/articles/7012334341652',
  'Snapchat Support: how do I change or verify my mobile number on Snapchat?',
  D,
);
const FORGET_DEVICE = cite(
  'https://help.snapchat.com/hc/en-us/articles/7012350395412',
  'Snapchat Support: how do I forget a linked device on Snapchat?',
  D,
);
const CONNECTED_APPS = cite(
  'https://help.snapchat.com/hc/fr-fr/articles/7012393350676',
  'Snapchat Support: how to remove an app connected to Snapchat (French edition; 90-day removal from Snap’s Privacy by Product)',
  D,
);
const MY_DATA = cite(
  'https://values.snap.com/privacy/privacy-by-product/your-snapchat-account',
  'Snap Privacy by Product: your Snapchat account (My Data, deleting your account)',
  D,
);
const REACTIVATE = cite(
  'https://help.snapchat.com/hc/en-us/articles/7012367354132',
  'Snapchat Support: how do I reactivate my Snapchat account? (30 days after deletion)',
  D,
);
const PARENT_REQUEST = cite(
  'https://help.snapchat.com/hc/en-us/articles/28013038693908',
  'Snapchat Support: how do I make a privacy request for my teen?',
  D,
);
const app = { appOnly: true };

export const snapchatChecklists: Checklist[] = [
  {
    platform: 'snapchat',
    contexts: ['privacy'],
    version: D,
    items: [
      item('ghost-mode', VODAFONE, app),
      item('view-my-story', VODAFONE, app),
      item('quick-add', SETTINGS_TO_CHECK, app),
      item('friend-list', START_HERE, app),
      carerPhotosAgreed,
      carerNoWhereabouts,
    ],
  },
  {
    platform: 'snapchat',
    contexts: ['safety'],
    version: D,
    items: [
      item('block-and-report', VODAFONE, app),
      item('two-factor', SAFETY_GUIDE, app),
      item('saved-and-screenshots', DISAPPEARING),
      item('family-center-where', FAMILY_CENTER, app),
      carerRecordAndTell,
    ],
  },
  {
    platform: 'snapchat',
    contexts: ['messaging'],
    version: D,
    items: [
      item('contact-me', VODAFONE, app),
      item('mutual-friends', FAMILY_CENTER_LAUNCH),
      item('new-friends', TRUST_SIGNALS),
      carerContactsAgreed,
    ],
  },
  {
    platform: 'snapchat',
    contexts: ['account'],
    version: D,
    items: [
      item('birthday', PARENTS_FAQ, app),
      item('mobile-and-email', MOBILE_NUMBER, { ...app, pathConfirmed: true }),
      item('linked-devices', FORGET_DEVICE),
      item('connected-apps', CONNECTED_APPS, { ...app, pathConfirmed: true }),
      item('my-data', MY_DATA, { pathConfirmed: true }),
      item('delete-account', REACTIVATE),
      item('parent-privacy-request', PARENT_REQUEST),
    ],
  },
  {
    platform: 'snapchat',
    contexts: ['supervision'],
    version: D,
    items: [
      item('family-center-shows', TRUST_SIGNALS),
      item('family-center-does-not-show', FAMILY_CENTER),
      item('family-center-set-up', FAMILY_CENTER, app),
      item('family-center-report', FAMILY_CENTER),
      agreeTogether,
      carerSupervisionAgreed,
    ],
  },
];
