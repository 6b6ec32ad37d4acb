// Meta Family Center (familycenter.meta.com): supervision of a teen's Facebook and Messenger
// (Instagram's own supervision checklist is in instagram.ts).
import { cite, item } from './build';
import { agreeTogether } from './shared/agreement';
import { carerSupervisionAgreed } from './shared/carer';
import type { Checklist } from './types';

const D = '2026-11-21';
const FAMILY_CENTER = cite(
  'https://familycenter.meta.com/our-products/facebook-messenger',
  'Meta Family Center: Facebook and Messenger tools for parents',
  D,
);
const OPT_IN = cite(
  'https://www.ksby.com/meta-adds-parental-supervision-tools-to-facebook-instagram',
  'KSBY (Scripps News): Meta adds parental supervision tools; teens must opt in (2023)',
  D,
);
const NOT_MESSAGES = cite(
  'https://techmoran.com/2023/07/03/meta-introduces-new-parental-supervision-tools-on-messenger',
  'TechMoran: Meta’s Messenger supervision does not let parents read messages (July 2023)',
  D,
);

export const metaChecklists: Checklist[] = [
  {
    platform: 'meta',
    contexts: ['supervision'],
    version: D,
    items: [
      item('shows', FAMILY_CENTER),
      item('does-not-show', NOT_MESSAGES),
      item('teen-opts-in', OPT_IN),
      item('where', FAMILY_CENTER, { appOnly: true }),
      agreeTogether,
      carerSupervisionAgreed,
    ],
  },
];
