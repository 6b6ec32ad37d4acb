// Meta Accounts Centre on accountscenter.meta.com: the settings shared by a child's Facebook and
// Instagram accounts (password and security, ads and information, personal details). The same
// pages on facebook.com and instagram.com hosts use those platforms' own lists.
import { cite, item, quoted } from './build';
import { FACEBOOK_TWO_FACTOR } from './facebook';
import { ACCOUNTS_CENTRE, META_SECURITY_URL, TEEN_AGE, TEEN_PRIVATE, TWO_FACTOR_CLAIM } from './instagram';
import { carerNoWhereabouts, carerPhotosAgreed, carerRecordAndTell } from './shared/carer';
import type { Checklist } from './types';

const READ = '2026-12-04';
const EARLIER = '2026-11-21';
const SECURE_ACCOUNT = cite(META_SECURITY_URL, 'Meta Safety Center: secure your account (login alerts, where you’re logged in)', READ);
const TEEN_ADS = cite(
  'https://www.facebook.com/help/980264326141711',
  'Facebook Help Centre: how Facebook decides which ads to show teens',
  EARLIER,
);
// Read in a proxied copy of the page, which still calls it "off-Facebook activity".
const OFF_META = cite(
  'https://www.facebook.com/help/287199741901674',
  'Facebook Help Centre: how do I disconnect my off-Facebook activity?',
  READ,
);
const BIRTHDAY = cite(
  'https://help.instagram.com/3237561506542117',
  'Instagram Help Centre: about Instagram teen privacy and safety settings',
  READ,
);
const security = (quote: string, note?: string) => quoted(META_SECURITY_URL, 'en', READ, ['claim'], quote, note);
const centre = (path: string) => `https://accountscenter.meta.com/${path}`;

export const metaAccountsCentreChecklists: Checklist[] = [
  {
    platform: 'meta',
    contexts: ['safety'],
    version: READ,
    items: [
      item('two-factor', FACEBOOK_TWO_FACTOR, { deepLink: centre('password_and_security/'), evidence: [TWO_FACTOR_CLAIM] }),
      item('login-alerts', SECURE_ACCOUNT, {
        evidence: [security('You can choose to receive an alert when someone tries logging in to your account from a device we don\'t recognize. These alerts tell you which device tried logging in and where it\'s located.')],
      }),
      item('where-logged-in', SECURE_ACCOUNT, {
        evidence: [
          security('The "Where You\'re Logged In" section of your "Security and Login" settings shows you a list of devices that have been recently used to log in to your account.',
            'the page still names the older "Security and Login" settings'),
        ],
      }),
      carerRecordAndTell,
    ],
  },
  {
    platform: 'meta',
    contexts: ['privacy'],
    version: READ,
    items: [
      item('teen-ads', TEEN_ADS, { deepLink: centre('ads/') }),
      item('off-meta-activity', OFF_META),
      item('app-permissions', SECURE_ACCOUNT, {
        evidence: [security('You can review and update your account security settings to ensure you\'re aware of who\'s accessing your accounts, and which apps you\'ve given permission to use your information.')],
      }),
      carerPhotosAgreed,
      carerNoWhereabouts,
    ],
  },
  {
    platform: 'meta',
    contexts: ['account'],
    version: READ,
    items: [
      item('birthday', BIRTHDAY, { evidence: [TEEN_AGE, TEEN_PRIVATE] }),
      item('accounts-in-centre', ACCOUNTS_CENTRE),
      item('download-information', ACCOUNTS_CENTRE),
      item('deactivate-or-delete', ACCOUNTS_CENTRE),
    ],
  },
];
