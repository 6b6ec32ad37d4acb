// WhatsApp checklists for a child's account. On the web, settings open as panels of
// web.whatsapp.com; most switches exist in the phone app as well. Group settings for staff are in
// whatsapp-groups.ts.
import { cite, item } from './build';
import { carerContactsAgreed, carerNoWhereabouts, carerPhotosAgreed, carerRecordAndTell } from './shared/carer';
import type { Checklist } from './types';

const D = '2026-11-21';
export const WHATSAPP_PRIVACY = cite(
  'https://faq.whatsapp.com/3307102709559968',
  'WhatsApp Help Centre: how to change your privacy settings',
  D,
);
const SETTINGS_TO_CHANGE = cite(
  'https://freetechtutor.com/8-whatsapp-privacy-settings-to-change-most-people-never-touch-them/',
  'FreeTechTutor: WhatsApp privacy settings to change (two-step verification, app lock)',
  D,
);
const BLOCK_AND_REPORT = cite(
  'https://www.news18.com/news/tech/five-privacy-features-to-secure-your-whatsapp-chats-2428533.html',
  'News18: WhatsApp privacy features, report and block users (2019)',
  D,
);
const helpPath = { pathConfirmed: true };

export const whatsappChecklists: Checklist[] = [
  {
    platform: 'whatsapp',
    contexts: ['privacy'],
    version: D,
    items: [
      item('last-seen', WHATSAPP_PRIVACY, helpPath),
      item('profile-photo', WHATSAPP_PRIVACY, helpPath),
      item('about', WHATSAPP_PRIVACY, helpPath),
      item('phone-number-visible', WHATSAPP_PRIVACY),
      carerPhotosAgreed,
      carerNoWhereabouts,
    ],
  },
  {
    platform: 'whatsapp',
    contexts: ['safety'],
    version: D,
    items: [
      item('two-step', SETTINGS_TO_CHANGE),
      item('block', BLOCK_AND_REPORT),
      item('report', BLOCK_AND_REPORT),
      carerRecordAndTell,
    ],
  },
  {
    platform: 'whatsapp',
    contexts: ['messaging'],
    version: D,
    items: [
      item('groups-add', WHATSAPP_PRIVACY, helpPath),
      item('calls', WHATSAPP_PRIVACY, helpPath),
      item('status-audience', WHATSAPP_PRIVACY, helpPath),
      carerContactsAgreed,
    ],
  },
];
