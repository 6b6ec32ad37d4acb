// Yubo checklists for a child's account. Yubo lives in its mobile app only (yubo.live holds no
// settings, so no page shows these lists yet); every setting item gives the in-app path, which is
// what the rule pack's app-only controls point to.
import { cite, item } from './build';
import { carerNoWhereabouts, carerPhotosAgreed, carerRecordAndTell } from './shared/carer';
import type { Checklist } from './types';

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
const REPORTING = cite(
  'https://support.yubo.live/hc/en-us/articles/115003789011-How-do-I-report-something-that-I-m-worried-to-you',
  'Yubo Support: how do I report something that I’m worried about?',
  D,
);
const LIVE_STREAMS = cite(
  'https://online.flippingbook.com/view/1017448/20',
  'National Online Safety: what parents need to know about Yubo (live streams)',
  D,
);
const app = { appOnly: true };

export const yuboChecklists: Checklist[] = [
  {
    platform: 'yubo',
    contexts: ['privacy'],
    version: D,
    items: [
      item('location-off', INTERNET_MATTERS, { ...app, pathConfirmed: true }),
      item('hide-from-swipe', INTERNET_MATTERS, { ...app, pathConfirmed: true }),
      item('real-birthday', SAFETY_TOOLS, app),
      carerPhotosAgreed,
      carerNoWhereabouts,
    ],
  },
  {
    platform: 'yubo',
    contexts: ['safety'],
    version: D,
    items: [
      item('report-and-block', REPORTING, { ...app, pathConfirmed: true }),
      item('muted-words', INTERNET_MATTERS, app),
      item('live-streams', LIVE_STREAMS, { pathConfirmed: true }),
      carerRecordAndTell,
    ],
  },
];
