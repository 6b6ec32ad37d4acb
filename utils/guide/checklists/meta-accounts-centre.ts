// Meta Accounts Centre on accountscenter.meta.com: the settings shared by a child's Facebook and
// Instagram accounts (password and security, ads and information, personal details). The same
// pages on facebook.com and instagram.com hosts use those platforms' own lists.
import { cite, item } from './build';
import { carerNoWhereabouts, carerPhotosAgreed, carerRecordAndTell } from './shared/carer';
import type { Checklist } from './types';

const D = '2026-11-21';
const TWO_FACTOR = cite(
  'https://www.facebook.com/help/148233965247823',
  'Facebook Help Centre: how two-factor authentication works',
  D,
);
const SECURE_ACCOUNT = cite(
  'https://about.meta.com/actions/safety/topics/safety-basics/tools/security',
  'Meta Safety Center: secure your account (login alerts, where you’re logged in)',
  D,
);
const TEEN_ADS = cite(
  'https://www.facebook.com/help/980264326141711',
  'Facebook Help Centre: how Facebook decides which ads to show teens',
  D,
);
const TEEN_AD_TOPICS = cite(
  'https://indianexpress.com/article/technology/meta-to-limit-data-advertisers-use-for-targeting-teens-with-ads-8375882/',
  'The Indian Express: Meta limits the data used to show teens ads; ad topic controls (January 2023)',
  D,
);
const OFF_META = cite(
  'https://igamesnews.com/mobile/how-to-make-instagram-and-facebook-not-know-which-web-pages-you-visited',
  'iGamesNews: stop Instagram and Facebook knowing which web pages you visited (activity off Meta technologies)',
  D,
);
const BIRTHDAY = cite(
  'https://help.instagram.com/366075557613433',
  'Instagram Help Centre: why Instagram is asking for your birthday',
  D,
);
const ACCOUNTS_CENTRE = cite(
  'https://www.meta.com/help/accounts-center/841741830388205/',
  'Meta Help: what Accounts Center is and which settings accounts in it share',
  D,
);
const DOWNLOAD = cite(
  'https://www.semissourian.com/world/one-tech-tip-how-to-delete-facebook-instagram-and-threads-if-you-dont-like-metas-changes-de2f6bd8',
  'AP One Tech Tip: save your data, then delete Facebook, Instagram and Threads',
  D,
);
const DEACTIVATE = cite(
  'https://www.breakinglatest.news/news/easy-learn-how-to-deactivate-or-delete-an-instagram-and-facebook-profile/',
  'Breaking Latest: deactivate or delete an Instagram or Facebook profile from Accounts Center (June 2023)',
  D,
);
const centre = (path: string) => `https://accountscenter.meta.com/${path}`;

export const metaAccountsCentreChecklists: Checklist[] = [
  {
    platform: 'meta',
    contexts: ['safety'],
    version: D,
    items: [
      item('two-factor', TWO_FACTOR, { deepLink: centre('password_and_security/') }),
      item('login-alerts', SECURE_ACCOUNT),
      item('where-logged-in', SECURE_ACCOUNT),
      carerRecordAndTell,
    ],
  },
  {
    platform: 'meta',
    contexts: ['privacy'],
    version: D,
    items: [
      item('teen-ads', TEEN_ADS, { deepLink: centre('ads/') }),
      item('ad-topics', TEEN_AD_TOPICS),
      item('off-meta-activity', OFF_META, { pathConfirmed: true }),
      carerPhotosAgreed,
      carerNoWhereabouts,
    ],
  },
  {
    platform: 'meta',
    contexts: ['account'],
    version: D,
    items: [
      item('birthday', BIRTHDAY),
      item('accounts-in-centre', ACCOUNTS_CENTRE),
      item('download-information', DOWNLOAD),
      item('deactivate-or-delete', DEACTIVATE, { pathConfirmed: true }),
    ],
  },
];
