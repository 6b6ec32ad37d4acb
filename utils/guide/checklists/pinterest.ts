// Pinterest checklists for a child's account (privacy, safety, messaging, account). Under-16s
// have private profiles with no public option; a parental passcode can lock chosen settings.
import { cite, item, quoted } from './build';
import { carerContactsAgreed, carerNoWhereabouts, carerPhotosAgreed, carerRecordAndTell } from './shared/carer';
import type { Checklist } from './types';

const VERSION = '2026-12-04';
/** The day the passages below were read in the stored copies of Pinterest's pages; other sources keep their date. */
const READ = '2026-12-04';
const D = '2026-11-21';
const TEEN_URL = 'https://help.pinterest.com/en-gb/article/teen-safety-options';
const TEEN_SAFETY = cite(TEEN_URL, 'Pinterest Help Centre: teen safety on Pinterest', READ);
const NEWS_URL = 'https://newsroom-archive.pinterest.com/en-gb/new-features-enhance-teen-safety-on-pinterest-2';
const NEW_FEATURES = cite(NEWS_URL, 'Pinterest Newsroom: new features enhance teen safety on Pinterest', READ);
const FOR_PARENTS = cite(
  'https://help.pinterest.com/en/article/resources-for-parents-and-caregivers-of-teens',
  'Pinterest Help Centre: resources for parents and caregivers of teens (age checks, under-13 accounts)',
  D,
);
const PASSCODE = cite(
  'https://help.pinterest.com/en/article/manage-a-parental-passcode',
  'Pinterest Help Centre: manage a parental passcode (settings it locks)',
  READ,
);
const PASSCODE_ZH_URL = 'https://help.pinterest.com/zh-hans/article/manage-a-parental-passcode';
const DOWNLOAD = cite(
  'https://help.pinterest.com/en-gb/article/download-your-pinterest-data',
  'Pinterest Help Centre: download your Pinterest data (web only)',
  D,
);
const PERSONAL_DATA_URL = 'https://help.pinterest.com/en/article/review-personal-data-options';
const PERSONAL_DATA = cite(PERSONAL_DATA_URL, 'Pinterest Help Centre: review your personal data options (deleting your account)', READ);

const ZH_ONLY = 'The Chinese (simplified) version of the help article; the English copy is not stored.';
const PASSCODE_PATH = [
  quoted(PASSCODE_ZH_URL, 'zh-Hans', READ, ['path'], '选择左侧导航栏中的帐户管理', ZH_ONLY),
  quoted(PASSCODE_ZH_URL, 'zh-Hans', READ, ['path'], '点击家长通行码旁边的添加通行码', ZH_ONLY),
];
const UNDER_16_MESSAGES = quoted(NEWS_URL, 'en-GB', READ, ['claim'],
  'Teens under the age of 16 will only be able to send and receive messages from mutual followers who have been accepted through a unique profile link that expires after three days, or when they get five new followers with the shareable link, whichever comes first.');
const evidence = {
  privateProfile: [
    quoted(TEEN_URL, 'en-GB', READ, ['claim'],
      'If you’re under 16, your profile will be private. This means your profile won’t be discoverable, but you can invite people you trust to follow you.'),
  ],
  lastName: [
    quoted(TEEN_URL, 'en-GB', READ, ['claim'],
      'Adding a last name to your profile is optional. You can use a nickname or omit your last name to help keep your identity private.'),
  ],
  reviewFollowers: [quoted(NEWS_URL, 'en-GB', READ, ['claim'], 'In addition, all users will be able to review and remove followers.')],
  commentsUnder18: [
    quoted(TEEN_URL, 'en-GB', READ, ['default'],
      'If you’re under 18, comments will be turned off automatically on Pins that you create until you turn 18. You can adjust this in your comment settings at any time.'),
  ],
  parentalPasscode: [
    ...PASSCODE_PATH,
    quoted(NEWS_URL, 'en-GB', READ, ['claim'],
      'Parents and caregivers already have the ability to require a passcode for their teen to change certain account settings.'),
  ],
  groupBoards: [
    quoted(NEWS_URL, 'en-GB', READ, ['claim'],
      'Messaging and group boards will be available to all users, as long as you give them permission.'),
  ],
  requestData: [
    quoted(PERSONAL_DATA_URL, 'en', READ, ['claim'],
      'You can request a download of your Pinterest data at any time. You’ll need to log on to the web version of Pinterest to make the request.'),
  ],
  deleteAccount: [
    quoted(PERSONAL_DATA_URL, 'en', READ, ['claim'], 'You can delete your personal data by deleting your Pinterest account.'),
  ],
  reportAndBlock: [
    quoted('https://help.pinterest.com/en/article/report-harassment-and-cyberbullying', 'en', READ, ['claim'],
      'Block the person to prevent them from following you or interacting with your Pins'),
  ],
  birthday: [
    quoted(PERSONAL_DATA_URL, 'en', READ, ['claim'],
      'You can edit your personal information such as your birthday (mobile only), gender, location, language and contact information.'),
  ],
};

export const pinterestChecklists: Checklist[] = [
  {
    platform: 'pinterest',
    contexts: ['privacy'],
    version: VERSION,
    items: [
      item('private-profile', TEEN_SAFETY, { evidence: evidence.privateProfile }),
      item('last-name', TEEN_SAFETY, { evidence: evidence.lastName }),
      item('review-followers', NEW_FEATURES, { evidence: evidence.reviewFollowers }),
      item('comments-under-18', TEEN_SAFETY, { evidence: evidence.commentsUnder18 }),
      carerPhotosAgreed,
      carerNoWhereabouts,
    ],
  },
  {
    platform: 'pinterest',
    contexts: ['safety'],
    version: VERSION,
    items: [
      item('parental-passcode', PASSCODE, { evidence: evidence.parentalPasscode }),
      item('passcode-shows-nothing', PASSCODE),
      item('report-and-block', TEEN_SAFETY, { evidence: evidence.reportAndBlock }),
      carerRecordAndTell,
    ],
  },
  {
    platform: 'pinterest',
    contexts: ['messaging'],
    version: VERSION,
    items: [
      item('messages-mutual-followers', NEW_FEATURES, { evidence: [UNDER_16_MESSAGES] }),
      item('profile-link', NEW_FEATURES, { evidence: [UNDER_16_MESSAGES] }),
      item('group-boards', NEW_FEATURES, { evidence: evidence.groupBoards }),
      carerContactsAgreed,
    ],
  },
  {
    platform: 'pinterest',
    contexts: ['account'],
    version: VERSION,
    items: [
      item('birthday', PERSONAL_DATA, { evidence: evidence.birthday }),
      item('passcode-locks-account', PASSCODE, { evidence: PASSCODE_PATH }),
      item('request-data', DOWNLOAD, { evidence: evidence.requestData }),
      item('deactivate-or-delete', PERSONAL_DATA, { evidence: evidence.deleteAccount }),
      item('under-13-delete', FOR_PARENTS),
    ],
  },
];
