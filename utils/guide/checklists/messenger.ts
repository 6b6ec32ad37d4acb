// Messenger checklists for a child's account (messenger.com and the app). Blocking and privacy
// are shared with Facebook through Accounts Centre; supervision is Meta's Family Center. The
// passages are quoted in facebook.ts, which shares these settings.
import { cite, item } from './build';
import {
  FAMILY_CENTER,
  FC_BLOCK,
  FC_LATEST_APP,
  FC_REPORT,
  FC_RESTRICT,
  FC_SHOWS,
  MESSAGE_CONTROL,
  MS_DELIVERY_CHOICE,
  MS_DELIVERY_PATH,
  MS_PHONE,
  MS_REQUESTS,
} from './facebook';
import { carerContactsAgreed, carerNoWhereabouts, carerPhotosAgreed, carerRecordAndTell } from './shared/carer';
import type { Checklist } from './types';

const READ = '2026-12-04';
// Cited before and not read again: no stored copy of it was found.
const PRIVACY_AND_SAFETY = cite(
  'https://www.messenger.com/help/1064701417063145',
  'Messenger Help Centre: privacy and safety in Messenger',
  '2026-11-21',
);

export const messengerChecklists: Checklist[] = [
  {
    platform: 'messenger',
    contexts: ['privacy'],
    version: READ,
    items: [
      item('active-status', PRIVACY_AND_SAFETY),
      item('story-audience', PRIVACY_AND_SAFETY),
      item('phone-number-requests', MESSAGE_CONTROL, { evidence: [MS_DELIVERY_PATH, MS_PHONE] }),
      carerPhotosAgreed,
      carerNoWhereabouts,
    ],
  },
  {
    platform: 'messenger',
    contexts: ['safety'],
    version: READ,
    items: [
      item('restrict', FAMILY_CENTER, { evidence: [FC_RESTRICT] }),
      item('report', FAMILY_CENTER, { evidence: [FC_REPORT] }),
      item('supervision-where', FAMILY_CENTER, { appOnly: true, evidence: [FC_LATEST_APP, FC_SHOWS] }),
      carerRecordAndTell,
    ],
  },
  {
    platform: 'messenger',
    contexts: ['messaging'],
    version: READ,
    items: [
      item('message-delivery', MESSAGE_CONTROL, { evidence: [MS_DELIVERY_PATH, MS_DELIVERY_CHOICE] }),
      item('requests-folder', MESSAGE_CONTROL, { evidence: [MS_REQUESTS] }),
      item('block', FAMILY_CENTER, { evidence: [FC_BLOCK] }),
      carerContactsAgreed,
    ],
  },
];
