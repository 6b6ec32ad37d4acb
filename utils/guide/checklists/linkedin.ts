// LinkedIn checklists for a teen's account (LinkedIn is for 16 and over): sign-in and security,
// privacy (visibility, data privacy, advertising data), account. A school's Page and groups are in
// linkedin-groups.ts.
import { cite, item, quoted } from './build';
import { agreeTogether } from './shared/agreement';
import { carerContactsAgreed, carerNoWhereabouts, carerPhotosAgreed, carerRecordAndTell } from './shared/carer';
import type { Checklist } from './types';

const VERSION = '2026-12-04';
/** The day the passages below were read in the stored copies of LinkedIn's help; other sources keep their date. */
const READ = '2026-12-04';
const D = '2026-11-21';
const TWO_STEP_URL = 'https://www.linkedin.com/help/linkedin/answer/544';
const TWO_STEP = cite(TWO_STEP_URL, 'LinkedIn Help: turn two-step verification on and off', READ);
/** The page that names the Sign in & security section, where sessions are listed too. */
const SIGN_IN_AND_SECURITY = cite(TWO_STEP_URL, 'LinkedIn Help: turn two-step verification on and off (Sign in & security)', READ);
const PROXIED = 'Read in a stored copy of this linkedin.com page served through a proxy (fanyv88.com); the text is LinkedIn Help’s.';
const evidence = {
  twoStep: [
    quoted(TWO_STEP_URL, 'en', READ, ['path'], 'Select Settings & Privacy from the dropdown.', PROXIED),
    quoted(TWO_STEP_URL, 'en', READ, ['path'], 'Click Sign in & security on the left rail and click Two-step verification.', PROXIED),
  ],
};
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
const GENERATIVE_AI_URL = 'https://www.linkedin.com/help/linkedin/answer/a6278444';
const GENERATIVE_AI = cite(
  GENERATIVE_AI_URL,
  'LinkedIn Help: control whether LinkedIn uses your data to improve generative AI models',
  READ,
);
const prefs = (path: string) => `https://www.linkedin.com/mypreferences/d/${path}`;

const GAI_PROXIED = 'Read in a stored copy of this linkedin.com page served through a proxy (proxy.tfdracing.nl); the text is LinkedIn Help’s.';
const generativeAi = [
  quoted(GENERATIVE_AI_URL, 'en', READ, ['claim'],
    'In cases where LinkedIn or its affiliates train or improve generative AI models used to create content, members can use the Data for Generative AI Improvement member setting to control whether their data is used for training these models.',
    GAI_PROXIED),
  quoted(GENERATIVE_AI_URL, 'en', READ, ['default'],
    'The Data for Generative AI Improvement member setting is set to “on” by default, unless you opt-out by turning it “off.”', GAI_PROXIED),
];

const BLOCKING_2015_URL = 'https://help.linkedin.com/app/answers/detail/a_id/47081/ft/eng/cookie/test';
const blocking = [
  quoted(BLOCKING_2015_URL, 'en', READ, ['claim'],
    "Once you've blocked a member, they'll appear on your blocked list. The blocked member won't receive any notification of this action.",
    'A LinkedIn Help answer last reviewed on 10/07/2015: its menus are old, so only the claim is used.'),
];

export const linkedinChecklists: Checklist[] = [
  {
    platform: 'linkedin',
    contexts: ['safety'],
    version: VERSION,
    items: [
      item('two-step', TWO_STEP, { evidence: evidence.twoStep, deepLink: prefs('two-factor-authentication') }),
      item('where-signed-in', SIGN_IN_AND_SECURITY),
      item('block-and-report', BLOCKING, { evidence: blocking }),
      carerRecordAndTell,
    ],
  },
  {
    platform: 'linkedin',
    contexts: ['privacy'],
    version: VERSION,
    items: [
      item('public-profile', TEEN_SETTINGS),
      item('email-visibility', PRIVACY_SETTINGS),
      item('generative-ai-data', GENERATIVE_AI, { evidence: generativeAi }),
      item('permitted-services', PRIVACY_SETTINGS),
      carerPhotosAgreed,
      carerNoWhereabouts,
    ],
  },
  {
    platform: 'linkedin',
    contexts: ['messaging'],
    version: VERSION,
    items: [
      // LinkedIn's "Who can reach you" page: the menu path is not confirmed by a source we read.
      item('invitations', TEEN_SETTINGS),
      item('block-from-conversation', BLOCKING, { evidence: blocking }),
      agreeTogether,
      carerContactsAgreed,
    ],
  },
  {
    platform: 'linkedin',
    contexts: ['account'],
    version: VERSION,
    items: [
      item('minimum-age', TEEN_SETTINGS),
      item('download-data', PRIVACY_SETTINGS),
      item('close-or-hibernate', PRIVACY_SETTINGS),
    ],
  },
];
