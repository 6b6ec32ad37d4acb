// LinkedIn group and Page checklists for school and centre staff (seeds 001 and 002). A Page's
// admins are staff members' own LinkedIn accounts (LinkedIn has no shared login for a Page), so
// the Page list replaces the service-account practice with a review of its admins.
import { ORGANISATION, cite, item } from './build';
import { practice } from './shared/organisation';
import { DEVON_PILOT } from './shared/sources';
import type { Checklist } from './types';

const D = '2026-11-21';
const GROUP_PRIVACY = cite(
  'https://help.linkedin.com/app/answers/detail/a_id/4780',
  'LinkedIn Help: members-only and open groups (who sees the conversations)',
  D,
);
const JOIN_REQUESTS = cite(
  'https://www.linkedin.com/help/linkedin/answer/a541728',
  'LinkedIn Help: approve member requests to join your group',
  D,
);
const POST_REVIEW = cite(
  'https://www.linkedin.com/help/linkedin/answer/a550319',
  'LinkedIn Help: review and approve posts in your LinkedIn group',
  D,
);
const PAGE_ADMINS = cite(
  'https://www.footprint.co.uk/linkedin/how-to-give-admin-access-to-your-linkedin-company-page',
  'Footprint: give admin access to your LinkedIn Page (quoting LinkedIn Help on super admins)',
  D,
);
const staff = { audiences: ORGANISATION };

export const linkedinGroupChecklists: Checklist[] = [
  {
    platform: 'linkedin',
    contexts: ['group'],
    version: D,
    items: [
      item('group-private', GROUP_PRIVACY, staff),
      item('group-join-requests', JOIN_REQUESTS, { ...staff, pathConfirmed: true }),
      item('group-post-review', POST_REVIEW, { ...staff, pathConfirmed: true }),
      item('group-membership-review', DEVON_PILOT, staff),
      practice('no-pupil-photos', 'group'),
      practice('no-sensitive-groups', 'group'),
      practice('tell-newcomers', 'group'),
      practice('recheck-after-updates', 'group'),
    ],
  },
  {
    platform: 'linkedin',
    contexts: ['page'],
    version: D,
    items: [
      item('page-admins-review', PAGE_ADMINS, { ...staff, pathConfirmed: true }),
      item('page-two-super-admins', PAGE_ADMINS, { ...staff, pathConfirmed: true }),
      practice('no-pupil-photos', 'page'),
      practice('sign-posts', 'page'),
      practice('recheck-after-updates', 'page'),
    ],
  },
];
