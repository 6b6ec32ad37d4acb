// Roblox checklists for a child's account. All settings live at roblox.com/my/account, routed
// by the hash (#!/privacy, #!/parental-controls…).
import { cite, item } from './build';
import { carerContactsAgreed, carerNoWhereabouts, carerPhotosAgreed, carerRecordAndTell } from './shared/carer';
import type { Checklist } from './types';

const D = '2026-11-21';
const REPORT_AND_BLOCK = cite(
  'https://en.help.roblox.com/hc/en-us/articles/203312410-How-to-Report-Rule-Violations-and-Block-a-User',
  'Roblox Support: how to report rule violations and block a user',
  D,
);
const IN_GAME = cite(
  'https://en.help.roblox.com/hc/en-us/articles/203314270-Reporting-Abuse-and-Blocking-Chat-In-Game',
  'Roblox Support: reporting abuse and blocking chat in game',
  D,
);
const STEP_BY_STEP = cite(
  'https://robloxrelated.com/for-parents/roblox-parental-controls',
  'Roblox parental controls, step by step (PIN, Account Restrictions, chat, spending)',
  D,
);
const LINKED_PARENT = cite(
  'https://screenwiseapp.com/agents/the-roblox-parental-controls-playbook-locking-down-chat-spen',
  'Screenwise: the Roblox parental controls playbook (linked parent accounts since November 2024)',
  D,
);
const account = (hash: string) => `https://www.roblox.com/my/account#!/${hash}`;

export const robloxChecklists: Checklist[] = [
  {
    platform: 'roblox',
    contexts: ['privacy'],
    version: D,
    items: [
      item('account-restrictions', STEP_BY_STEP, { deepLink: account('parental-controls') }),
      item('parent-account', LINKED_PARENT, { deepLink: account('parental-controls') }),
      item('parent-pin', STEP_BY_STEP),
      carerPhotosAgreed,
      carerNoWhereabouts,
    ],
  },
  {
    platform: 'roblox',
    contexts: ['safety'],
    version: D,
    items: [
      item('report-abuse', REPORT_AND_BLOCK, { pathConfirmed: true }),
      item('block-user', REPORT_AND_BLOCK, { pathConfirmed: true, deepLink: account('privacy/BlockedUsers') }),
      item('spending', STEP_BY_STEP),
      carerRecordAndTell,
    ],
  },
  {
    platform: 'roblox',
    contexts: ['messaging'],
    version: D,
    items: [
      item('chat-in-game', IN_GAME, { pathConfirmed: true, deepLink: account('privacy') }),
      item('who-can-message', STEP_BY_STEP, { deepLink: account('privacy') }),
      item('report-the-message', REPORT_AND_BLOCK),
      carerContactsAgreed,
    ],
  },
];
