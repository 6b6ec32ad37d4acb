// Seesaw checklists: a class's settings for the teachers who run it (group context), and the
// account page read by a parent or carer connected to their child's journal.
import { ORGANISATION, cite, item, quoted } from './build';
import { carerPhotosAgreed } from './shared/carer';
import { practice } from './shared/organisation';
import type { Checklist } from './types';

const VERSION = '2026-12-04';
/** The day the passages below were read in the stored copies of the help pages; other sources keep their date. */
const READ = '2026-12-04';
const D = '2026-11-21';
const CLASS_SETTINGS_URL = 'https://help.seesaw.me/hc/en-us/articles/205676565-Class-settings-and-what-they-control-';
const DEFAULTS_URL = 'https://help.seesaw.me/hc/en-us/articles/205676565-How-do-I-change-default-class-settings-';
const INVITE_URL = 'https://help.seesaw.me/hc/en-gb/articles/203012019-How-to-invite-parents-and-families-to-Seesaw';
const PRIVACY_URL = 'https://help.seesaw.me/hc/en-us/articles/203008899-Privacy-for-student-journals';
const CLASS_SETTINGS = cite(
  CLASS_SETTINGS_URL,
  'Seesaw Help: class settings and what they control',
  READ,
);
const INVITE_FAMILIES = cite(
  INVITE_URL,
  'Seesaw Help: how to invite parents and families to Seesaw',
  READ,
);
const JOURNAL_PRIVACY = cite(
  PRIVACY_URL,
  'Seesaw Help: privacy for student journals',
  READ,
);
const HOME_LEARNING_URL = 'https://help.seesaw.me/hc/en-us/articles/360045960531-Home-Learning-Codes';
const MANAGE_URL = 'https://help.seesaw.me/hc/en-us/articles/4403040931981-How-to-manage-Class-Settings';
const MANAGE_CLASS = cite(MANAGE_URL, 'Seesaw Help: how to manage Class Settings', READ);
const staff = { audiences: ORGANISATION };

const WRENCH = quoted(MANAGE_URL, 'en', READ, ['path'], 'Teachers can view and edit class settings by clicking on the wrench icon.');
const PRIMARY_FAMILY = quoted(PRIVACY_URL, 'en', READ, ['advice'],
  "Only invite the child's primary family to view their journal and do not invite other family members");
const evidence = {
  familyAccessReview: [
    WRENCH,
    quoted(MANAGE_URL, 'en', READ, ['path'],
      'Manage students: Can view/update student information, add a student’s family members, and download their Home Learning Codes.'),
    quoted(INVITE_URL, 'en-GB', READ, ['claim'], 'You can always remove connected family members through your Class Settings menu.'),
  ],
  invitePrimaryFamily: [
    quoted(INVITE_URL, 'en-GB', READ, ['path'], "Go into the class you'd like to connect families to and tap + Families."),
    PRIMARY_FAMILY,
  ],
  photos: [
    quoted(PRIVACY_URL, 'en', READ, ['advice'], 'Refrain from posting photos of the child, and instead focus on photos of their school work'),
  ],
  familySharingOff: [
    quoted(PRIVACY_URL, 'en', READ, ['path'],
      'You can turn off family sharing in your class settings. To do this, tap your wrench icon in the top right corner > “family likes, comments & sharing” >turn sharing OFF.'),
  ],
  studentsSeeEachOther: [
    WRENCH,
    quoted(DEFAULTS_URL, 'en', READ, ['path', 'claim'],
      'Enable this feature if you would like students to see other students’ journals in addition to their own journal.',
      'Listed under the setting "Students can see each other’s work" (the administrators’ version of the class settings article).'),
  ],
  commentsApproval: [
    quoted(CLASS_SETTINGS_URL, 'en', READ, ['path'],
      'Enable teacher moderation for comments by turning on “New comments require approval”.'),
  ],
  whatFamilySees: [
    quoted(PRIVACY_URL, 'en', READ, ['claim'],
      "Family members are only able to access their own child's journal, not the journals of other students in the class."),
  ],
  askTeacher: [
    quoted(PRIVACY_URL, 'en', READ, ['advice'],
      "If a family member is still concerned about their child's privacy, you can observe these guidelines for that child:"),
    PRIMARY_FAMILY,
  ],
  homeLearning: [
    quoted(HOME_LEARNING_URL, 'en', READ, ['path'],
      'Home Learning Codes are an individualized QR code or Text Code that allows students to log into the Seesaw App at home while protecting students’ privacy.'),
    quoted(HOME_LEARNING_URL, 'en', READ, ['claim'],
      "Home Learning Code login does not change any class settings; the only difference is that students will only be able to see work that they are tagged in and will be unable to see each other's work"),
    quoted(MANAGE_URL, 'en', READ, ['claim'],
      'Home Learning Student Codes: If enabled by the school admin, teachers can use this tab to print download Home Learning Codes for their students.'),
  ],
  sharingPosts: [
    quoted(PRIVACY_URL, 'en', READ, ['claim'],
      'When family sharing is disabled, families will not have the ability to download any posts onto their device or share any posts over social media.'),
  ],
};

export const seesawChecklists: Checklist[] = [
  {
    platform: 'seesaw',
    contexts: ['group'],
    version: VERSION,
    items: [
      item('family-access-review', MANAGE_CLASS, { ...staff, evidence: evidence.familyAccessReview }),
      item('invite-primary-family', INVITE_FAMILIES, { ...staff, evidence: evidence.invitePrimaryFamily }),
      item('photos-with-consent', JOURNAL_PRIVACY, { ...staff, evidence: evidence.photos }),
      item('family-sharing-off', JOURNAL_PRIVACY, { ...staff, evidence: evidence.familySharingOff }),
      item('students-see-each-other', CLASS_SETTINGS, { ...staff, evidence: evidence.studentsSeeEachOther }),
      item('comments-approval', CLASS_SETTINGS, { ...staff, evidence: evidence.commentsApproval }),
      practice('tell-newcomers', 'group'),
      practice('recheck-after-updates', 'group'),
    ],
  },
  {
    platform: 'seesaw',
    contexts: ['account'],
    version: VERSION,
    items: [
      item('what-family-sees', JOURNAL_PRIVACY, { evidence: evidence.whatFamilySees }),
      item('ask-teacher-privacy', JOURNAL_PRIVACY, { evidence: evidence.askTeacher }),
      item('home-learning-code', MANAGE_CLASS, { evidence: evidence.homeLearning }),
      item('sharing-posts', JOURNAL_PRIVACY, { evidence: evidence.sharingPosts }),
      carerPhotosAgreed,
    ],
  },
];
