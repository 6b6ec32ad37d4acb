// WhatsApp group settings for staff running a class or parents' group.
// A child's own account is in whatsapp.ts.
import { ORGANISATION, cite, item } from './build';
import { practice } from './shared/organisation';
import type { Checklist } from './types';
import { WHATSAPP_PRIVACY } from './whatsapp';

const GROUP_ADMIN = cite(
  'https://faq.whatsapp.com/526742385997912',
  'WhatsApp Help Centre: how to change group admin settings',
  '2026-11-21',
);
const staff = { audiences: ORGANISATION };
const helpPath = { ...staff, pathConfirmed: true };

export const whatsappGroupChecklists: Checklist[] = [
  {
    platform: 'whatsapp',
    contexts: ['group'],
    version: '2026-11-21',
    items: [
      item('group-send-messages', GROUP_ADMIN, helpPath),
      item('group-edit-settings', GROUP_ADMIN, helpPath),
      item('group-approve-members', GROUP_ADMIN, helpPath),
      item('group-numbers-visible', WHATSAPP_PRIVACY, staff),
      item('group-membership-review', GROUP_ADMIN, staff),
      practice('no-pupil-photos', 'group'),
      practice('no-sensitive-groups', 'group'),
      practice('tell-newcomers', 'group'),
    ],
  },
];
