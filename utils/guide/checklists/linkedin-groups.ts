// LinkedIn group and Page checklists for school and centre staff (ideas from seeds 001 and 002). A
// Page's admins are staff members' own LinkedIn accounts (LinkedIn has no shared login for a Page),
// so the Page list leaves out the service-account practice.
import { ORGANISATION, cite, item, quoted } from './build';
import { practice } from './shared/organisation';
import type { Checklist } from './types';

const VERSION = '2026-12-04';
const READ = '2026-12-04';
const D = '2026-11-21';
const GROUP_PRIVACY = cite(
  'https://help.linkedin.com/app/answers/detail/a_id/4780',
  'LinkedIn Help: members-only and open groups (who sees the conversations)',
  D,
);
const JOIN_REQUESTS_URL = 'https://www.linkedin.com/help/linkedin/answer/a541728';
const JOIN_REQUESTS = cite(JOIN_REQUESTS_URL, 'LinkedIn Help: approve member requests to join your group', READ);
const PROXIED = 'Read in a stored copy of this linkedin.com page served through a proxy (s-crepy.com); the text is LinkedIn Help’s.';
const evidence = {
  joinRequests: [
    quoted(JOIN_REQUESTS_URL, 'en', READ, ['path'], 'Click Requests to join on the left rail.', PROXIED),
    quoted(JOIN_REQUESTS_URL, 'en', READ, ['path'], 'Click Approve or Deny to the right of the member’s name.', PROXIED),
  ],
  manageGroup: [
    quoted(JOIN_REQUESTS_URL, 'en', READ, ['claim'],
      "You won't receive notifications for requests to join your group, but we recommend that you check the group periodically to accept or deny any pending requests.", PROXIED),
  ],
};
const POST_REVIEW = cite(
  'https://www.linkedin.com/help/linkedin/answer/a550319',
  'LinkedIn Help: review and approve posts in your LinkedIn group',
  D,
);
const staff = { audiences: ORGANISATION };

export const linkedinGroupChecklists: Checklist[] = [
  {
    platform: 'linkedin',
    contexts: ['group'],
    version: VERSION,
    items: [
      item('group-private', GROUP_PRIVACY, staff),
      item('group-join-requests', JOIN_REQUESTS, { ...staff, evidence: evidence.joinRequests }),
      item('group-post-review', POST_REVIEW, staff),
      item('group-membership-review', JOIN_REQUESTS, { ...staff, evidence: evidence.manageGroup }),
      practice('no-pupil-photos', 'group'),
      practice('no-sensitive-groups', 'group'),
      practice('tell-newcomers', 'group'),
      practice('recheck-after-updates', 'group'),
    ],
  },
  {
    platform: 'linkedin',
    contexts: ['page'],
    version: VERSION,
    items: [
      practice('no-pupil-photos', 'page'),
      practice('sign-posts', 'page'),
      practice('recheck-after-updates', 'page'),
    ],
  },
];
