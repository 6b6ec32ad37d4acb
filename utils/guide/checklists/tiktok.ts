// TikTok checklists for a child's account: privacy, safety, messaging, account, and Family
// Pairing (set up in the app only). TikTok's web settings live under /setting (singular).
// Every path is quoted from TikTok's own help (support.tiktok.com, tiktok.com/safety, its
// newsroom); several stored copies are in Dutch or Icelandic, or show an older menu ("Me", "..."),
// and say so in their note. Paths no official page gives stay "not confirmed" in the panel.
import { cite, item, quoted } from './build';
import { agreeTogether } from './shared/agreement';
import {
  carerContactsAgreed,
  carerNoWhereabouts,
  carerPhotosAgreed,
  carerRecordAndTell,
  carerSupervisionAgreed,
} from './shared/carer';
import { bandsYoungerThan } from '../age-bands';
import { firstInFamilyLists, underMinimumAge } from './shared/minimum-age';
import type { Checklist } from './types';

/** The day these passages were read in the stored copies of the pages. */
const READ = '2026-12-04';
const OLDER_MENU = 'stored copy shows an older menu ("Go to Me", "Tap ..."); the switch and section names match the current app';

const PUBLIC_OR_PRIVATE_URL = 'https://support.tiktok.com/en/account-and-privacy/account-privacy-settings/making-your-account-public-or-private';
const PUBLIC_OR_PRIVATE = cite(PUBLIC_OR_PRIVATE_URL, 'TikTok Help Center: make your account public or private', READ);
const SUGGESTED_URL = 'https://support.tiktok.com/nl/account-and-privacy/account-privacy-settings/suggested-accounts';
const SUGGESTED = cite(SUGGESTED_URL, 'TikTok Help Center: suggested accounts (Dutch edition)', READ);
const RESTRICTED_URL = 'https://support.tiktok.com/en/safety-hc/account-and-user-safety/restricted-mode';
const RESTRICTED = cite(RESTRICTED_URL, 'TikTok Help Center: Restricted Mode', READ);
const COMMUNITY_URL = 'https://www.tiktok.com/safety/en/community-controls';
const COMMUNITY = cite(COMMUNITY_URL, 'TikTok Safety Center: community controls (updated June 2024)', READ);
const USER_SAFETY_FR_URL = 'https://support.tiktok.com/fr/safety-hc/account-and-user-safety/user-safety';
const DIRECT_MESSAGES_URL = 'https://support.tiktok.com/en/using-tiktok/messaging-and-notifications/direct-message-settings';
const DIRECT_MESSAGES = cite(DIRECT_MESSAGES_URL, 'TikTok Help Center: direct messages', READ);
const BULLYING_URL = 'https://newsroom.tiktok.com/en-us/taking-action-against-bullying-and-harassment/';
const BULLYING = cite(BULLYING_URL, 'TikTok Newsroom: taking action against bullying and harassment (reporting and blocking)', READ);
const DATA_URL = 'https://support.tiktok.com/is/account-and-privacy/personalized-ads-and-data/requesting-your-data';
const DATA = cite(DATA_URL, 'TikTok Help Center: requesting your data (Icelandic edition)', READ);
const PAIRING_URL = 'https://newsroom.tiktok.com/en-ie/supporting-youth-families-tiktok';
const PAIRING = cite(PAIRING_URL, 'TikTok Newsroom: Family Pairing controls for parents (2020)', READ);
const PAIRING_DMS_URL = 'https://newsroom.tiktok.com/en-us/three-tiktok-features-every-parent-should-know';
// Cited as they were on 2026-11-21: not re-read, no passage quoted.
const PASSWORD_RESET = cite(
  'https://support.tiktok.com/knowledge-base/change-password',
  'TikTok Help Center: change or reset your password (by email or phone number, 2018)',
  '2026-11-21',
);
const FOR_PARENTS = cite('https://www.tiktok.com/safety/resources/for-parents', 'TikTok Safety Center: for parents', '2026-11-21');
const USER_SAFETY = cite(
  'https://support.tiktok.com/en/safety-hc/account-and-user-safety/user-safety',
  'TikTok Help Centre: user safety (Restricted Mode, Family Pairing)',
  '2026-11-21',
);

const privateAccount = quoted(PUBLIC_OR_PRIVATE_URL, 'en', READ, ['path'], '3. Go to Privacy. 4. Turn Private Account on or off.', OLDER_MENU);
const privateMeans = quoted(
  PUBLIC_OR_PRIVATE_URL,
  'en',
  READ,
  ['claim'],
  "If you have a private account, only users you approve can follow you, view your videos, LIVE videos, bio, likes as well as your following and followers lists. With a private account, other users won't be able to Duet, Stitch, or download your videos.",
);
const inPrivacySettings = quoted(
  PUBLIC_OR_PRIVATE_URL,
  'en',
  READ,
  ['path'],
  'Depending on your Privacy Settings, other users may also be able to Duet, Stitch and download your videos.',
  'names Privacy as the section that holds the Duet, Stitch and download settings, not each switch',
);
const commentsUnder16 = quoted(
  COMMUNITY_URL,
  'en',
  READ,
  ['default', 'claim'],
  'By default, comments for people under 16 are set to ‘Friends’ (followers that you follow back). People under 16 can switch between either ‘Friends’ or ‘No one.’ People who are above 16 can choose ‘Everyone,’ ‘Friends’ (followers that you follow back), or turn off comments entirely.',
);
const communityDms = quoted(
  COMMUNITY_URL,
  'en',
  READ,
  ['claim'],
  'Direct Messages are only available to registered accounts who are 16 and older – and it’s one of the features that a parent or caregiver can restrict or turn off with Family Pairing.',
);

const YOUTH_SAFETY_URL = 'https://www.tiktok.com/community-guidelines/en/youth-safety';
const GUARDIANS_URL = 'https://www.tiktok.com/safety/en/guardians-guide/';
const RELAYED = 'read in a copy of the page relayed by another host (released August 14, 2025, effective September 13, 2025)';
/** For a child under 13: no account, except TikTok's separate view-only experience in the United States. */
const TOO_YOUNG = underMinimumAge(
  13,
  cite(YOUTH_SAFETY_URL, 'TikTok Community Guidelines: youth safety and well-being (2025)', READ),
  [
    quoted(YOUTH_SAFETY_URL, 'en', READ, ['claim'],
      'You need to be at least 13 years old to create a TikTok account. In some countries, the minimum age may be different based on local laws.', RELAYED),
    quoted(YOUTH_SAFETY_URL, 'en', READ, ['claim'],
      'If you create a new account in the United States and are under 13, you will automatically enter into this experience.', RELAYED),
    quoted(GUARDIANS_URL, 'en', READ, ['claim'],
      'In the US, we offer a curated, view-only experience for those under age 13 that includes additional safeguards and privacy protections.',
      'stored copy of the Guardian’s guide updated November 8, 2024; a copy updated July 24, 2025 words it "In the U.S., we offer a curated, view-only experience for those under 13 years old"'),
  ],
);

export const tiktokChecklists: Checklist[] = firstInFamilyLists(TOO_YOUNG, [
  {
    platform: 'tiktok',
    contexts: ['privacy'],
    version: READ,
    items: [
      item('private-account', PUBLIC_OR_PRIVATE, { evidence: [privateAccount, privateMeans] }),
      item('suggest-account', SUGGESTED, {
        evidence: [
          quoted(
            SUGGESTED_URL,
            'nl',
            READ,
            ['path'],
            'Je kunt bepalen hoe je account wordt voorgesteld aan anderen in het onderdeel Je account voorstellen aan anderen in je Privacyinstellingen.',
          ),
          quoted(
            SUGGESTED_URL,
            'nl',
            READ,
            ['claim'],
            'Hier kun je bepalen of we je account voorstellen aan: Contacten, Facebook-vrienden, Personen met wederzijdse contacten',
            'the items of a bulleted list, joined',
          ),
        ],
      }),
      item('sync-contacts', SUGGESTED, {
        evidence: [
          quoted(SUGGESTED_URL, 'nl', READ, ['path'], 'Je kunt Contacten en Facebook-vrienden synchroniseren in- en uitschakelen in je Privacyinstellingen.'),
        ],
      }),
      item('downloads', PUBLIC_OR_PRIVATE, { evidence: [inPrivacySettings, privateMeans] }),
      item('duet-stitch', PUBLIC_OR_PRIVATE, { evidence: [inPrivacySettings, privateMeans] }),
      item('who-can-view-video', COMMUNITY, {
        evidence: [
          quoted(
            COMMUNITY_URL,
            'en',
            READ,
            ['path', 'claim'],
            'You can choose who can view your video on the post page each time you publish a video. You can choose to make it only visible to yourself, to your ‘Friends,’ or to wider TikTok community.',
          ),
        ],
      }),
      carerPhotosAgreed,
      carerNoWhereabouts,
    ],
  },
  {
    platform: 'tiktok',
    contexts: ['safety'],
    version: READ,
    items: [
      item('restricted-mode', RESTRICTED, {
        appOnly: true,
        evidence: [
          quoted(
            RESTRICTED_URL,
            'en',
            READ,
            ['path'],
            '3. Tap Settings and privacy. 4. Tap Content preferences, then tap Restricted Mode. 5. Follow the steps in the app to set or enter a passcode to turn Restricted Mode on or off.',
          ),
          quoted(
            RESTRICTED_URL,
            'en',
            READ,
            ['claim'],
            'This feature is only available on the TikTok app. When browsing on the web or mobile, Restricted Mode is on by default.',
            'the Dutch edition of the user-safety page says instead that the feature is not available in mobile and desktop browsers',
          ),
          quoted(RESTRICTED_URL, 'en', READ, ['claim'], 'If you have multiple accounts, you must turn on Restricted Mode on each account separately.'),
          quoted(
            USER_SAFETY_FR_URL,
            'fr',
            READ,
            ['path'],
            "2. Appuie sur le bouton Menu ☰ en haut de l'écran, puis sélectionne Paramètres et confidentialité. 3. Appuie sur Préférences de contenu. 4. Appuie sur Mode restreint.",
            'the French menu names used in the French words',
          ),
        ],
      }),
      item('block-and-report', BULLYING, {
        evidence: [
          quoted(
            BULLYING_URL,
            'en',
            READ,
            ['path'],
            'Tap on the sharing arrow on the video page (just above the music icon) Choose “Report” and follow the instructions to best identify why you are flagging the content.',
            'an older newsroom post; the steps of a bulleted list, joined',
          ),
          quoted(
            BULLYING_URL,
            'en',
            READ,
            ['path', 'claim'],
            "When you block a user they will not be able to contact you, view, or interact with any of your content. To block a users: Go to that user's profile Tap the [...] in the top right corner Tap \"Block\" and confirm",
            'an older newsroom post; the steps of a bulleted list, joined',
          ),
        ],
      }),
      item('family-pairing-where', PAIRING, {
        appOnly: true,
        evidence: [
          quoted(
            PAIRING_URL,
            'en',
            READ,
            ['claim'],
            "Family Pairing, which lets parents link their TikTok account to their teen's to enable a variety of content and privacy settings.",
            'a 2020 newsroom post: it gives no menu path',
          ),
        ],
      }),
      carerRecordAndTell,
    ],
  },
  {
    platform: 'tiktok',
    contexts: ['messaging'],
    version: READ,
    items: [
      // Direct messages exist only from 16: for a child's band, only the item that fits it.
      item('messages-under-16', COMMUNITY, {
        ages: bandsYoungerThan(16),
        evidence: [
          communityDms,
          quoted(
            DIRECT_MESSAGES_URL,
            'en',
            READ,
            ['path'],
            '3. Select Privacy > Who can send me direct messages.',
            OLDER_MENU,
          ),
        ],
      }),
      item('messages-who', DIRECT_MESSAGES, {
        ages: ['16-17', '18+'],
        evidence: [
          quoted(
            DIRECT_MESSAGES_URL,
            'en',
            READ,
            ['path'],
            '3. Select Privacy > Who can send me direct messages. 4. Choose Everyone, Friends, or No one.',
            OLDER_MENU,
          ),
          quoted(
            COMMUNITY_URL,
            'en',
            READ,
            ['claim'],
            'Direct Messages can be set to ‘Everyone,’ ‘Friends’ (followers that you follow back), or ‘No one.’',
          ),
        ],
      }),
      item('comments-who', COMMUNITY, { evidence: [commentsUnder16], variants: [{ ages: ['13-15'], words: 'still-friends', evidence: [commentsUnder16] }] }),
      carerContactsAgreed,
    ],
  },
  {
    platform: 'tiktok',
    contexts: ['account'],
    version: READ,
    items: [
      item('birthday', COMMUNITY, { evidence: [communityDms] }),
      item('email-phone', PASSWORD_RESET),
      item('download-data', DATA, {
        evidence: [
          quoted(
            DATA_URL,
            'is',
            READ,
            ['path'],
            '2. Pikka á Valmynd ☰ hnappinn efst og síðan á Stillingar og persónuvernd. 3. Pikka á Reikningur. 4. Pikka á Sækja gögnin þín.',
            'the Icelandic edition (the Swedish one gives the same steps); the English copy was not stored',
          ),
        ],
      }),
    ],
  },
  {
    platform: 'tiktok',
    contexts: ['supervision'],
    version: READ,
    items: [
      item('pairing-controls', PAIRING, {
        evidence: [
          quoted(PAIRING_URL, 'en', READ, ['claim'], 'Screen Time Management: Set how long your teen can spend on TikTok each day', 'a 2020 newsroom post'),
          quoted(
            PAIRING_URL,
            'en',
            READ,
            ['claim'],
            "Comments [NEW]: Decide who can comment on your teen's videos (everyone, friends, no one)",
            'a 2020 newsroom post',
          ),
          quoted(
            PAIRING_DMS_URL,
            'en',
            READ,
            ['claim'],
            'you can also manage who can send your teen direct messages, or you can turn off direct messaging completely.',
          ),
          quoted(RESTRICTED_URL, 'en', READ, ['claim'], 'Parents and guardians can also turn on Restricted Mode for their teens through Family Pairing.'),
        ],
      }),
      item('pairing-does-not-show', FOR_PARENTS),
      item('pairing-set-up', USER_SAFETY, { appOnly: true }),
      agreeTogether,
      carerSupervisionAgreed,
    ],
  },
]);
