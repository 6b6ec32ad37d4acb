// Google Classroom: the settings page (classroom.google.com/s) of a pupil's school account, read by
// a parent or carer. The school, not the family, manages that account and the guardian links.
import { cite, item, quoted } from './build';
import type { Checklist } from './types';

const VERSION = '2026-12-04';
/** The day the passages below were read in the stored copies of the help pages; other sources keep their date. */
const READ = '2026-12-04';
const D = '2026-11-21';
const GUARDIANS = cite(
  'https://support.google.com/edu/classroom/answer/7017326?hl=en',
  'Classroom Help: manage guardians in your domain (email summaries, what guardians can’t see)',
  D,
);
const SCHOOL_ACCOUNTS = cite(
  'https://support.google.com/accounts/answer/183723?hl=en',
  'Google Account Help: recovery options (accounts through work or school: ask your administrator)',
  D,
);

const GUARDIANS_URL = 'https://support.google.com/edu/classroom/answer/7017326/manage-guardians-in-your-domain?hl=en&ref_topic=10301938';
const evidence = {
  summaries: [
    quoted(GUARDIANS_URL, 'en', READ, ['claim'],
      'Guardians who sign up for email summaries can’t see the Stream, Classwork, People, or Grades pages in Classroom.'),
  ],
  invitedBy: [
    quoted(GUARDIANS_URL, 'en', READ, ['claim'], 'Give teachers permission to invite or remove guardians.',
      'What the school’s administrator decides, among the guardian settings.'),
  ],
};

export const googleClassroomChecklists: Checklist[] = [
  {
    platform: 'google-classroom',
    contexts: ['account'],
    version: VERSION,
    items: [
      item('guardian-summaries', GUARDIANS, { evidence: evidence.summaries }),
      item('guardian-link-all-classes', GUARDIANS, { evidence: evidence.invitedBy }),
      item('school-managed-account', SCHOOL_ACCOUNTS),
    ],
  },
];
