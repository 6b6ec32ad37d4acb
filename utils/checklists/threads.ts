// Threads checklists for a child's account (threads.com, formerly threads.net). Under-18s get
// Threads supervision through Instagram's Family Centre, and have no direct messages on Threads.
import { cite, item } from './build';
import { carerContactsAgreed, carerNoWhereabouts, carerPhotosAgreed, carerRecordAndTell } from './shared/carer';
import type { Checklist } from './types';

const D = '2026-11-21';
const VODAFONE = cite(
  'https://www.vodafone.co.uk/newscentre/smart-living/digital-parenting/digital-parenting-pro/threads/',
  'Vodafone Digital Parenting Pro: Threads',
  D,
);
const PRIVACY_SETTINGS = cite(
  'https://www.howtogeek.com/instagram-threads-privacy-settings-you-should-change-right-now/',
  'How-To Geek: Threads privacy settings to change (December 2024)',
  D,
);
const FOLLOWERS = cite(
  'https://history-computer.com/how-to-change-your-privacy-settings-in-threads/',
  'History-Computer: how to change your privacy settings in Threads',
  D,
);

export const threadsChecklists: Checklist[] = [
  {
    platform: 'threads',
    contexts: ['privacy'],
    version: D,
    items: [
      item('private-profile', PRIVACY_SETTINGS),
      item('profile-details', VODAFONE),
      item('under-16-public', VODAFONE),
      carerPhotosAgreed,
      carerNoWhereabouts,
    ],
  },
  {
    platform: 'threads',
    contexts: ['safety'],
    version: D,
    items: [
      item('sensitive-content', VODAFONE),
      item('remove-followers', FOLLOWERS),
      item('supervision-where', VODAFONE, { appOnly: true }),
      carerRecordAndTell,
    ],
  },
  {
    platform: 'threads',
    contexts: ['messaging'],
    version: D,
    items: [
      item('no-messages-under-18', VODAFONE),
      item('replies-and-quotes', PRIVACY_SETTINGS),
      item('mentions', PRIVACY_SETTINGS),
      carerContactsAgreed,
    ],
  },
];
