// Pinterest checklists for a child's account (privacy, safety, messaging, account). Under-16s
// have private profiles with no public option; a parental passcode can lock chosen settings.
import { cite, item } from './build';
import { carerContactsAgreed, carerNoWhereabouts, carerPhotosAgreed, carerRecordAndTell } from './shared/carer';
import type { Checklist } from './types';

const D = '2026-11-21';
const TEEN_SAFETY = cite(
  'https://help.pinterest.com/en-gb/article/teen-safety-options',
  'Pinterest Help Centre: teen safety on Pinterest',
  D,
);
const NEW_FEATURES = cite(
  'https://newsroom-archive.pinterest.com/en-gb/new-features-enhance-teen-safety-on-pinterest-2',
  'Pinterest Newsroom: new features enhance teen safety on Pinterest',
  D,
);
const WHAT_PARENTS_SEE = cite(
  'https://www.therundown.today/guides/pinterest-for-teens',
  'The Rundown: Pinterest for teens, the settings parents skip (2026)',
  D,
);

const FOR_PARENTS = cite(
  'https://help.pinterest.com/en/article/resources-for-parents-and-caregivers-of-teens',
  'Pinterest Help Centre: resources for parents and caregivers of teens (age checks, under-13 accounts)',
  D,
);
const PASSCODE = cite(
  'https://help.pinterest.com/en/article/manage-a-parental-passcode',
  'Pinterest Help Centre: manage a parental passcode (settings it locks)',
  D,
);
const DOWNLOAD = cite(
  'https://help.pinterest.com/en-gb/article/download-your-pinterest-data',
  'Pinterest Help Centre: download your Pinterest data (web only)',
  D,
);
const PERSONAL_DATA = cite(
  'https://help.pinterest.com/en/article/review-personal-data-options',
  'Pinterest Help Centre: review your personal data options (deleting your account)',
  D,
);

export const pinterestChecklists: Checklist[] = [
  {
    platform: 'pinterest',
    contexts: ['privacy'],
    version: D,
    items: [
      item('private-profile', TEEN_SAFETY),
      item('last-name', TEEN_SAFETY),
      item('review-followers', NEW_FEATURES),
      item('comments-under-18', TEEN_SAFETY),
      carerPhotosAgreed,
      carerNoWhereabouts,
    ],
  },
  {
    platform: 'pinterest',
    contexts: ['safety'],
    version: D,
    items: [
      item('parental-passcode', NEW_FEATURES),
      item('passcode-shows-nothing', WHAT_PARENTS_SEE),
      item('report-and-block', TEEN_SAFETY),
      carerRecordAndTell,
    ],
  },
  {
    platform: 'pinterest',
    contexts: ['messaging'],
    version: D,
    items: [
      item('messages-mutual-followers', NEW_FEATURES),
      item('profile-link', NEW_FEATURES),
      item('group-boards', NEW_FEATURES),
      carerContactsAgreed,
    ],
  },
  {
    platform: 'pinterest',
    contexts: ['account'],
    version: D,
    items: [
      item('birthday', FOR_PARENTS),
      item('passcode-locks-account', PASSCODE, { pathConfirmed: true }),
      item('request-data', DOWNLOAD, { pathConfirmed: true }),
      item('deactivate-or-delete', PERSONAL_DATA),
      item('under-13-delete', FOR_PARENTS, { pathConfirmed: true }),
    ],
  },
];
