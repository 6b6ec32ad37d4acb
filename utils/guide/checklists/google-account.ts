// Google Account checklists for a child's account (myaccount.google.com and My Ad Center): security,
// data & privacy with ad settings, and the account's home. Family Link is in google.ts.
import { cite, item } from './build';
import { carerNoWhereabouts, carerPhotosAgreed, carerRecordAndTell } from './shared/carer';
import type { Checklist } from './types';

const D = '2026-11-21';
const TWO_STEP = cite(
  'https://support.google.com/accounts/answer/185839?hl=en',
  'Google Account Help: turn on 2-Step Verification',
  D,
);
const RECOVERY = cite(
  'https://support.google.com/accounts/answer/183723?hl=en',
  'Google Account Help: set up recovery options (recovery contacts, phone, email)',
  D,
);
const LOST_PHONE = cite(
  'https://support.google.com/accounts/answer/185834?hl=en',
  'Google Account Help: fix common issues with 2-Step Verification (a lost or stolen phone)',
  D,
);
const CONNECTIONS = cite(
  'https://support.google.com/accounts/answer/13533235?hl=en',
  'Google Account Help: manage connections between your Google Account and third parties',
  D,
);
const AUTO_DELETE = cite(
  'https://americannewsgroup.com/2020/06/25/google-defaults-to-auto-deleting-web-app-activity-youtube-location-history-for-new-users',
  'Google defaults to auto-deleting Web & App Activity, YouTube and Location History for new users (June 2020)',
  D,
);
const MY_ACTIVITY = cite(
  'https://irishtimes-irishtimes-staging.cdn.arcpublishing.com/business/technology/google-rolls-out-auto-delete-feature-for-location-data-1.3939461',
  'The Irish Times: Google rolls out auto-delete for location data (activity controls, My Activity)',
  D,
);
const TEEN_ADS = cite(
  'https://support.google.com/adspolicy/answer/12205906?hl=en',
  'Google Advertising Policies Help: ad-serving protections for teens',
  D,
);
const AGE_REQUIREMENTS = cite(
  'https://support.google.com/accounts/answer/1333913?hl=en',
  'Google Account Help: update your account to meet age requirements',
  D,
);
const TAKEOUT = cite(
  'https://support.google.com/accounts/answer/3024190?hl=en',
  'Google Account Help: how to download your Google data (Takeout)',
  D,
);
const DELETING = cite(
  'https://www.eastcoastdaily.in/2023/12/03/know-how-to-delete-google-account.html',
  'East Coast Daily: how to delete a Google Account or a single service; inactive accounts (December 2023)',
  D,
);
const myaccount = (path: string) => `https://myaccount.google.com/${path}`;

export const googleAccountChecklists: Checklist[] = [
  {
    platform: 'google',
    contexts: ['safety'],
    version: D,
    items: [
      item('two-step', TWO_STEP, { pathConfirmed: true }),
      item('recovery-contact', RECOVERY, { pathConfirmed: true }),
      item('your-devices', LOST_PHONE, { deepLink: myaccount('device-activity') }),
      item('third-party-connections', CONNECTIONS),
      carerRecordAndTell,
    ],
  },
  {
    platform: 'google',
    contexts: ['privacy'],
    version: D,
    items: [
      item('activity-controls', AUTO_DELETE),
      item('my-activity', MY_ACTIVITY, { deepLink: myaccount('activitycontrols') }),
      item('teen-ads', TEEN_ADS),
      carerPhotosAgreed,
      carerNoWhereabouts,
    ],
  },
  {
    platform: 'google',
    contexts: ['account'],
    version: D,
    items: [
      item('birthday', AGE_REQUIREMENTS),
      item('recovery-info', RECOVERY, { pathConfirmed: true }),
      item('download-takeout', TAKEOUT, { pathConfirmed: true, deepLink: 'https://takeout.google.com/' }),
      item('delete-service-or-account', DELETING, { deepLink: myaccount('deleteservices') }),
    ],
  },
];
