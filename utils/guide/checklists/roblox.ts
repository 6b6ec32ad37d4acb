// Roblox checklists for a child's account (privacy, safety, messaging, account) and for the
// parental controls. All settings live at roblox.com/my/account, routed by the hash
// (#!/privacy, #!/parental-controls…).
import { cite, item } from './build';
import { agreeTogether } from './shared/agreement';
import {
  carerContactsAgreed,
  carerNoWhereabouts,
  carerPhotosAgreed,
  carerRecordAndTell,
  carerSupervisionAgreed,
} from './shared/carer';
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
const PARENT_ACCOUNT = cite(
  'https://www.internetmatters.org/parental-controls/gaming-consoles/roblox',
  'Internet Matters: Roblox parental controls (setting up and linking a parent account)',
  D,
);
const DASHBOARD = cite(
  'https://kidslox.com/guide-to/roblox-parental-controls',
  'Kidslox: parent guide to Roblox parental controls (dashboard, content maturity labels; 2025)',
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
const UNDER_13 = cite(
  'https://www.trustedreviews.com/how-to/how-to-create-and-manage-an-under-13-roblox-account-for-a-child-4216688',
  'Trusted Reviews: how to create and manage an under-13 Roblox account for a child',
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
  {
    platform: 'roblox',
    contexts: ['account'],
    version: D,
    items: [
      item('birthday', UNDER_13),
      item('parent-email', VERIFY_EMAIL, { deepLink: account('info') }),
      item('account-stolen', STOLEN),
      item('deactivate-or-delete', DEACTIVATE_DELETE, { pathConfirmed: true }),
    ],
  },
  {
    platform: 'roblox',
    contexts: ['supervision'],
    version: D,
    items: [
      item('parent-account-linked', PARENT_ACCOUNT, { pathConfirmed: true }),
      item('parental-controls-show', DASHBOARD),
      item('content-maturity', DASHBOARD),
      item('screen-time-limit', SCREEN_TIME),
      item('monthly-spend-limit', MONTHLY_SPEND),
      agreeTogether,
      carerSupervisionAgreed,
    ],
  },
];
