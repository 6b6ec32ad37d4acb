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
const CONTENT_CONTROLS = cite(
  'https://en.help.roblox.com/hc/id/articles/30428310121620-Parental-Controls-Overview',
  'Roblox Support: parental controls overview (content maturity; Indonesian copy)',
  READ,
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
// Roblox's own help in other locales: the Vietnamese screen-time article, the Indonesian parental
// controls overview (half of it still in English), the French account-restrictions and spending FAQ.
const SCREEN_TIME_VI_URL =
  'https://en.help.roblox.com/hc/vi/articles/30428328969492-Qu%E1%BA%A3n-l%C3%BD-th%E1%BB%9Di-gian-s%E1%BB%AD-d%E1%BB%A5ng-m%C3%A0n-h%C3%ACnh';
const CONTROLS_ID_URL = 'https://en.help.roblox.com/hc/id/articles/30428310121620-Parental-Controls-Overview';
const RESTRICTIONS_FR_URL = 'https://en.help.roblox.com/hc/fr/articles/360000375686-Restrictions-de-compte';
const SPEND_FAQ_FR_URL =
  'https://en.help.roblox.com/hc/fr/articles/4409558125460-Questions-fr%C3%A9quentes-sur-la-restriction-des-d%C3%A9penses-mensuelles';
const PRIVACY_VI_URL =
  'https://en.help.roblox.com/hc/vi/articles/360031751471-Thay-%C4%90%E1%BB%95i-C%C3%A0i-%C4%90%E1%BA%B7t-B%E1%BA%A3o-M%E1%BA%ADt-V%C3%A0-Tr%C3%B2-Chuy%E1%BB%87n';
const privacyVi = (supports: Parameters<typeof quoted>[3], quote: string) => quoted(PRIVACY_VI_URL, 'vi', READ, supports, quote);
const screenTimePath = (quote: string) => quoted(SCREEN_TIME_VI_URL, 'vi', READ, ['path'], quote);
const evidence = {
  screenTime: [
    screenTimePath('Vào phần Cài đặt'),
    screenTimePath('Đi đến Giám sát của cha mẹ.'),
    screenTimePath('Cuộn xuống phần Thời gian dùng máy rồi nhấp chuột vào Quản lý'),
    screenTimePath('Chọn Giới hạn thời gian dùng máy'),
    quoted(SCREEN_TIME_VI_URL, 'vi', READ, ['claim'],
      'Khi đạt đến giới hạn, con của bạn sẽ thấy một thông báo giải thích rằng chúng đã đạt đến giới hạn và sẽ không thể sử dụng Roblox trong suốt phần còn lại của ngày.'),
  ],
  whoCanMessage: [
    privacyVi(['claim'],
      'Chủ tài khoản có thể hạn chế hoặc vô hiệu hóa những người có thể trò chuyện cùng họ (cả trong ứng dụng và trong trải nghiệm), những người có thể gửi tin nhắn cho họ'),
    privacyVi(['path'], 'Vào phần Cài Đặt của tài khoản'),
    privacyVi(['path'], 'Chọn tab Quyền Riêng Tư'),
    privacyVi(['path'], 'Điều chỉnh Cài Đặt Liên Hệ và Cài Đặt Khác'),
    privacyVi(['claim'], 'Người chơi từ 12 tuổi trở xuống có thể chọn Bạn Bè hoặc Không Một Ai.'),
  ],
  contentMaturity: [
    quoted(CONTROLS_ID_URL, 'id', READ, ['path'], 'Buka Kendali Orang Tua lalu pilih akun anak Anda'),
    quoted(CONTROLS_ID_URL, 'en', READ, ['path'], 'Scroll down to Settings you manage and select Content restrictions',
      'an English line of the Indonesian copy, between the Parental Controls and Content Maturity steps'),
    quoted(CONTROLS_ID_URL, 'id', READ, ['path'], 'Pilih Kedewasaan Konten'),
    quoted(CONTROLS_ID_URL, 'en', READ, ['claim'],
      'The content maturity settings allow you to control the types of content your child has access to in Roblox experiences.'),
  ],
  accountRestrictions: [
    quoted(RESTRICTIONS_FR_URL, 'fr', READ, ['claim'],
      "L'activation des restrictions de compte verrouille les paramètres de contact d'un compte afin qu'aucun autre utilisateur ne puisse envoyer de messages, discuter dans l'application ou dans le jeu, ou trouver le compte par son numéro de téléphone."),
    quoted(RESTRICTIONS_FR_URL, 'fr', READ, ['claim'],
      'Les restrictions de compte limiteront également le jeu aux seuls jeux figurant sur une liste pré-approuvée et vérifiée par Roblox.'),
  ],
  monthlySpend: [
    quoted(SPEND_FAQ_FR_URL, 'fr', READ, ['claim'],
      "Non, ce paramètre limite le montant des dépenses autorisées sur le compte de l'utilisateur par mois calendaire uniquement."),
  ],
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
      item('account-restrictions', PARENT_ACCOUNT, { deepLink: account('parental-controls'), evidence: evidence.accountRestrictions }),
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
      item('who-can-message', IN_GAME, { deepLink: account('privacy'), evidence: evidence.whoCanMessage }),
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
      item('content-maturity', CONTENT_CONTROLS, { evidence: evidence.contentMaturity }),
      item('screen-time-limit', SCREEN_TIME, { evidence: evidence.screenTime }),
      item('monthly-spend-limit', MONTHLY_SPEND, { evidence: evidence.monthlySpend }),
      agreeTogether,
      carerSupervisionAgreed,
    ],
  },
];
