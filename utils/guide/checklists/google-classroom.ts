// Google Classroom: the settings page (classroom.google.com/s) of a pupil's school account, read by
// a parent or carer. The school, not the family, manages that account and the guardian links.
import { cite, item } from './build';
import type { Checklist } from './types';

const D = '2026-11-21';
const GUARDIANS = cite(
  'https://support.google.com/edu/classroom/answer/7017326?hl=en',
  'Classroom Help: manage guardians in your domain (email summaries, what guardians can’t see)',
  D,
);
const GUARDIAN_LINKS = cite(
  'https://amplifiedlabs.zendesk.com/hc/en-us/articles/360012398793-Classroom-Guardian-Sync',
  'Amplified Labs: Classroom guardian links carry across all of a student’s classes',
  D,
);
const SCHOOL_ACCOUNTS = cite(
  'https://support.google.com/accounts/answer/183723?hl=en',
  'Google Account Help: recovery options (accounts through work or school: ask your administrator)',
  D,
);

export const googleClassroomChecklists: Checklist[] = [
  {
    platform: 'google-classroom',
    contexts: ['account'],
    version: D,
    items: [
      item('guardian-summaries', GUARDIANS, { pathConfirmed: true }),
      item('guardian-link-all-classes', GUARDIAN_LINKS, { pathConfirmed: true }),
      item('school-managed-account', SCHOOL_ACCOUNTS, { pathConfirmed: true }),
    ],
  },
];
