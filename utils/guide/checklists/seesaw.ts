// Seesaw checklists: a class's settings for the teachers who run it (group context), and the
// account page read by a parent or carer connected to their child's journal.
import { ORGANISATION, cite, item } from './build';
import { carerPhotosAgreed } from './shared/carer';
import { practice } from './shared/organisation';
import type { Checklist } from './types';

const D = '2026-11-21';
const SCHOOLWIDE = cite(
  'https://help.seesaw.me/hc/en-us/articles/115000495046-How-to-manage-Schoolwide-Settings',
  'Seesaw Help: how to manage schoolwide settings (family access carried into new classes)',
  D,
);
const CLASS_SETTINGS = cite(
  'https://help.seesaw.me/hc/en-us/articles/205676565-Class-settings-and-what-they-control-',
  'Seesaw Help: class settings and what they control',
  D,
);
const INVITE_FAMILIES = cite(
  'https://help.seesaw.me/hc/en-gb/articles/203012019-How-to-invite-parents-and-families-to-Seesaw',
  'Seesaw Help: how to invite parents and families to Seesaw',
  D,
);
const JOURNAL_PRIVACY = cite(
  'https://help.seesaw.me/hc/en-us/articles/203008899-Privacy-for-student-journals',
  'Seesaw Help: privacy for student journals',
  D,
);
const HOME_LEARNING = cite(
  'https://grotonpvtechnology.blogspot.com/2020/09',
  'Groton-Dunstable technology blog: Seesaw parent access and Home Learning Codes (September 2020)',
  D,
);
const staff = { audiences: ORGANISATION };

export const seesawChecklists: Checklist[] = [
  {
    platform: 'seesaw',
    contexts: ['group'],
    version: D,
    items: [
      item('family-access-review', SCHOOLWIDE, { ...staff, pathConfirmed: true }),
      item('invite-primary-family', INVITE_FAMILIES, { ...staff, pathConfirmed: true }),
      item('photos-with-consent', JOURNAL_PRIVACY, { ...staff, pathConfirmed: true }),
      item('family-sharing-off', JOURNAL_PRIVACY, { ...staff, pathConfirmed: true }),
      item('students-see-each-other', CLASS_SETTINGS, { ...staff, pathConfirmed: true }),
      item('comments-approval', CLASS_SETTINGS, { ...staff, pathConfirmed: true }),
      practice('tell-newcomers', 'group'),
      practice('recheck-after-updates', 'group'),
    ],
  },
  {
    platform: 'seesaw',
    contexts: ['account'],
    version: D,
    items: [
      item('what-family-sees', JOURNAL_PRIVACY, { pathConfirmed: true }),
      item('ask-teacher-privacy', JOURNAL_PRIVACY, { pathConfirmed: true }),
      item('home-learning-code', HOME_LEARNING),
      item('sharing-posts', CLASS_SETTINGS),
      carerPhotosAgreed,
    ],
  },
];
