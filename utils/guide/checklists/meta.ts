// Meta Family Center (familycenter.meta.com): supervision of a teen's Facebook and Messenger
// (Instagram's own supervision checklist is in instagram.ts).
import { cite, item, quoted } from './build';
import { FAMILY_CENTER, FC_LATEST_APP, FC_SHOWS } from './facebook';
import { agreeTogether } from './shared/agreement';
import { carerSupervisionAgreed } from './shared/carer';
import type { Checklist } from './types';

const READ = '2026-12-04';
// Instagram's help describes the invitation that every Meta supervision starts with.
const INVITE_URL = 'https://help.instagram.com/mobile-touch/472274307935829?helpref=faq_content';
const INVITE = cite(INVITE_URL, 'Instagram Help Centre: set up teen supervision on Instagram', READ);

export const metaChecklists: Checklist[] = [
  {
    platform: 'meta',
    contexts: ['supervision'],
    version: READ,
    items: [
      item('shows', FAMILY_CENTER, { evidence: [FC_SHOWS] }),
      item('teen-opts-in', INVITE, {
        evidence: [
          quoted(INVITE_URL, 'en', READ, ['claim'],
            'Setting up supervision on Instagram requires both a teen and their parent. First, a teen or their parent sends an invite for supervision. Then, the invite must be accepted for supervision to start.'),
        ],
      }),
      item('where', FAMILY_CENTER, { appOnly: true, evidence: [FC_LATEST_APP] }),
      agreeTogether,
      carerSupervisionAgreed,
    ],
  },
];
