// LinkedIn checklists for a teen's account (LinkedIn is for 16 and over): sign-in and security,
// privacy (visibility, data privacy, advertising data), account. A school's Page and groups are in
// linkedin-groups.ts.
import { cite, item } from './build';
import { agreeTogether } from './shared/agreement';
import { carerContactsAgreed, carerNoWhereabouts, carerPhotosAgreed, carerRecordAndTell } from './shared/carer';
import type { Checklist } from './types';

const D = '2026-11-21';
const TWO_STEP = cite(
  'https://www.complete-it.co.uk/how-to-set-up-two-step-verification-on-your-linkedin-account/',
  'Complete I.T.: how to set up two-step verification on your LinkedIn account (November 2020)',
  D,
);
const SIGNED_IN = cite(
  'https://www.ricksdailytips.com/remotely-log-out-of-linkedin-with-all-devices/',
  'Rick’s Daily Tips: remotely log out of LinkedIn on all devices (Where you’re signed in)',
  D,
);
const BLOCKING = cite(
  'https://www.linkedin.com/help/linkedin/answer/2839',
  'LinkedIn Help: block a member, overview',
  D,
);
const TEEN_SETTINGS = cite(
  'https://help.linkedin.com/app/safety/answers/detail/a_id/38599',
  'LinkedIn Safety Center: parents and educators (settings of members under 18)',
  D,
);
const PRIVACY_SETTINGS = cite(
  'https://privacy.linkedin.com/settings',
  'LinkedIn Privacy: your settings (download, permitted services, email visibility, closing the account)',
  D,
);
const GENERATIVE_AI = cite(
  'https://www.linkedin.com/help/linkedin/answer/a6278444',
  'LinkedIn Help: control whether LinkedIn uses your data to improve generative AI models',
  D,
);
const MINIMUM_AGE = cite(
  'https://conductatlas.com/platform/linkedin/linkedin-user-agreement/age-restriction-and-minimum-age',
  'ConductAtlas: LinkedIn User Agreement, minimum age (March 2026)',
  D,
);
const CLOSING = cite(
  'https://www.technipages.com/how-to-close-your-linkedin-account/',
  'Technipages: how to close (or hibernate) your LinkedIn account',
  D,
);
const prefs = (path: string) => `https://www.linkedin.com/mypreferences/d/${path}`;

export const linkedinChecklists: Checklist[] = [
  {
    platform: 'linkedin',
    contexts: ['safety'],
    version: D,
    items: [
      item('two-step', TWO_STEP, { pathConfirmed: true, deepLink: prefs('two-factor-authentication') }),
      item('where-signed-in', SIGNED_IN, { pathConfirmed: true }),
      item('block-and-report', BLOCKING),
      carerRecordAndTell,
    ],
  },
  {
    platform: 'linkedin',
    contexts: ['privacy'],
    version: D,
    items: [
      item('public-profile', TEEN_SETTINGS),
      item('email-visibility', PRIVACY_SETTINGS),
      item('generative-ai-data', GENERATIVE_AI),
      item('permitted-services', PRIVACY_SETTINGS),
      carerPhotosAgreed,
      carerNoWhereabouts,
    ],
  },
  {
    platform: 'linkedin',
    contexts: ['messaging'],
    version: D,
    items: [
      // LinkedIn's "Who can reach you" page: the menu path is not confirmed by a source we read.
      item('invitations', TEEN_SETTINGS),
      item('block-from-conversation', BLOCKING),
      agreeTogether,
      carerContactsAgreed,
    ],
  },
  {
    platform: 'linkedin',
    contexts: ['account'],
    version: D,
    items: [
      item('minimum-age', MINIMUM_AGE, { pathConfirmed: true }),
      item('download-data', PRIVACY_SETTINGS),
      item('close-or-hibernate', CLOSING, { pathConfirmed: true }),
    ],
  },
];
