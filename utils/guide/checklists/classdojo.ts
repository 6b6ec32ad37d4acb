// ClassDojo checklists: a class's settings for the teachers who run it (group context; ideas from
// the project's seeds 001 and 002, adapted to a closed class platform where families expect
// photos), and the account page, read by a parent or carer whose child's class uses ClassDojo.
import { ORGANISATION, cite, item, quoted } from './build';
import { practice } from './shared/organisation';
import type { Checklist } from './types';

const VERSION = '2026-12-04';
/** The day the passages below were read in the stored copies of ClassDojo's help; other sources keep their date. */
const READ = '2026-12-04';
const D = '2026-11-21';
const help = (article: string, title: string) =>
  cite(`https://help.classdojo.com/hc/en-us/articles/${article}`, `ClassDojo Help: ${title}`, D);
const COLLABORATION = help('4413208601357', 'what are ClassDojo’s collaboration features? (Class Story, messages)');
const PARENT_CODES = cite(
  'https://classdojo.zendesk.com/hc/en-us/articles/202047699',
  'ClassDojo Help: how do I use my parent code? Can it be used more than once?',
  D,
);
const ARCHIVE = help('360029232071', 'archiving a class at the end of the year (parent connections carried over)');
const QUIET_HOURS = cite(
  'https://classdojo.zendesk.com/hc/en-us/articles/4411779117197',
  'ClassDojo Help: read statuses, urgent messages and Quiet Hours',
  D,
);
const STUDENT_POSTS = help('360022768191', 'how are student posts approved before sharing with their families?');
const PARENT_VIEW = help('4412479507085', 'what student information other logged-in users can view');
const TEEN_CHATS = help('42703283797133', 'teachers can now message middle and high school students');
const DELETION = help('203730319', 'data deletion and retention');
const PARENT_CODE_URL = 'https://classdojo.zendesk.com/hc/en-us/articles/202047699-How-do-I-use-my-parent-code-Can-it-be-used-more-than-once-';
const evidence = {
  parentCodes: [
    quoted(PARENT_CODE_URL, 'en', READ, ['claim'],
      "Parent codes are unique to each child and allow a parent to connect with their child's teacher on ClassDojo."),
  ],
  familyConnections: [
    quoted(PARENT_CODE_URL, 'en', READ, ['claim'],
      "All of the parent accounts linked to a code are both separate and private. All connected parents can view the child's points, as well as any pictures or videos that the teacher posts to Class Story."),
  ],
};
const staff = { audiences: ORGANISATION };

export const classdojoChecklists: Checklist[] = [
  {
    platform: 'classdojo',
    contexts: ['group'],
    version: VERSION,
    items: [
      item('parent-codes-private', PARENT_CODES, { ...staff, evidence: evidence.parentCodes }),
      item('connections-review', ARCHIVE, staff),
      item('photos-with-consent', COLLABORATION, staff),
      item('story-comments', COLLABORATION, staff),
      item('quiet-hours', QUIET_HOURS, staff),
      item('student-posts-approval', STUDENT_POSTS, staff),
      practice('tell-newcomers', 'group'),
      practice('recheck-after-updates', 'group'),
    ],
  },
  {
    platform: 'classdojo',
    contexts: ['account'],
    version: VERSION,
    items: [
      item('what-parents-see', PARENT_VIEW),
      item('family-connections', PARENT_CODES, { evidence: evidence.familyConnections }),
      item('messages-kept', COLLABORATION),
      item('teen-chats', TEEN_CHATS),
      item('delete-account', DELETION),
    ],
  },
];
