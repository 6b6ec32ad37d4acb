// Facebook group and Page checklists for school and centre staff: who gets in, who runs it, and
// how the admins' own accounts are protected. A child's own account is in facebook.ts. The
// "service account" practice is left out here: Facebook's Pages give several people access instead.
import { ORGANISATION, cite, item, quoted } from './build';
import { FACEBOOK_TWO_FACTOR, MIRROR, facebookHelp } from './facebook';
import { TWO_FACTOR_CLAIM } from './instagram';
import { practice } from './shared/organisation';
import type { Checklist } from './types';

const READ = '2026-12-04';
const MEMBERSHIP_URL = facebookHelp('214260548594688');
const MEMBERSHIP = cite(
  'https://www.facebook.com/help/214260548594688',
  'Facebook Help Centre: how do I manage membership for a Facebook group I admin?',
  READ,
);
const PAGE_ACCESS_URL = facebookHelp('187316341316631');
const PAGE_ACCESS = cite('https://www.facebook.com/help/187316341316631', 'Facebook Help Centre: manage roles for your Facebook Page', READ);
const membership = (supports: Parameters<typeof quoted>[3], quote: string) =>
  quoted(MEMBERSHIP_URL, 'en', READ, supports, quote, MIRROR('214260548594688'));
const staff = { audiences: ORGANISATION };

export const facebookGroupChecklists: Checklist[] = [
  {
    platform: 'facebook',
    contexts: ['group'],
    version: READ,
    items: [
      item('group-private', MEMBERSHIP, {
        ...staff,
        evidence: [membership(['claim'],
          'If you’re an admin of a private hidden group, you can choose to allow people to invite new members to your group with a link.')],
      }),
      item('group-join-approval', MEMBERSHIP, {
        ...staff,
        evidence: [
          membership(['claim'],
            'If you\'re an admin of a private group, you can choose to turn on membership approval for your group. This means admins or moderators will have to approve membership requests before someone can join the group.'),
          membership(['path'],
            'Click Group Settings in the left menu.\n  3. Below Manage Membership, click next to Who Can Approve Member Requests.\n  4. Click Only admins and moderators then click Save.'),
        ],
      }),
      item('group-membership-questions', MEMBERSHIP, {
        ...staff,
        evidence: [
          membership(['claim'], 'You can set up membership questions to help you decide whether or not to approve a member.'),
          membership(['path'], 'Click Membership Questions below People in the left menu.'),
        ],
      }),
      item('group-admin-two-factor', FACEBOOK_TWO_FACTOR, { ...staff, evidence: [TWO_FACTOR_CLAIM] }),
      practice('no-pupil-photos', 'group'),
      practice('no-sensitive-groups', 'group'),
      practice('tell-newcomers', 'group'),
      practice('recheck-after-updates', 'group'),
    ],
  },
  {
    platform: 'facebook',
    contexts: ['page'],
    version: READ,
    items: [
      item('page-access-review', PAGE_ACCESS, {
        ...staff,
        evidence: [
          quoted(PAGE_ACCESS_URL, 'en', READ, ['claim'],
            'If you have Facebook access with full control of a Page in the new Pages experience, you can manage people\'s Facebook access or task access to the Page. You can add, edit or remove someone\'s Page access at any time.',
            MIRROR('187316341316631')),
          quoted(PAGE_ACCESS_URL, 'en', READ, ['path'], 'Bear in mind that: You need to switch into your Page to manage Page access.', MIRROR('187316341316631')),
        ],
      }),
      item('page-admin-two-factor', FACEBOOK_TWO_FACTOR, { ...staff, evidence: [TWO_FACTOR_CLAIM] }),
      practice('no-pupil-photos', 'page'),
      practice('sign-posts', 'page'),
      practice('recheck-after-updates', 'page'),
    ],
  },
];
