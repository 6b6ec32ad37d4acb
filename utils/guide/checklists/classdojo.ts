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
const help = (article: string, title: string, read = D) =>
  cite(`https://help.classdojo.com/hc/en-us/articles/${article}`, `ClassDojo Help: ${title}`, read);
const COLLABORATION = help('4413208601357', 'what are ClassDojo’s collaboration features? (Class Story, messages)', READ);
const PARENT_CODES = cite(
  'https://classdojo.zendesk.com/hc/en-us/articles/202047699',
  'ClassDojo Help: how do I use my parent code? Can it be used more than once?',
  D,
);
const ARCHIVE = help('360029232071', 'archiving a class at the end of the year (parent connections carried over)', READ);
const QUIET_HOURS = cite(
  'https://classdojo.zendesk.com/hc/en-us/articles/4411779117197',
  'ClassDojo Help: read statuses, urgent messages and Quiet Hours',
  READ,
);
const STUDENT_POSTS = help('360022768191', 'how are student posts approved before sharing with their families?', READ);
const PARENT_VIEW = help('4412479507085', 'what student information other logged-in users can view');
const TEEN_CHATS = help('42703283797133', 'teachers can now message middle and high school students', READ);
const DELETION = help('203730319', 'data deletion and retention', READ);
const PARENT_CODE_URL = 'https://classdojo.zendesk.com/hc/en-us/articles/202047699-How-do-I-use-my-parent-code-Can-it-be-used-more-than-once-';
const ARCHIVE_URL = 'https://help.classdojo.com/hc/en-us/articles/360029232071-How-Do-School-Leaders-Delete-A-Class';
const COLLABORATION_URL = 'https://help.classdojo.com/hc/en-us/articles/4413208601357-What-are-ClassDojo-s-Collaboration-Features';
const TEEN_CHATS_URL =
  'https://help.classdojo.com/hc/en-us/articles/42703283797133--New-Teachers-Can-Now-Message-Middle-and-High-School-Students-in-ClassDojo';
const DELETION_URL = 'https://help.classdojo.com/hc/en-us/articles/203730319-Data-Deletion-and-Retention';
const DELETION_OLD_URL = 'https://classdojo.zendesk.com/hc/en-us/articles/203730319';
// Only the Brazilian Portuguese copy of "how to report a chat sent to you" is stored.
const REPORT_CHAT_PT_URL =
  'https://help.classdojo.com/hc/pt-br/articles/17153992633869-Como-denunciar-um-chat-enviado-a-voc%C3%AA-no-ClassDojo-para-fam%C3%ADlias';
const STUDENT_POSTS_URL = 'https://help.classdojo.com/hc/en-us/articles/360022768191-How-are-student-posts-approved-before-sharing-with-their-families';
const QUIET_HOURS_URL = 'https://classdojo.zendesk.com/hc/en-us/articles/4411779117197';
const reportChat = (quote: string) => quoted(REPORT_CHAT_PT_URL, 'pt-BR', READ, ['path'], quote, 'web steps for reporting a single message');
const evidence = {
  parentCodes: [
    quoted(PARENT_CODE_URL, 'en', READ, ['claim'],
      "Parent codes are unique to each child and allow a parent to connect with their child's teacher on ClassDojo."),
  ],
  familyConnections: [
    quoted(PARENT_CODE_URL, 'en', READ, ['claim'],
      "All of the parent accounts linked to a code are both separate and private. All connected parents can view the child's points, as well as any pictures or videos that the teacher posts to Class Story."),
  ],
  connectionsReview: [
    quoted(ARCHIVE_URL, 'en', READ, ['claim'],
      'Other teachers in your school will then be able to import students from the School Directory to their new class while maintaining any previously established parent connections!'),
    quoted(ARCHIVE_URL, 'en', READ, ['claim'], 'Old Story and Portfolio posts will remain in the parent’s account.'),
  ],
  storyComments: [
    quoted('https://classdojo.zendesk.com/hc/en-us/articles/4413208601357', 'en', READ, ['claim'],
      'Parents, Teachers, and Students can comment on Class Story posts, however, this can be disabled by the Teacher who owns the class.'),
  ],
  quietHours: [quoted(QUIET_HOURS_URL, 'en', READ, ['claim'], 'All messaging activity will respect your Quiet Hours.')],
  studentPosts: [
    quoted(STUDENT_POSTS_URL, 'en', READ, ['claim'],
      "Every piece of work or content students add must first be approved by their teacher(s) before it's shared home for parents or family members to see, or additional school personnel within that child’s school."),
  ],
  messagesKept: [
    reportChat('Abra sua aba de bate-papos'),
    reportChat('Clique no tópico do usuário que você deseja denunciar'),
    reportChat('Clique no menu de três pontinhos ao lado da mensagem enviada'),
    reportChat('Clique em "Denunciar" para denunciar a mensagem'),
    quoted(COLLABORATION_URL, 'en', READ, ['claim'], 'Thus, ClassDojo messages cannot be permanently deleted by either the Teacher or the Parent.'),
    quoted(COLLABORATION_URL, 'en', READ, ['claim'],
      'Parents can also report messages to our ClassDojo moderation team and block other users from contacting them.'),
  ],
  teenChats: [
    quoted(TEEN_CHATS_URL, 'en', READ, ['path'],
      'In the iOS or Android app on your parent account, navigate to the "Kids" tab and tap on "Chats"'),
    quoted(TEEN_CHATS_URL, 'en', READ, ['claim'], "A teacher must send the first message—students can't start a chat on their own."),
    quoted(TEEN_CHATS_URL, 'en', READ, ['claim'], 'For students in grades 6-8, families will always be included in conversations by default.'),
  ],
  deleteAccount: [
    quoted(DELETION_URL, 'en', READ, ['path'], 'Teachers and Parents can delete their accounts by going into their Account Settings'),
    quoted(DELETION_OLD_URL, 'en', READ, ['claim'], 'Messages and any content sent to teachers, however, are retained and can be viewed by the teacher.',
      'an older copy of the same article, under the parent account'),
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
      item('connections-review', ARCHIVE, { ...staff, evidence: evidence.connectionsReview }),
      item('photos-with-consent', COLLABORATION, staff),
      item('story-comments', COLLABORATION, { ...staff, evidence: evidence.storyComments }),
      item('quiet-hours', QUIET_HOURS, { ...staff, evidence: evidence.quietHours }),
      item('student-posts-approval', STUDENT_POSTS, { ...staff, evidence: evidence.studentPosts }),
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
      item('messages-kept', COLLABORATION, { evidence: evidence.messagesKept }),
      item('teen-chats', TEEN_CHATS, { evidence: evidence.teenChats }),
      item('delete-account', DELETION, { evidence: evidence.deleteAccount }),
    ],
  },
];
