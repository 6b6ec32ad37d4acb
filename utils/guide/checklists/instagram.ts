// Instagram checklists for a child's account: privacy, safety, messaging, account and
// supervision. Every source is Instagram's or Meta's own page; the passages quoted were read in
// the stored copies on the day given. What no official page confirms stays "path not confirmed".
import { cite, item, quoted } from './build';
import { agreeTogether } from './shared/agreement';
import {
  carerContactsAgreed,
  carerNoWhereabouts,
  carerPhotosAgreed,
  carerRecordAndTell,
  carerSupervisionAgreed,
} from './shared/carer';
import { firstInFamilyLists, underMinimumAge } from './shared/minimum-age';
import type { Checklist } from './types';

/** The day these passages were read. */
const READ = '2026-12-04';
/** Sources cited before and not read again. */
const EARLIER = '2026-11-21';

const TEEN_SETTINGS_URL = 'https://help.instagram.com/3237561506542117';
const TEEN_SETTINGS = cite(TEEN_SETTINGS_URL, 'Instagram Help Centre: about Instagram teen privacy and safety settings', READ);
const FOR_PARENTS_URL = 'https://about.instagram.com/en-us/community/parents';
const FOR_PARENTS = cite(FOR_PARENTS_URL, 'Instagram: for parents', READ);
const SAFETY_TOOLS_URL = 'https://about.instagram.com/blog/tips-and-tricks/safer-internet-day';
const SAFETY_TOOLS = cite(SAFETY_TOOLS_URL, 'Instagram blog: Safer Internet Day, the tools that keep you safe', READ);
const BLOCKING_URL = 'https://help.instagram.com/454180787965921/';
const BLOCKING = cite(BLOCKING_URL, 'Instagram Help Centre: how do I block or unblock someone?', READ);
const CONTENT_SETTINGS_URL = 'https://familycenter.meta.com/za/resources/instagram-pg13-content-settings-for-teens/';
const CONTENT_SETTINGS = cite(
  CONTENT_SETTINGS_URL,
  'Meta Family Center: talking to your teen about Instagram’s updated content settings (14 October 2025)',
  READ,
);
const SUPERVISION_URL = 'https://help.instagram.com/mobile-touch/472274307935829?helpref=faq_content';
const SUPERVISION = cite(SUPERVISION_URL, 'Instagram Help Centre: set up teen supervision on Instagram', READ);
const TWO_FACTOR = cite(
  'https://help.instagram.com/566810106808145',
  'Instagram Help Centre: what is two-factor authentication and how does it work?',
  EARLIER,
);
export const META_SECURITY_URL = 'https://about.meta.com/actions/safety/topics/safety-basics/tools/security';
/** Meta's help on Accounts Centre, where download and deletion now live for every Meta account. */
export const ACCOUNTS_CENTRE = cite(
  'https://www.meta.com/help/accounts-center/841741830388205/',
  'Meta Help: what Accounts Center is and which settings accounts in it share',
  EARLIER,
);
const ig = (path: string) => `https://www.instagram.com/accounts/${path}`;

/** Instagram's teen settings page, quoted by Threads and Accounts Centre items too. */
export const TEEN_AGE = quoted(TEEN_SETTINGS_URL, 'en', READ, ['claim'],
  'We require people to be at least 13 years old to sign up for Instagram. People can confirm their age by providing their birthday, photo identification, and/or submitting a video selfie.');
export const TEEN_PRIVATE = quoted(TEEN_SETTINGS_URL, 'en', READ, ['default'],
  'Teens under 16 years old (or under 18 in certain countries) have their account set to private as a default when they join Instagram.');
const TEEN_TAGS = quoted(TEEN_SETTINGS_URL, 'en', READ, ['default'],
  'As of May 2022, when teens under 18 sign up for Instagram, accounts they don’t follow cannot tag, mention or use their content in Reels Remixes or Guides by default.');
const TEEN_CHATS = quoted(TEEN_SETTINGS_URL, 'en', READ, ['claim'],
  'We restrict adults over 18 from starting private chats with teens they\'re not connected to on Instagram and Messenger.');
/** Meta's "secure your account" page: two-factor authentication on any Meta account. */
export const TWO_FACTOR_CLAIM = quoted(META_SECURITY_URL, 'en', READ, ['claim'],
  'Turn on two-factor authentication to create an extra layer of protection when accessing your account from a new computer, phone or tablet.');
// The Safer Internet Day post is undated; it mentions IGTV, so it is a few years old.
const OLD_POST = 'undated blog post (it mentions IGTV): the menus may have moved since';
const SUPERVISION_MENU = quoted(SUPERVISION_URL, 'en', READ, ['path'],
  '1. Tap your profile picture in the bottom right to go to your profile.\n  2. Tap settings at the top.\n  3. Tap Supervision.');

/** For a child under 13: Instagram has no account for them (no younger version is offered). */
const TOO_YOUNG = underMinimumAge(13, TEEN_SETTINGS, [TEEN_AGE]);

export const instagramChecklists: Checklist[] = firstInFamilyLists(TOO_YOUNG, [
  {
    platform: 'instagram',
    contexts: ['privacy'],
    version: READ,
    items: [
      item('private-account', TEEN_SETTINGS, {
        deepLink: ig('settings/v2/account_privacy/'),
        evidence: [TEEN_PRIVATE],
        // Private from the start for a teen under 16: the parent checks it stayed so.
        variants: [{ ages: ['13-15'], words: 'still-on', evidence: [TEEN_PRIVATE] }],
      }),
      item('tags-and-mentions', TEEN_SETTINGS, {
        deepLink: ig('settings/v2/tags_and_mentions/'),
        evidence: [TEEN_TAGS],
        variants: [{ ages: ['13-15', '16-17'], words: 'still-on', evidence: [TEEN_TAGS] }],
      }),
      item('comments', FOR_PARENTS, {
        deepLink: ig('comments/'),
        evidence: [
          quoted(FOR_PARENTS_URL, 'en', READ, ['claim'], 'Help your teen avoid unwanted interactions by encouraging them to use “Comment Controls”.'),
          quoted(SAFETY_TOOLS_URL, 'en', READ, ['claim'], 'You can also control comments on your posts. You can stop people from commenting on your posts altogether.', OLD_POST),
        ],
      }),
      carerPhotosAgreed,
      carerNoWhereabouts,
    ],
  },
  {
    platform: 'instagram',
    contexts: ['safety'],
    version: READ,
    items: [
      item('blocked-accounts', BLOCKING, {
        deepLink: ig('blocked_accounts/'),
        evidence: [
          quoted(BLOCKING_URL, 'en', READ, ['path'],
            'Tap their profile to open it and then tap (iPhone/iPad), (Android) or (Windows Phone)\n  3. Tap Block User or Unblock User',
            'dated copy (Windows Phone, the label "Block User"); the menu icon is an image the stored text drops'),
          quoted(SAFETY_TOOLS_URL, 'en', READ, ['claim'], 'When you block an account, they won’t be notified, and you can choose to unblock them at any time.', OLD_POST),
        ],
      }),
      item('hidden-words', SAFETY_TOOLS, {
        deepLink: ig('settings/v2/hidden_words/'),
        evidence: [
          quoted(SAFETY_TOOLS_URL, 'en', READ, ['default'],
            'We also have filters that automatically hide comments with offensive words and phrases from your posts. These filters are on by default for our global community and can be disabled in the Comment Controls center in the app.',
            `${OLD_POST}; the post does not name the Hidden Words screen`),
        ],
      }),
      item('sensitive-content', CONTENT_SETTINGS, {
        evidence: [
          quoted(CONTENT_SETTINGS_URL, 'en', READ, ['default'],
            'These updates from Instagram are meant to address both of those issues by defaulting teens into an experience guided by PG-13 film ratings and giving parents extra controls that are easy to use.',
            'the names "13+" and "Limited Content" come from the 2026-12 audit (Meta Newsroom, 14 October 2025, quoted by the press); no stored official page names them'),
        ],
      }),
      item('two-factor', TWO_FACTOR, { evidence: [TWO_FACTOR_CLAIM] }),
      item('report', SAFETY_TOOLS, {
        evidence: [
          quoted(SAFETY_TOOLS_URL, 'en', READ, ['path'],
            'To report something, tap “…” on the top right corner of the post or profile, or swipe left on the comment.', OLD_POST),
        ],
      }),
      carerRecordAndTell,
    ],
  },
  {
    platform: 'instagram',
    contexts: ['messaging'],
    version: READ,
    items: [
      item('teen-message-limits', TEEN_SETTINGS, {
        evidence: [TEEN_CHATS, quoted(FOR_PARENTS_URL, 'en', READ, ['claim'],
          'We restrict adults over 18 from starting private chats with teens they’re not connected to on Instagram and Messenger.')],
      }),
      item('message-requests', TEEN_SETTINGS),
      item('report-message', SAFETY_TOOLS, {
        evidence: [
          quoted(SAFETY_TOOLS_URL, 'en', READ, ['path'],
            'You can also report things sent to you in Direct. Just press and hold the message and tap “Report.”', OLD_POST),
          quoted(SAFETY_TOOLS_URL, 'en', READ, ['claim'],
            'Keep in mind that your report is anonymous, except if you’re reporting an intellectual property infringement. The account you reported won’t see who reported them.', OLD_POST),
        ],
      }),
      carerContactsAgreed,
    ],
  },
  {
    platform: 'instagram',
    contexts: ['account'],
    version: READ,
    items: [
      item('birthday', TEEN_SETTINGS, { evidence: [TEEN_AGE, TEEN_PRIVATE] }),
      item('download-information', ACCOUNTS_CENTRE),
      item('delete-account', ACCOUNTS_CENTRE, {
        deepLink: 'https://accountscenter.instagram.com/personal_info/account_ownership_and_control/deletion_and_deactivation',
      }),
    ],
  },
  {
    platform: 'instagram',
    contexts: ['supervision'],
    version: READ,
    items: [
      item('supervision-where', SUPERVISION, {
        evidence: [
          SUPERVISION_MENU,
          quoted(SUPERVISION_URL, 'en', READ, ['claim'],
            'The teen must update the Instagram app. The parent must either update the Instagram app, or visit using a desktop or mobile browser.'),
        ],
      }),
      item('supervision-set-up', SUPERVISION, {
        appOnly: true,
        evidence: [
          quoted(SUPERVISION_URL, 'en', READ, ['path'], '3. Tap Supervision.\n  4. Tap Create invite on the right.'),
          quoted(SUPERVISION_URL, 'en', READ, ['claim'],
            'If a teen sends the invite, they must then confirm the parent who accepted the invite is the correct person to supervise their account. Keep in mind, only one parent can be supervising a teen’s account.'),
          quoted(SUPERVISION_URL, 'en', READ, ['claim'], 'Keep in mind, invites expire 48 hours from the time they are first created.'),
        ],
      }),
      agreeTogether,
      carerSupervisionAgreed,
    ],
  },
]);
