// Messenger checklists for a child's account (messenger.com and the app). Blocking and privacy
// are shared with Facebook through Accounts Centre; supervision is Meta's Family Center.
import { cite, item } from './build';
import { carerContactsAgreed, carerNoWhereabouts, carerPhotosAgreed, carerRecordAndTell } from './shared/carer';
import type { Checklist } from './types';

const D = '2026-11-21';
const PRIVACY_AND_SAFETY = cite(
  'https://www.messenger.com/help/1064701417063145',
  'Messenger Help Centre: privacy and safety in Messenger',
  D,
);
const FAMILY_CENTER = cite(
  'https://familycenter.meta.com/our-products/facebook-messenger',
  'Meta Family Center: Facebook and Messenger tools for parents',
  D,
);
const CHAT_ACTIONS = cite(
  'https://bighow.com/news/how-to-control-who-messages-you-on-facebook-and-instagram',
  'BigHow: how to control who messages you on Facebook and Instagram (mute, ignore, block)',
  D,
);

export const messengerChecklists: Checklist[] = [
  {
    platform: 'messenger',
    contexts: ['privacy'],
    version: D,
    items: [
      item('active-status', PRIVACY_AND_SAFETY),
      item('story-audience', PRIVACY_AND_SAFETY),
      item('phone-number-requests', PRIVACY_AND_SAFETY, { pathConfirmed: true }),
      carerPhotosAgreed,
      carerNoWhereabouts,
    ],
  },
  {
    platform: 'messenger',
    contexts: ['safety'],
    version: D,
    items: [
      item('block', FAMILY_CENTER),
      item('restrict', FAMILY_CENTER),
      item('report', FAMILY_CENTER),
      item('supervision-where', FAMILY_CENTER, { appOnly: true }),
      carerRecordAndTell,
    ],
  },
  {
    platform: 'messenger',
    contexts: ['messaging'],
    version: D,
    items: [
      item('message-delivery', PRIVACY_AND_SAFETY, { pathConfirmed: true }),
      item('requests-folder', PRIVACY_AND_SAFETY),
      item('ignore-or-block-chat', CHAT_ACTIONS),
      carerContactsAgreed,
    ],
  },
];
