// WhatsApp group settings for staff running a class or parents' group.
// A child's own account is in whatsapp.ts.
import { ORGANISATION, cite, item, quoted } from './build';
import { practice } from './shared/organisation';
import type { Checklist } from './types';
import { NUMBER_VISIBLE, WHATSAPP_PRIVACY } from './whatsapp';

const READ = '2026-12-04';
const GROUP_ADMIN_URL = 'https://faq.whatsapp.com/526742385997912/?locale=en_US&cms_platform=iphone';
const GROUP_ADMIN = cite('https://faq.whatsapp.com/526742385997912', 'WhatsApp Help Centre: how to change group admin settings', READ);
const admin = (supports: Parameters<typeof quoted>[3], quote: string) => quoted(GROUP_ADMIN_URL, 'en', READ, supports, quote);
/** iPhone steps to the group's permissions; each item adds the switch it names. */
const PERMISSIONS = admin(['path'], 'Open the group chat, then tap the group subject.\n- Tap Group Permissions.');
const staff = { audiences: ORGANISATION };

export const whatsappGroupChecklists: Checklist[] = [
  {
    platform: 'whatsapp',
    contexts: ['group'],
    version: READ,
    items: [
      item('group-send-messages', GROUP_ADMIN, {
        ...staff,
        evidence: [PERMISSIONS, admin(['path'], 'Choose to turn on Send Messages.'),
          admin(['claim'], 'When turned off, only admins can send messages in the group.')],
      }),
      item('group-edit-settings', GROUP_ADMIN, {
        ...staff,
        evidence: [PERMISSIONS, admin(['path'], 'Choose to turn on Edit Group Settings.'),
          admin(['claim'], 'When turned off, only admins can edit group settings.')],
      }),
      item('group-approve-members', GROUP_ADMIN, {
        ...staff,
        evidence: [PERMISSIONS, admin(['path'], 'Choose to turn on Approve New Members.'),
          admin(['claim'], 'When turned on, admins must approve anyone who wants to join the group.')],
      }),
      item('group-numbers-visible', WHATSAPP_PRIVACY, { ...staff, evidence: [NUMBER_VISIBLE] }),
      item('group-membership-review', GROUP_ADMIN, staff),
      practice('no-pupil-photos', 'group'),
      practice('no-sensitive-groups', 'group'),
      practice('tell-newcomers', 'group'),
    ],
  },
];
