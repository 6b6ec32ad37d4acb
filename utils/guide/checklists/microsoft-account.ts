// Microsoft account checklists for a child's account (account.microsoft.com and the Xbox
// privacy settings): privacy dashboard, Xbox privacy and online safety (its own list), security,
// profile. Family Safety is in microsoft.ts.
import { cite, item } from './build';
import { carerContactsAgreed, carerNoWhereabouts, carerPhotosAgreed, carerRecordAndTell } from './shared/carer';
import type { Checklist } from './types';

const D = '2026-11-21';
const PRIVACY_DASHBOARD = cite(
  'https://support.microsoft.com/en-us/windows/view-your-data-on-the-privacy-dashboard-03d3e27f-1981-5ff4-ba1c-d6b1031ae433',
  'Microsoft Support: view your data on the privacy dashboard',
  D,
);
const ON_BEHALF = cite(
  'https://fbl.fun/View/Quest/e725fa10-a908-4ac8-83ac-a51d7fffde12',
  'Windows Feedback Hub quest: on-behalf-of scenarios on the privacy dashboard (parents and children)',
  D,
);
const XBOX_CHILD = cite(
  'https://support.microsoft.com/en-us/help/4026796/microsoft-account-change-childs-xbox-privacy-online-safety-settings',
  'Xbox Support: change your child’s Xbox privacy and online safety settings',
  D,
);
const XBOX_KIDS = cite(
  'https://www.thewindowsclub.com/how-to-setup-xbox-privacy-and-online-safety-for-kids',
  'The Windows Club: how to set up Xbox privacy and online safety for kids',
  D,
);
const XBOX_PERMISSIONS = cite(
  'https://www.proxboxclub.com/how-to-change-privacy-settings-on-xbox-app/',
  'Pro Xbox Club: Xbox privacy settings, purchase and multiplayer permissions',
  D,
);
const TWO_STEP = cite(
  'https://support.microsoft.com/en-us/help/12408/microsoft-account-about-two-step-verification',
  'Microsoft Support: about two-step verification (keep three pieces of security info)',
  D,
);
const RECENT_ACTIVITY = cite(
  'https://cdrinfo.com/d7/content/microsoft-adds-new-security-features-users-accounts',
  'CDRinfo: Microsoft accounts show recent sign-in activity and a “This wasn’t me” button',
  D,
);
const BIRTHDATE = cite(
  'https://support.microsoft.com/en-us/help/12411/microsoft-account-change-birthdate',
  'Microsoft Support: how to change a birthdate on a Microsoft account (for parents)',
  D,
);
const CONSENT = cite(
  'https://support.microsoft.com/en-gb/account-billing/managing-parental-consent-c6951746-8ee5-8461-0809-fbd755cd902e',
  'Microsoft Support: managing parental consent',
  D,
);
const CLOSING = cite(
  'https://learn.microsoft.com/en-us/answers/questions/5871930/close-permanent',
  'Microsoft Q&A: permanently closing a personal Microsoft account (30 or 60 days to reopen)',
  D,
);

export const microsoftAccountChecklists: Checklist[] = [
  {
    platform: 'microsoft',
    contexts: ['privacy'],
    version: D,
    items: [
      item('activity-data', PRIVACY_DASHBOARD, { deepLink: 'https://account.microsoft.com/privacy' }),
      item('location-activity', PRIVACY_DASHBOARD),
      item('child-data-from-parent', ON_BEHALF),
      carerPhotosAgreed,
      carerNoWhereabouts,
    ],
  },
  {
    platform: 'microsoft',
    contexts: ['privacy'],
    pageIds: ['xbox-privacy'],
    version: D,
    items: [
      item('xbox-parent-changes', XBOX_CHILD, { pathConfirmed: true }),
      item('xbox-communication', XBOX_KIDS),
      item('xbox-profile-visibility', XBOX_PERMISSIONS),
      item('xbox-purchases-multiplayer', XBOX_PERMISSIONS),
      carerContactsAgreed,
    ],
  },
  {
    platform: 'microsoft',
    contexts: ['safety'],
    version: D,
    items: [
      item('two-step', TWO_STEP),
      item('security-info', TWO_STEP),
      item('recent-activity', RECENT_ACTIVITY),
      carerRecordAndTell,
    ],
  },
  {
    platform: 'microsoft',
    contexts: ['account'],
    version: D,
    items: [
      item('birthdate', BIRTHDATE, { pathConfirmed: true }),
      item('parental-consent', CONSENT, { pathConfirmed: true }),
      item('close-account', CLOSING, { pathConfirmed: true }),
    ],
  },
];
