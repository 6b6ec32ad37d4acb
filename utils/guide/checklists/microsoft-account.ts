// Microsoft account checklists for a child's account (account.microsoft.com and the Xbox
// privacy settings): privacy dashboard, Xbox privacy and online safety (its own list), security,
// profile. Family Safety is in microsoft.ts.
import { cite, item, quoted } from './build';
import { carerContactsAgreed, carerNoWhereabouts, carerPhotosAgreed, carerRecordAndTell } from './shared/carer';
import type { Checklist } from './types';

const VERSION = '2026-12-04';
/** The day the passages below were read in the stored copies of Microsoft's and Xbox's pages; other sources keep their date. */
const READ = '2026-12-04';
const D = '2026-11-21';
const DASHBOARD_URL = 'https://support.microsoft.com/en-us/windows/view-your-data-on-the-privacy-dashboard-03d3e27f-1981-5ff4-ba1c-d6b1031ae433';
const PRIVACY_DASHBOARD = cite(
  DASHBOARD_URL,
  'Microsoft Support: view your data on the privacy dashboard',
  READ,
);
const XBOX_CHILD_URL = 'https://support.microsoft.com/en-us/help/4026796/microsoft-account-change-childs-xbox-privacy-online-safety-settings';
const XBOX_CHILD = cite(
  XBOX_CHILD_URL,
  'Xbox Support: change your child’s Xbox privacy and online safety settings',
  READ,
);
const TWO_STEP = cite(
  'https://support.microsoft.com/en-us/help/12408/microsoft-account-about-two-step-verification',
  'Microsoft Support: about two-step verification (keep three pieces of security info)',
  D,
);
const BIRTHDATE_URL = 'https://support.microsoft.com/en-us/help/12411/microsoft-account-change-birthdate';
const BIRTH_DATE_NEW_URL = 'https://support.microsoft.com/en-us/accounts-billing/manage/how-to-change-a-birth-date-on-a-microsoft-account';
const BIRTHDATE = cite(
  BIRTHDATE_URL,
  'Microsoft Support: how to change a birthdate on a Microsoft account (for parents)',
  READ,
);
const CONSENT_URL = 'https://support.microsoft.com/en-gb/account-billing/managing-parental-consent-c6951746-8ee5-8461-0809-fbd755cd902e';
const CONSENT = cite(
  CONSENT_URL,
  'Microsoft Support: managing parental consent',
  READ,
);
const CLOSING = cite(
  'https://learn.microsoft.com/en-us/answers/questions/5871930/close-permanent',
  'Microsoft Q&A: permanently closing a personal Microsoft account (30 or 60 days to reopen)',
  D,
);

const evidence = {
  xboxParentChanges: [
    quoted(XBOX_CHILD_URL, 'en', READ, ['claim'],
      'Only a parent using the Microsoft family group feature can change Xbox privacy and online safety settings for a child account.'),
    quoted(XBOX_CHILD_URL, 'en', READ, ['path'],
      'Select the Xbox One/Windows 10 Online Safety tab or the Privacy tab, review the settings currently in place, and then update those you want to change.'),
    quoted(XBOX_CHILD_URL, 'en', READ, ['path'], "Choose the gamertag for your child's account."),
    quoted(XBOX_CHILD_URL, 'en', READ, ['claim'], 'Have your child sign in and sign out of their account to make the changes take effect.'),
  ],
};

const DASHBOARD_DATA = quoted(DASHBOARD_URL, 'en', READ, ['claim'],
  'Data that appears on the dashboard can include data related to your Bing and Cortana searches, Microsoft Edge browsing, and location, voice, media, and apps and services activity.');
const DASHBOARD_CLEAR = quoted(DASHBOARD_URL, 'en', READ, ['claim'],
  "Once you clear your data, we'll delete it from the dashboard and begin removing it from our systems.");
const accountEvidence = {
  birthdate: [
    quoted(BIRTHDATE_URL, 'en', READ, ['path'], "Select Manage my child's profile info at the bottom of the Your family page."),
    quoted(BIRTHDATE_URL, 'en', READ, ['path'],
      "In the Manage permissions page of the child’s account that you want to change, at the right, select Edit this child's personal info and then follow the instructions."),
    quoted(BIRTHDATE_URL, 'en', READ, ['claim'],
      'If your child is above the statutory age (13 in most regions), they’ll need to sign in and update their birthdate using the steps for an adult account.'),
  ],
  parentalConsent: [
    quoted(BIRTH_DATE_NEW_URL, 'en', READ, ['path'],
      'Using the adult Microsoft account that gave consent to the account, sign in to Manage child accounts at account.live.com/mykids.aspx'),
    quoted(CONSENT_URL, 'en-GB', READ, ['claim'],
      'Even if you are a family organiser, you can only manage consent if you originally granted consent.'),
  ],
};

export const microsoftAccountChecklists: Checklist[] = [
  {
    platform: 'microsoft',
    contexts: ['privacy'],
    version: VERSION,
    items: [
      item('activity-data', PRIVACY_DASHBOARD, { evidence: [DASHBOARD_DATA, DASHBOARD_CLEAR], deepLink: 'https://account.microsoft.com/privacy' }),
      item('location-activity', PRIVACY_DASHBOARD, { evidence: [DASHBOARD_DATA, DASHBOARD_CLEAR] }),
      item('child-data-from-parent', PRIVACY_DASHBOARD),
      carerPhotosAgreed,
      carerNoWhereabouts,
    ],
  },
  {
    platform: 'microsoft',
    contexts: ['privacy'],
    pageIds: ['xbox-privacy'],
    version: VERSION,
    items: [
      item('xbox-parent-changes', XBOX_CHILD, { evidence: evidence.xboxParentChanges }),
      item('xbox-communication', XBOX_CHILD),
      item('xbox-profile-visibility', XBOX_CHILD),
      item('xbox-purchases-multiplayer', XBOX_CHILD),
      carerContactsAgreed,
    ],
  },
  {
    platform: 'microsoft',
    contexts: ['safety'],
    version: VERSION,
    items: [
      item('two-step', TWO_STEP),
      item('security-info', TWO_STEP),
      item('recent-activity', TWO_STEP),
      carerRecordAndTell,
    ],
  },
  {
    platform: 'microsoft',
    contexts: ['account'],
    version: VERSION,
    items: [
      item('birthdate', BIRTHDATE, { evidence: accountEvidence.birthdate }),
      item('parental-consent', CONSENT, { evidence: accountEvidence.parentalConsent }),
      item('close-account', CLOSING),
    ],
  },
];
