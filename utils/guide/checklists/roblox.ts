// Roblox checklists for a child's account (privacy, safety, messaging, account) and for the
// parental controls. All settings live at roblox.com/my/account, routed by the hash
// (#!/privacy, #!/parental-controls…).
import { cite, item, quoted } from './build';
import { agreeTogether } from './shared/agreement';
import {
  carerContactsAgreed,
  carerNoWhereabouts,
  carerPhotosAgreed,
  carerRecordAndTell,
  carerSupervisionAgreed,
} from './shared/carer';
import type { Checklist } from './types';

const VERSION = '2026-12-04';
/** The day the passages below were read in the stored copies of Roblox's help; other sources keep their date. */
const READ = '2026-12-04';
const D = '2026-11-21';
const REPORT_URL = 'https://en.help.roblox.com/hc/en-us/articles/203312410-How-to-Report-Rule-Violations-and-Block-a-User';
const REPORT_AND_BLOCK = cite(REPORT_URL, 'Roblox Support: how to report rule violations and block a user', READ);
const IN_GAME_URL = 'https://en.help.roblox.com/hc/en-us/articles/203314270-Reporting-Abuse-and-Blocking-Chat-In-Game';
const IN_GAME = cite(IN_GAME_URL, 'Roblox Support: reporting abuse and blocking chat in game', READ);
const PARENT_ACCOUNT = cite(
  'https://www.internetmatters.org/parental-controls/gaming-consoles/roblox',
  'Internet Matters: Roblox parental controls (setting up and linking a parent account)',
  D,
);
const SCREEN_TIME = cite(
  'https://en.help.roblox.com/hc/en-us/articles/30428328969492',
  'Roblox Support: managing screen time',
  D,
);
const MONTHLY_SPEND = cite(
  'https://en.help.roblox.com/hc/en-us/articles/4409125091348',
  'Roblox Support: monthly spending limits',
  D,
);
const VERIFY_EMAIL = cite(
  'https://en.help.roblox.com/hc/en-us/articles/203313350',
  'Roblox Support: verifying your email address or phone number',
  D,
);
const STOLEN = cite(
  'https://en.help.roblox.com/hc/en-us/articles/203313390',
  'Roblox Support: my account was stolen, what do I do?',
  D,
);
const DEACTIVATE_DELETE = cite(
  'https://en.help.roblox.com/hc/en-us/articles/203313050',
  'Roblox Support: how do I deactivate or delete my account?',
  D,
);
const DELETE_VI_URL =
  'https://en.help.roblox.com/hc/vi/articles/203313050-L%C3%A0m-th%E1%BA%BF-n%C3%A0o-%C4%91%E1%BB%83-h%E1%BB%A7y-k%C3%ADch-ho%E1%BA%A1t-ho%E1%BA%B7c-x%C3%B3a-t%C3%A0i-kho%E1%BA%A3n-c%E1%BB%A7a-t%C3%B4i';
const evidence = {
  reportAbuse: [
    quoted(REPORT_URL, 'en', READ, ['path'],
      'If another player is breaking Roblox rules (see the Roblox Community Guidelines), please use the Report Abuse buttons located throughout the site and in the Report tab of every game menu.'),
  ],
  blockUser: [
    quoted(REPORT_URL, 'en', READ, ['path'],
      "To do this, simply visit a user's profile and click the three dots in the upper corner of the box containing their username and friends/followers information. After that, a menu will pop up containing the option to block them."),
    quoted(IN_GAME_URL, 'en', READ, ['path'],
      'Once you have found the name of the user you wish to block inside of the leaderboard, click on it and a menu will open up.'),
  ],
  chatInGame: [
    quoted(IN_GAME_URL, 'en', READ, ['path'], 'Click on the Privacy tab and under "Who can chat with me in game?"',
      'The stored copy breaks off after this phrase; it names the tab and the question, not the choices.'),
  ],
  deactivateOrDelete: [
    quoted(DELETE_VI_URL, 'vi', READ, ['path'],
      'Để hủy kích hoạt tài khoản người dùng của bạn, hãy vào Cài đặt Quyền riêng tư Roblox và chọn tùy chọn Hủy kích hoạt trong Hủy kích hoạt và xóa tài khoản.',
      'The Vietnamese version of the help article (Privacy settings › Deactivate and delete account › Deactivate); the English copy is not stored.'),
    quoted(DELETE_VI_URL, 'vi', READ, ['path'],
      'Để yêu cầu xóa, vui lòng liên hệ với chúng tôi bằng cách sử dụng biểu mẫu hỗ trợ và chọn tùy chọn Quyền được Lãng Quên trong Yêu cầu Quyền riêng tư Dữ liệu.',
      'Deletion: the support form, Data Privacy Requests › Right to be Forgotten.'),
  ],
  reportTheMessage: [
    quoted(REPORT_URL, 'en', READ, ['claim'],
      "Remember: you must report the Chat, Private Message or other Content that violates Roblox rules. If you just report the player on their profile page, our moderators won't be able to tell what they're doing wrong and won't be able to moderate their account."),
  ],
};
const account = (hash: string) => `https://www.roblox.com/my/account#!/${hash}`;

export const robloxChecklists: Checklist[] = [
  {
    platform: 'roblox',
    contexts: ['privacy'],
    version: VERSION,
    items: [
      item('account-restrictions', PARENT_ACCOUNT, { deepLink: account('parental-controls') }),
      item('parent-account', PARENT_ACCOUNT, { deepLink: account('parental-controls') }),
      item('parent-pin', PARENT_ACCOUNT),
      carerPhotosAgreed,
      carerNoWhereabouts,
    ],
  },
  {
    platform: 'roblox',
    contexts: ['safety'],
    version: VERSION,
    items: [
      item('report-abuse', REPORT_AND_BLOCK, { evidence: evidence.reportAbuse }),
      item('block-user', REPORT_AND_BLOCK, { evidence: evidence.blockUser, deepLink: account('privacy/BlockedUsers') }),
      item('spending', MONTHLY_SPEND),
      carerRecordAndTell,
    ],
  },
  {
    platform: 'roblox',
    contexts: ['messaging'],
    version: VERSION,
    items: [
      item('chat-in-game', IN_GAME, { evidence: evidence.chatInGame, deepLink: account('privacy') }),
      item('who-can-message', IN_GAME, { deepLink: account('privacy') }),
      item('report-the-message', REPORT_AND_BLOCK, { evidence: evidence.reportTheMessage }),
      carerContactsAgreed,
    ],
  },
  {
    platform: 'roblox',
    contexts: ['account'],
    version: VERSION,
    items: [
      item('birthday', PARENT_ACCOUNT),
      item('parent-email', VERIFY_EMAIL, { deepLink: account('info') }),
      item('account-stolen', STOLEN),
      item('deactivate-or-delete', DEACTIVATE_DELETE, { evidence: evidence.deactivateOrDelete }),
    ],
  },
  {
    platform: 'roblox',
    contexts: ['supervision'],
    version: VERSION,
    items: [
      item('parent-account-linked', PARENT_ACCOUNT),
      item('parental-controls-show', PARENT_ACCOUNT),
      item('content-maturity', PARENT_ACCOUNT),
      item('screen-time-limit', SCREEN_TIME),
      item('monthly-spend-limit', MONTHLY_SPEND),
      agreeTogether,
      carerSupervisionAgreed,
    ],
  },
];
