// YouTube checklists: a child's account (privacy, safety, comments as its messaging, account,
// supervision) and a school or centre channel in YouTube Studio (page context, for staff).
// Paths and claims are quoted from YouTube's own help (support.google.com/youtube, the Creator
// Academy on youtube.com) and Google Account Help; the video-privacy page was stored only in
// Indonesian, and the Creator Academy copy names "YouTube Settings" where Studio now stands.
import { ORGANISATION, cite, item, quoted } from './build';
import { agreeTogether } from './shared/agreement';
import {
  carerContactsAgreed,
  carerNoWhereabouts,
  carerPhotosAgreed,
  carerRecordAndTell,
  carerSupervisionAgreed,
} from './shared/carer';
import { practice } from './shared/organisation';
import { bandsYoungerThan } from '../age-bands';
import { firstInFamilyLists, underMinimumAge } from './shared/minimum-age';
import type { Checklist } from './types';

/** The day these passages were read in the stored copies of the pages. */
const READ = '2026-12-04';

const VIDEO_PRIVACY_URL = 'https://support.google.com/youtube/answer/157177?hl=id';
const VIDEO_PRIVACY = cite(VIDEO_PRIVACY_URL, 'YouTube Help: change video privacy settings (Indonesian edition)', READ);
const SUPERVISED_FAQ_URL = 'https://support.google.com/youtube/answer/10315824?hl=en';
const SUPERVISED_FAQ = cite(SUPERVISED_FAQ_URL, 'YouTube Help: FAQs for parents about supervised accounts', READ);
const TEEN_SUPERVISION_URL = 'https://support.google.com/youtube/answer/15253498?hl=en-GB&ref_topic=15279671';
const TEEN_SUPERVISION = cite(TEEN_SUPERVISION_URL, 'YouTube Help: supervision for teens, and downloading your data with Google Takeout', READ);
const GET_STARTED_URL = 'https://support.google.com/youtube/answer/10314074?hl=en&ref_topic=10314939';
const GET_STARTED = cite(GET_STARTED_URL, 'YouTube Help: get started with supervised accounts (Parent Settings)', READ);
const CONTENT_SETTINGS_URL = 'https://support.google.com/youtube/answer/10315823';
const MODERATE_URL = 'https://support.google.com/youtube/answer/111870?hl=en-GB&amp;ref_topic=2803240';
const MODERATE = cite(MODERATE_URL, 'YouTube Help: moderate and review comments', READ);
const CREATOR_COMMENTS_URL = 'https://creatoracademy.youtube.com/page/lesson/connect-with-comments_handle-inappropriate-comments_list';
const CREATOR_COMMENTS = cite(CREATOR_COMMENTS_URL, 'YouTube Creator Academy: handle hurtful or inappropriate comments', READ);
const MADE_FOR_KIDS_URL = 'https://support.google.com/youtube/answer/9632097';
const MADE_FOR_KIDS = cite(MADE_FOR_KIDS_URL, 'YouTube Help: features impacted by COPPA, made for kids content', READ);
const SET_AUDIENCE_URL = 'https://support.google.com/youtube/answer/9527654?hl=en-GB&ref_topic=9257782';
const AGE_RESTRICTED_URL = 'https://support.google.com/youtube/answer/2802167?sjid=6283449931417131096-NA';
const AGE_RESTRICTED = cite(AGE_RESTRICTED_URL, 'YouTube Help: age-restricted content', READ);
const RECOVERY_URL = 'https://support.google.com/accounts/answer/183723?hl=en&ref_topic=3382255';
const RECOVERY = cite(RECOVERY_URL, 'Google Account Help: set up a recovery phone number or email address', READ);

const staff = { audiences: ORGANISATION };
const INDONESIAN = 'the Indonesian edition; the English copy read earlier left the steps out';
const TABLE_ROW = `${INDONESIAN}; a row of its table Private | Unlisted | Public`;
const OLDER_ACADEMY = 'the stored Creator Academy copy says "YouTube Settings" for what YouTube Studio now calls Settings';

const visibilitySteps = quoted(
  VIDEO_PRIVACY_URL,
  'id',
  READ,
  ['path'],
  'Login ke YouTube Studio. Dari menu kiri, pilih Konten. Pilih video yang ingin diperbarui.',
  `${INDONESIAN}; the steps of a bulleted list, joined`,
);
const visibilityChoice = quoted(
  VIDEO_PRIVACY_URL,
  'id',
  READ,
  ['path'],
  'Klik panah bawah di bagian "Visibilitas", lalu pilih Publik, Pribadi, atau Tidak Publik.',
  INDONESIAN,
);
const teenDefault = quoted(
  VIDEO_PRIVACY_URL,
  'id',
  READ,
  ['default'],
  'Catatan: Setelan privasi video default untuk kreator berusia 13–17 tahun adalah pribadi. Jika Anda berusia 18 tahun ke atas, setelan privasi default untuk video Anda adalah publik.',
  INDONESIAN,
);
const privateNoComments = quoted(
  MODERATE_URL,
  'en-GB',
  READ,
  ['claim'],
  "Comments are not available on private videos. If you want to allow comments on a video that's not publicly available, post an unlisted video instead.",
);
const holdDefaults = quoted(
  CREATOR_COMMENTS_URL,
  'en',
  READ,
  ['path'],
  'From your YouTube Settings, go to the Community tab, then “Defaults”. From here, you can choose to',
  OLDER_ACADEMY,
);
const holdMeans = quoted(
  CREATOR_COMMENTS_URL,
  'en',
  READ,
  ['claim'],
  'Note: If you hold any comments for review they will not appear publicly until you’ve reviewed them.',
);
const blockedWordsPath = quoted(
  CREATOR_COMMENTS_URL,
  'en',
  READ,
  ['path'],
  'From channel Settings, go to the Community tab where you’ll see a section for “Blocked words”',
  OLDER_ACADEMY,
);
const eitherCanStart = quoted(
  TEEN_SUPERVISION_URL,
  'en-GB',
  READ,
  ['claim'],
  'Either a parent or a teen can start the process to set up supervision, but both the parent and teen will need to agree to link their accounts before supervision gets turned on. Supervision can be turned off by either a parent or a teen at any time.',
);
const parentSettings = quoted(
  GET_STARTED_URL,
  'en',
  READ,
  ['path'],
  '2. Go to your profile picture 3. Select Settings . 4. Select Parent Settings. 5. Select your child and follow the next steps.',
  'steps of a numbered list, joined',
);

/** For a child under 13 (or the country's age): no account of their own, but a supervised one or YouTube Kids. */
const TOO_YOUNG = underMinimumAge(13, GET_STARTED, [
  quoted(GET_STARTED_URL, 'en', READ, ['claim'],
    "Parents who decide their child under 13 (or the relevant age in their country/region) is ready to explore YouTube can set up a supervised account. Supervised accounts are linked to a parent's own Google Account."),
  quoted(SUPERVISED_FAQ_URL, 'en', READ, ['claim'],
    'YouTube Kids is our dedicated app built with kids in mind, while a supervised experience gives parents the choice to let their kids enjoy a supervised version of regular YouTube.'),
]);

export const youtubeChecklists: Checklist[] = firstInFamilyLists(TOO_YOUNG, [
  {
    platform: 'youtube',
    contexts: ['privacy'],
    version: READ,
    items: [
      item('upload-private-unlisted', VIDEO_PRIVACY, {
        evidence: [
          visibilitySteps,
          visibilityChoice,
          quoted(VIDEO_PRIVACY_URL, 'id', READ, ['claim'], 'Dapat muncul di penelusuran, video terkait, dan rekomendasi | Tidak | Tidak | Ya |', TABLE_ROW),
          quoted(VIDEO_PRIVACY_URL, 'id', READ, ['claim'], 'Diposting di channel Anda | Tidak | Tidak | Ya |', TABLE_ROW),
        ],
      }),
      item('default-upload-visibility', VIDEO_PRIVACY, { evidence: [teenDefault, visibilitySteps, visibilityChoice] }),
      item('unlisted-link-shares', VIDEO_PRIVACY, {
        evidence: [
          visibilityChoice,
          quoted(VIDEO_PRIVACY_URL, 'id', READ, ['claim'], 'Dapat berbagi URL | Tidak | Ya | Ya |', TABLE_ROW),
          quoted(VIDEO_PRIVACY_URL, 'id', READ, ['claim'], 'Dapat diberi komentar | Tidak | Ya | Ya |', TABLE_ROW),
        ],
      }),
      carerPhotosAgreed,
      carerNoWhereabouts,
    ],
  },
  {
    platform: 'youtube',
    contexts: ['safety'],
    version: READ,
    items: [
      item('restricted-mode', SUPERVISED_FAQ, {
        evidence: [
          quoted(
            SUPERVISED_FAQ_URL,
            'en',
            READ,
            ['claim'],
            'Restricted Mode is an optional setting on YouTube. It helps screen potentially adult content that you may prefer not to see or don’t want others using your device to see.',
          ),
        ],
      }),
      item('report', MODERATE, {
        evidence: [
          quoted(
            MODERATE_URL,
            'en-GB',
            READ,
            ['path', 'claim'],
            'Click the menu icon More Menu in the top right-hand corner of the comment to manage comments: Remove: Take down the comment and replies from YouTube. Report spam or abuse: Report comments that you believe are spam or abuse to the YouTube team.',
            'covers the menu of a comment; the menu of a video is not quoted',
          ),
          quoted(CREATOR_COMMENTS_URL, 'en', READ, ['claim'], 'If the comment violates YouTube’s Community Guidelines, it will be removed.'),
        ],
      }),
      item('family-centre-where', TEEN_SUPERVISION, {
        appOnly: true,
        evidence: [quoted(TEEN_SUPERVISION_URL, 'en-GB', READ, ['claim'], 'You can also set up a supervised teen account through Family Centre.')],
      }),
      carerRecordAndTell,
    ],
  },
  {
    platform: 'youtube',
    contexts: ['messaging'],
    version: READ,
    items: [
      item('comments-hold-review', CREATOR_COMMENTS, { evidence: [holdDefaults, holdMeans] }),
      item('hide-user', MODERATE, {
        evidence: [
          quoted(
            MODERATE_URL,
            'en-GB',
            READ,
            ['path', 'claim'],
            'Hide from channel: Block the user from posting comments on videos on your channel.',
          ),
          quoted(CREATOR_COMMENTS_URL, 'en', READ, ['claim'], 'Users are not alerted when you block them.'),
        ],
      }),
      item('blocked-words', CREATOR_COMMENTS, { evidence: [blockedWordsPath] }),
      carerContactsAgreed,
    ],
  },
  {
    platform: 'youtube',
    contexts: ['page'],
    version: READ,
    items: [
      item('studio-comments-hold', CREATOR_COMMENTS, { ...staff, evidence: [holdDefaults, holdMeans] }),
      item('studio-blocked-words', CREATOR_COMMENTS, { ...staff, evidence: [blockedWordsPath] }),
      item('studio-made-for-kids', MADE_FOR_KIDS, {
        ...staff,
        evidence: [
          quoted(
            MADE_FOR_KIDS_URL,
            'en',
            READ,
            ['claim'],
            'To comply with the Children’s Online Privacy Protection Act (COPPA) and other laws, certain features may be restricted or turned off for content that’s set as made for kids.',
            'its list of features not available on made for kids watch pages includes Comments',
          ),
          quoted(
            SET_AUDIENCE_URL,
            'en-GB',
            READ,
            ['claim'],
            "If you fail to set your audience accurately, you may face compliance issues with the FTC or other authorities, and we may take action on your YouTube account.",
          ),
        ],
      }),
      item('studio-unlisted-class-videos', VIDEO_PRIVACY, { ...staff, evidence: [visibilitySteps, visibilityChoice, privateNoComments] }),
      practice('no-pupil-photos', 'page'),
      practice('service-account', 'page'),
      practice('recheck-after-updates', 'page'),
    ],
  },
  {
    platform: 'youtube',
    contexts: ['account'],
    version: READ,
    items: [
      item('birthday', AGE_RESTRICTED, {
        evidence: [
          quoted(
            AGE_RESTRICTED_URL,
            'en',
            READ,
            ['claim'],
            "Sometimes content doesn't violate our Community Guidelines, but it may be incompatible with YouTube's Terms of Service or not appropriate for viewers under 18. In these cases, we may place an age-restriction on the video.",
          ),
        ],
      }),
      item('google-account-recovery', RECOVERY, {
        evidence: [
          quoted(
            RECOVERY_URL,
            'en',
            READ,
            ['path'],
            '2. On the left navigation panel, click Personal info. 3. Under "Contact info," click Add a recovery phone to help keep your account secure.',
            'a newer edition of this page (seen through a copy on another host) adds recovery contacts under "Security & sign-in"',
          ),
          quoted(
            RECOVERY_URL,
            'en',
            READ,
            ['claim'],
            'Tip: If you change your recovery phone or email, Google may still offer to send verification codes to your previous recovery phone number or email address for 7 days.',
          ),
        ],
      }),
      item('download-takeout', TEEN_SUPERVISION, {
        deepLink: 'https://takeout.google.com/',
        evidence: [
          quoted(
            TEEN_SUPERVISION_URL,
            'en-GB',
            READ,
            ['path'],
            "Go to Google Takeout. Under 'CREATE A NEW EXPORT', select the YouTube and YouTube Music tick box. Select Next step. Fill in the 'Choose file type and destination' form. Select Create export.",
            'the steps of a bulleted list, joined',
          ),
        ],
      }),
    ],
  },
  {
    platform: 'youtube',
    contexts: ['supervision'],
    version: READ,
    items: [
      item('teen-supervision-set-up', TEEN_SUPERVISION, { appOnly: true, evidence: [eitherCanStart] }),
      item('teen-supervision-either-can-stop', TEEN_SUPERVISION, { evidence: [eitherCanStart] }),
      item('under-13-content-levels', GET_STARTED, {
        ages: bandsYoungerThan(13),
        evidence: [
          parentSettings,
          quoted(CONTENT_SETTINGS_URL, 'en', READ, ['claim'], 'Explore | Generally aligns with content ratings for viewers 9+ |', 'a row of a table'),
          quoted(CONTENT_SETTINGS_URL, 'en', READ, ['claim'], 'Explore more | Generally aligns with content ratings for viewers 13+ |', 'a row of a table'),
          quoted(
            CONTENT_SETTINGS_URL,
            'en',
            READ,
            ['claim'],
            'Most of YouTube | Almost all videos on YouTube except for content marked as 18+ and other videos that may not be appropriate for viewers using supervised experiences |',
            'a row of a table',
          ),
        ],
      }),
      item('supervised-features', SUPERVISED_FAQ, {
        ages: bandsYoungerThan(13),
        evidence: [
          parentSettings,
          quoted(
            SUPERVISED_FAQ_URL,
            'en',
            READ,
            ['claim'],
            'Supervised experience on YouTube is available for children under 13 (or relevant age in your country/region) and gives parents other filters and controls to manage their child’s YouTube experience.',
          ),
          quoted(
            SUPERVISED_FAQ_URL,
            'en',
            READ,
            ['claim'],
            'But, the videos they can find and watch, features, default account settings, and privacy protections will be different.',
          ),
        ],
      }),
      agreeTogether,
      carerSupervisionAgreed,
    ],
  },
]);
