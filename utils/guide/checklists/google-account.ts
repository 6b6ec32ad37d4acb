// Google Account checklists for a child's account (myaccount.google.com and My Ad Center): security,
// data & privacy with ad settings, and the account's home. Family Link is in google.ts.
import { cite, item, quoted } from './build';
import { carerNoWhereabouts, carerPhotosAgreed, carerRecordAndTell } from './shared/carer';
import type { Checklist } from './types';

/** The day these passages were read in the stored copies of the pages. */
const READ = '2026-12-04';
/** Cited as they were on 2026-11-21: not re-read, no passage quoted. */
const EARLIER = '2026-11-21';

const TWO_STEP_URL =
  'https://support.google.com/accounts/answer/9096865?visit_id=636782329273378621-3989269685&rd=1&co=GENIE.Platform%3DDesktop';
const TWO_STEP = cite(TWO_STEP_URL, 'Google Account Help: 2-Step Verification', READ);
const RECOVERY_CONTACTS_URL = 'https://support.google.com/accounts/answer/183723';
const RECOVERY_CONTACTS = cite(RECOVERY_CONTACTS_URL, 'Google Account Help: set up recovery contacts, a recovery phone or email', READ);
const RECOVERY_URL = 'https://support.google.com/accounts/answer/183723?hl=en&ref_topic=3382255';
const RECOVERY = cite(RECOVERY_URL, 'Google Account Help: set up a recovery phone number or email address', READ);
// Only the German copy of this page is stored; "Meine Geräte" is the German name of "Your devices".
const DEVICES_DE_URL = 'https://support.google.com/accounts/answer/3067630?hl=de&authuser=1&ref_topic=7189123';
const DEVICES = cite(DEVICES_DE_URL, 'Google Account Help: see devices with account access (German)', READ);
const devicesPath = (quote: string) => quoted(DEVICES_DE_URL, 'de', READ, ['path'], quote);
const CONNECTIONS = cite(
  'https://support.google.com/accounts/answer/13533235?hl=en',
  'Google Account Help: manage connections between your Google Account and third parties',
  EARLIER,
);
const GMAIL_PRIVACY_URL = 'https://support.google.com/mail/answer/10400210';
const GMAIL_PRIVACY = cite(GMAIL_PRIVACY_URL, 'Gmail Help: how Google protects your privacy and keeps you in control', READ);
const TEEN_ADS_URL = 'https://support.google.com/adspolicy/answer/12205906?hl=en&ref_topic=1626336';
const TEEN_ADS = cite(TEEN_ADS_URL, 'Google Advertising Policies Help: ad-serving protections for teens', READ);
const AGE_REQUIREMENTS = cite(
  'https://support.google.com/accounts/answer/1333913?hl=en',
  'Google Account Help: update your account to meet age requirements',
  EARLIER,
);
const TAKEOUT_URL = 'https://support.google.com/youtube/answer/15253498?hl=en-GB&ref_topic=15279671';
const TAKEOUT = cite(TAKEOUT_URL, 'YouTube Help: supervision for teens, and downloading your data with Google Takeout', READ);
const myaccount = (path: string) => `https://myaccount.google.com/${path}`;

const recoveryTip = quoted(
  RECOVERY_URL,
  'en',
  READ,
  ['claim'],
  'Tip: If you change your recovery phone or email, Google may still offer to send verification codes to your previous recovery phone number or email address for 7 days.',
);
const activitySaved = quoted(
  GMAIL_PRIVACY_URL,
  'en',
  READ,
  ['claim'],
  'At any time, you can control what activity gets saved to your account, download your data, or delete your activity.',
);

export const googleAccountChecklists: Checklist[] = [
  {
    platform: 'google',
    contexts: ['safety'],
    version: READ,
    items: [
      item('two-step', TWO_STEP, {
        evidence: [
          quoted(
            TWO_STEP_URL,
            'en',
            READ,
            ['path'],
            '1. Go to your Google Account. 2. On the left navigation panel, click Security. 3. On the Signing in to Google panel, click 2-Step Verification. 4. Click Get started.',
            'steps of a numbered list, joined; an older edition: the panel is now called "How you sign in to Google"',
          ),
        ],
      }),
      item('recovery-contact', RECOVERY_CONTACTS, {
        evidence: [
          quoted(
            RECOVERY_CONTACTS_URL,
            'en',
            READ,
            ['path'],
            '2. Click Security & sign-in. 3. Under “How you sign in to Google,” click Recovery contacts.',
            'steps of a numbered list, joined; read through a copy of the page on another host (mdsite.deno.dev)',
          ),
          quoted(RECOVERY_CONTACTS_URL, 'en', READ, ['claim'], 'Tip: The request only lasts for 7 days.', 'read through a copy on another host'),
          quoted(
            RECOVERY_CONTACTS_URL,
            'en',
            READ,
            ['claim'],
            'Your recovery contact gets your name, email address and profile photo.',
            'read through a copy on another host',
          ),
        ],
      }),
      item('your-devices', DEVICES, {
        deepLink: myaccount('device-activity'),
        evidence: [
          devicesPath('Wählen Sie im Navigationsbereich auf der linken Seite Sicherheit aus.'),
          devicesPath('Wählen Sie im Bereich Meine Geräte die Option Alle Geräte verwalten aus.'),
        ],
      }),
      item('third-party-connections', CONNECTIONS),
      carerRecordAndTell,
    ],
  },
  {
    platform: 'google',
    contexts: ['privacy'],
    version: READ,
    items: [
      item('activity-controls', GMAIL_PRIVACY, { evidence: [activitySaved] }),
      item('my-activity', GMAIL_PRIVACY, {
        deepLink: myaccount('activitycontrols'),
        evidence: [
          activitySaved,
          quoted(
            GMAIL_PRIVACY_URL,
            'en',
            READ,
            ['claim'],
            'We’ve created tools like Dashboard and My Activity, which make it easy to view data saved in your Google Account.',
          ),
        ],
      }),
      item('teen-ads', TEEN_ADS, {
        evidence: [
          quoted(
            TEEN_ADS_URL,
            'en',
            READ,
            ['claim'],
            'Google’s Ad-serving Protections for Teens policy implements additional safeguards. On Google Accounts of people above the digital age of consent but under 18, we: Disable ads personalization Restrict sensitive ad categories',
            'a sentence and its bulleted list, joined; a newer edition (seen through a copy on another host) says "for users under 18" and "Don\'t allow ads personalization"',
          ),
          quoted(TEEN_ADS_URL, 'en', READ, ['claim'], 'Alcohol / tobacco / recreational drugs', 'a row of the table of restricted categories'),
        ],
      }),
      carerPhotosAgreed,
      carerNoWhereabouts,
    ],
  },
  {
    platform: 'google',
    contexts: ['account'],
    version: READ,
    items: [
      item('birthday', AGE_REQUIREMENTS),
      item('recovery-info', RECOVERY, {
        evidence: [
          quoted(
            RECOVERY_URL,
            'en',
            READ,
            ['path'],
            '2. On the left navigation panel, click Personal info. 3. Under "Contact info," click Add a recovery phone to help keep your account secure.',
            'steps of a numbered list, joined',
          ),
          recoveryTip,
        ],
      }),
      item('download-takeout', TAKEOUT, {
        deepLink: 'https://takeout.google.com/',
        evidence: [
          quoted(
            TAKEOUT_URL,
            'en-GB',
            READ,
            ['path'],
            "Go to Google Takeout. Under 'CREATE A NEW EXPORT', select the YouTube and YouTube Music tick box. Select Next step. Fill in the 'Choose file type and destination' form. Select Create export.",
            'the steps of a bulleted list, joined; YouTube Help gives them for YouTube data',
          ),
        ],
      }),
    ],
  },
];
