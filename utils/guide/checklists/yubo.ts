// Yubo checklists for a child's account. Yubo lives in its mobile app only (yubo.live holds no
// settings, so no page shows these lists yet); every setting item gives the in-app path, which is
// what the rule pack's app-only controls point to.
import { cite, item, quoted } from './build';
import { carerNoWhereabouts, carerPhotosAgreed, carerRecordAndTell } from './shared/carer';
import type { Checklist } from './types';

const VERSION = '2026-12-04';
/** The day the passages below were read in the stored copies of the help pages; other sources keep their date. */
const READ = '2026-12-04';
const D = '2026-11-21';
const INTERNET_MATTERS = cite(
  'https://www.internetmatters.org/zh-CN/%E5%AE%B6%E9%95%BF%E6%8E%A7%E5%88%B6%E6%9D%83/%E7%A4%BE%E4%BC%9A%E5%8C%96%E5%AA%92%E4%BD%93/%E4%BC%98%E5%8D%9A/',
  'Internet Matters: Yubo safety settings step by step (location, swipe settings, reporting; Chinese edition)',
  D,
);
const SAFETY_TOOLS = cite(
  'https://www.yubo.live/safety/safety-tools',
  'Yubo Safety Hub: safety tools (date of birth, separate age communities)',
  D,
);
const LIVE_STREAMS = cite(
  'https://online.flippingbook.com/view/1017448/20',
  'National Online Safety: what parents need to know about Yubo (live streams)',
  D,
);
const app = { appOnly: true };

const REPORT_URL = 'https://support.yubo.live/hc/en-us/articles/360013119560-How-do-I-report-a-user';
const REPORT_A_USER = cite(REPORT_URL, 'Yubo Support: how do I report a user?', READ);
const BLOCK_URL = 'https://support.yubo.live/hc/en-us/articles/5304208964370-How-To-Block-a-user';
const evidence = {
  reportAndBlock: [
    quoted(REPORT_URL, 'en', READ, ['path'], 'Hit the shield icon in the top-right corner.'),
    quoted(REPORT_URL, 'en', READ, ['path'], 'Select Report and choose the reason that best fits what’s going on.'),
    quoted(BLOCK_URL, 'en', READ, ['path'], "You'll be offered several options: Unfriend / Block / Report."),
  ],
  safetyAndPrivacy: [
    quoted(BLOCK_URL, 'en', READ, ['path'], 'Hit the settings/cog icon in the top-right of your screen',
      'The steps to unblock someone: profile options, the settings/cog icon, then Safety and Privacy.'),
    quoted(BLOCK_URL, 'en', READ, ['path'], 'Visit Safety and Privacy'),
  ],
  birthday: [
    quoted('https://www.yubo.live/safety/safety-tools', 'en', READ, ['claim'],
      'Yubo has a minimum age of 13 and we use age gates to create separate communities on our platform (for example under-18s and over-18s).'),
  ],
};

export const yuboChecklists: Checklist[] = [
  {
    platform: 'yubo',
    contexts: ['privacy'],
    version: VERSION,
    items: [
      item('location-off', INTERNET_MATTERS, app),
      item('hide-from-swipe', INTERNET_MATTERS, app),
      item('real-birthday', SAFETY_TOOLS, { ...app, evidence: evidence.birthday }),
      carerPhotosAgreed,
      carerNoWhereabouts,
    ],
  },
  {
    platform: 'yubo',
    contexts: ['safety'],
    version: VERSION,
    items: [
      item('report-and-block', REPORT_A_USER, { ...app, evidence: evidence.reportAndBlock }),
      item('muted-words', INTERNET_MATTERS, { ...app, evidence: evidence.safetyAndPrivacy }),
      item('live-streams', LIVE_STREAMS),
      carerRecordAndTell,
    ],
  },
];
