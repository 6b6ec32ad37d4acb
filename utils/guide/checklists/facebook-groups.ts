// Facebook group and Page checklists for school and centre staff (seeds 001 and 002).
// A child's own account is in facebook.ts.
import { ORGANISATION, cite, item } from './build';
import { practice } from './shared/organisation';
import { DEVON_PILOT, SCHOOLS_AND_GROUP_PRIVACY } from './shared/sources';
import type { Checklist } from './types';

const D = '2026-11-21';
const SCHOOL_PAGES = cite(
  'https://pacificschools.freshdesk.com/support/solutions/articles/6000255783-how-to-adjust-profanity-filters-other-page-settings',
  'Pacific Schools: Facebook Page settings for school pages (visitor posts, profanity filter)',
  D,
);
const staff = { audiences: ORGANISATION };

export const facebookGroupChecklists: Checklist[] = [
  {
    platform: 'facebook',
    contexts: ['group'],
    version: D,
    items: [
      // Facebook Community's own page says where the setting is: the group's admin tools, "Privacy".
      item('group-private', SCHOOLS_AND_GROUP_PRIVACY, { ...staff, pathConfirmed: true }),
      item('group-membership-review', SCHOOLS_AND_GROUP_PRIVACY, staff),
      item('group-post-approval', DEVON_PILOT, staff),
      practice('no-pupil-photos', 'group'),
      practice('service-account', 'group'),
      practice('no-sensitive-groups', 'group'),
      practice('tell-newcomers', 'group'),
      practice('recheck-after-updates', 'group'),
    ],
  },
  {
    platform: 'facebook',
    contexts: ['page'],
    version: D,
    items: [
      item('page-visitor-posts', SCHOOL_PAGES, staff),
      item('page-comment-notifications', DEVON_PILOT, staff),
      item('page-access-review', DEVON_PILOT, staff),
      item('page-profanity-filter', SCHOOL_PAGES, staff),
      practice('no-pupil-photos', 'page'),
      practice('service-account', 'page'),
      practice('sign-posts', 'page'),
      practice('recheck-after-updates', 'page'),
    ],
  },
];
