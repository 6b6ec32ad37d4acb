// Instagram checklists for a child's account: privacy, safety, messaging, account and
// supervision (set up in the app only; Threads shares this supervision).
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
const TEEN_SETTINGS = cite(
  'https://help.instagram.com/3237561506542117',
  'Instagram Help Centre: about Instagram teen privacy and safety settings',
  D,
);
const FOR_PARENTS = cite('https://about.instagram.com/en-us/community/parents', 'Instagram: for parents', D);
const TWO_FACTOR = cite(
  'https://help.instagram.com/566810106808145',
  'Instagram Help Centre: what is two-factor authentication and how does it work?',
  D,
);
const SENSITIVE_CONTENT = cite(
  'https://familycenter.meta.com/education/resources/instagram-sensitive-content-controls/',
  'Meta Family Center: limiting your child’s exposure to potentially sensitive content',
  D,
);
const SETTINGS_TO_CHECK = cite(
  'https://nettkompass.pages.dev/en/apper/instagram/',
  'Nettkompass: Instagram, settings to check (April 2026)',
  D,
);
const VODAFONE = cite(
  'https://www.vodafone.co.uk/newscentre/smart-living/digital-parenting/digital-parenting-pro/instagram/',
  'Vodafone Digital Parenting Pro: Instagram',
  D,
);
const RESTRICT = cite(
  'https://www.idownloadblog.com/2019/10/03/restrict-user-instagram/',
  'iDownloadBlog: how to Restrict a user in the Instagram app',
  D,
);
const MESSAGE_REQUESTS = cite(
  'https://bighow.com/news/how-to-control-who-messages-you-on-facebook-and-instagram',
  'BigHow: how to control who messages you on Facebook and Instagram',
  D,
);
const SUPERVISION_GUIDE = cite(
  'https://www.waituntil8th.org/blog/2025/6/7/how-to-help-keep-your-teen-safe-on-instagram',
  'Wait Until 8th: a parent’s guide to Instagram supervision (2025)',
  D,
);
const TEEN_ACCOUNTS = cite(
  'https://xchatx.com/2024/09/17/instagram-is-finally-adding-reasonable-protections-with-teen-accounts',
  'Instagram Teen Accounts: what changes for under-18s (September 2024)',
  D,
);
const LEAVING_META = cite(
  'https://ugandapost.news/how-to-delete-facebook-instagram-and-threads-accounts-a-step-by-step-guide/',
  'How to download your data and delete Facebook, Instagram and Threads accounts (guide)',
  D,
);
const BIRTHDAY = cite('https://digitalparents.xyz/en/apps/instagram', 'Digital Parents: Instagram', D);
// Steps from Instagram's own help page. The French menu names in the locale file are our
// translation, not checked against the French app.
const SUPERVISION_STEPS = cite(
  'https://help.instagram.com/mobile-touch/472274307935829',
  'Instagram Help Centre: set up teen supervision on Instagram',
  D,
);
const ig = (path: string) => `https://www.instagram.com/accounts/${path}`;

export const instagramChecklists: Checklist[] = [
  {
    platform: 'instagram',
    contexts: ['privacy'],
    version: D,
    items: [
      item('private-account', TEEN_SETTINGS, { deepLink: ig('settings/v2/account_privacy/') }),
      item('tags-and-mentions', TEEN_SETTINGS, { deepLink: ig('settings/v2/tags_and_mentions/') }),
      item('comments', FOR_PARENTS, { deepLink: ig('comments/') }),
      item('activity-status', SETTINGS_TO_CHECK),
      item('post-locations', SETTINGS_TO_CHECK),
      carerPhotosAgreed,
      carerNoWhereabouts,
    ],
  },
  {
    platform: 'instagram',
    contexts: ['safety'],
    version: D,
    items: [
      item('restrict', RESTRICT, { deepLink: ig('restricted_accounts/') }),
      item('blocked-accounts', VODAFONE, { deepLink: ig('blocked_accounts/') }),
      item('hidden-words', SETTINGS_TO_CHECK, { deepLink: ig('settings/v2/hidden_words/') }),
      item('sensitive-content', SENSITIVE_CONTENT),
      item('two-factor', TWO_FACTOR),
      item('report', FOR_PARENTS),
      item('supervision-where', SUPERVISION_STEPS, { pathConfirmed: true, appOnly: true }),
      carerRecordAndTell,
    ],
  },
  {
    platform: 'instagram',
    contexts: ['messaging'],
    version: D,
    items: [
      item('teen-message-limits', TEEN_SETTINGS),
      item('message-controls', SETTINGS_TO_CHECK),
      item('message-requests', MESSAGE_REQUESTS),
      carerContactsAgreed,
    ],
  },
  {
    platform: 'instagram',
    contexts: ['account'],
    version: D,
    items: [
      item('birthday', BIRTHDAY),
      item('download-information', LEAVING_META),
      item('delete-account', LEAVING_META, {
        deepLink: 'https://accountscenter.instagram.com/personal_info/account_ownership_and_control/deletion_and_deactivation',
      }),
    ],
  },
  {
    platform: 'instagram',
    contexts: ['supervision'],
    version: D,
    items: [
      item('supervision-shows', SUPERVISION_GUIDE),
      item('supervision-does-not-show', SUPERVISION_GUIDE),
      item('supervision-set-up', SUPERVISION_STEPS, { pathConfirmed: true, appOnly: true }),
      item('supervision-under-16', TEEN_ACCOUNTS),
      agreeTogether,
      carerSupervisionAgreed,
    ],
  },
];
