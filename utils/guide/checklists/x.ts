// X (formerly Twitter) checklists for a child's account. Settings live under x.com/settings;
// twitter.com addresses redirect there since May 2024. X offers no parental controls, so a
// teen's protection is the account's own settings, checked together. X's own help confirms the
// report path and that the service is not primarily for children; the other settings are the
// advice of Internet Matters, whose menu names stay "not confirmed" until X's help confirms them.
import { cite, item, quoted } from './build';
import { carerContactsAgreed, carerNoWhereabouts, carerPhotosAgreed, carerRecordAndTell } from './shared/carer';
import type { Checklist } from './types';

/** The day these passages were read in the stored copies of the pages. */
const READ = '2026-12-04';

// Two stored copies of the same guide: the older one still says "Protect your tweets".
const GUIDE_URL = 'https://www.internetmatters.org/parental-controls/social-media/twitter/';
const GUIDE_NEW_URL = 'https://www.internetmatters.org/parental-controls/social-media/twitter';
const GUIDE = cite(GUIDE_NEW_URL, 'Internet Matters: X (formerly Twitter) safety controls and settings guide', READ);
const REPORT_URL = 'https://help.twitter.com/en/safety-and-security/report-abusive-behavior';
const REPORT = cite(REPORT_URL, 'X Help Center: report abusive behavior', READ);
const NOT_FOR_CHILDREN_URL = 'https://help.twitter.com/en/rules-and-policies/australia-resources';
const NOT_FOR_CHILDREN = cite(NOT_FOR_CHILDREN_URL, 'X Help Center: online safety information, for parents and carers', READ);
const LOGIN_VERIFICATION_URL = 'https://media.twitter.com/best-practice/login-verification';
const LOGIN_VERIFICATION = cite(LOGIN_VERIFICATION_URL, 'X (Twitter) best practice: login verification (two-factor authentication)', READ);
const OLDER_GUIDE = 'the older copy of the guide, which still says "Protect your tweets"';
const settings = (path: string) => `https://x.com/settings/${path}`;

const anyoneCanReport = quoted(REPORT_URL, 'en', READ, ['claim'], 'Anyone can report abusive behavior directly from a post, profile, or Direct Message.');

export const xChecklists: Checklist[] = [
  {
    platform: 'x',
    contexts: ['privacy'],
    version: READ,
    items: [
      item('protect-posts', GUIDE, {
        deepLink: settings('audience_and_tagging'),
        evidence: [
          quoted(
            GUIDE_NEW_URL,
            'en',
            READ,
            ['advice'],
            'Protect your posts: Toggling this on will mean only current followers and approved users can view posts made by the account.',
          ),
        ],
      }),
      item('photo-tagging', GUIDE, {
        deepLink: settings('tagging'),
        evidence: [
          quoted(
            GUIDE_NEW_URL,
            'en',
            READ,
            ['advice'],
            'Photo tagging: You can choose who can tag this profile in posts, with a choice of anyone, only people the account follows or no-one.',
          ),
        ],
      }),
      item('discoverability', GUIDE, {
        evidence: [
          quoted(
            GUIDE_URL,
            'en',
            READ,
            ['advice'],
            'Discoverability and contacts – If these options are selected, people are unable to find your child by searching for their mobile number or email address.',
            `${OLDER_GUIDE}; its wording reads inverted (the options let people find the account), so the words say only what the setting decides`,
          ),
        ],
      }),
      carerPhotosAgreed,
      carerNoWhereabouts,
    ],
  },
  {
    platform: 'x',
    contexts: ['safety'],
    version: READ,
    items: [
      item('sensitive-media', GUIDE, {
        deepLink: settings('content_you_see'),
        evidence: [
          quoted(
            GUIDE_URL,
            'en',
            READ,
            ['advice'],
            'Content you see – Keep ‘Display media that may contain sensitive content’ unselected to manage the content your child sees.',
            OLDER_GUIDE,
          ),
        ],
      }),
      item('search-settings', GUIDE, {
        deepLink: settings('search'),
        evidence: [
          quoted(GUIDE_URL, 'en', READ, ['advice'], 'Search settings – Hide sensitive content from searches and remove blocked or muted accounts from searches.', OLDER_GUIDE),
        ],
      }),
      item('safety-mode', GUIDE, {
        deepLink: settings('safety_mode'),
        evidence: [quoted(GUIDE_URL, 'en', READ, ['advice'], 'Safety mode – Select X’s safety mode to automatically block abusive and spammy accounts.', OLDER_GUIDE)],
      }),
      carerRecordAndTell,
    ],
  },
  {
    platform: 'x',
    contexts: ['messaging'],
    version: READ,
    items: [
      item('message-requests', GUIDE, {
        deepLink: settings('direct_messages'),
        evidence: [
          quoted(
            GUIDE_URL,
            'en',
            READ,
            ['advice'],
            'Direct Messages – back in X’s ‘Privacy and safety’ menu, select ‘Direct messages’ to bring up the menu. Keep ‘Allow message requests from everyone’ unselected so only people your child follows can send direct messages to them.',
            `${OLDER_GUIDE}; X has since reworked direct messages, so the labels may have moved`,
          ),
        ],
      }),
      item('report-message', REPORT, { evidence: [anyoneCanReport] }),
      item('protect-videos', GUIDE, {
        deepLink: settings('audience_and_tagging'),
        evidence: [
          quoted(
            GUIDE_NEW_URL,
            'en',
            READ,
            ['advice'],
            'Protect your videos: Toggling this will mean videos posted or sent via DM will not be downloadable.',
          ),
        ],
      }),
      carerContactsAgreed,
    ],
  },
  {
    platform: 'x',
    contexts: ['account'],
    version: READ,
    items: [
      item('no-parental-controls', NOT_FOR_CHILDREN, {
        evidence: [
          quoted(
            NOT_FOR_CHILDREN_URL,
            'en',
            READ,
            ['claim'],
            'X, as a service, is not primarily for children',
            'no X page describes a parent link or supervision feature; the 2026-12 audit quotes Vodafone Digital Parenting: "There are no parental controls on X"',
          ),
        ],
      }),
      item('report', REPORT, {
        evidence: [
          quoted(
            REPORT_URL,
            'en',
            READ,
            ['path'],
            '1. Navigate to the post you’d like to report on X.com or from the X for iOS or X for Android app. 2. Select the more icon. 3. Select Report.',
          ),
          quoted(REPORT_URL, 'en', READ, ['claim'], '4. Select who the report is for: Myself, Someone else or a specific group of people, or Everyone on X'),
          anyoneCanReport,
        ],
      }),
      item('two-factor', LOGIN_VERIFICATION, {
        deepLink: settings('account/login_verification'),
        evidence: [
          quoted(
            LOGIN_VERIFICATION_URL,
            'en',
            READ,
            ['claim'],
            'To minimize the risk of unauthorized parties gaining access to your account, you can add a two-factor authentication process. This means that when you sign in to your account there is an extra check to make sure that it’s really you.',
            'an older Twitter page that calls it login verification; it gives no current menu path',
          ),
        ],
      }),
    ],
  },
];
