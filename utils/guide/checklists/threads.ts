// Threads checklists for a child's account, account page included (threads.com, formerly
// threads.net). Under-18s get Threads supervision through Instagram's Family Centre, and have no
// direct messages on Threads.
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

const INSTAGRAM_BIRTHDAY = cite(
  'https://help.instagram.com/366075557613433',
  'Instagram Help Centre: why Instagram is asking for your birthday',
  D,
);
const PART_OF_INSTAGRAM = cite(
  'https://www.lincolnshireworld.com/read-this/twitter-rival-threads-wont-let-you-delete-app-without-also-deleting-instagram-4209372',
  'LincolnshireWorld: Threads is part of your Instagram account (supplemental privacy policy, July 2023)',
  D,
);
const LEAVING_META = cite(
  'https://ugandapost.news/how-to-delete-facebook-instagram-and-threads-accounts-a-step-by-step-guide/',
  'How to download your data and delete Facebook, Instagram and Threads accounts (guide)',
  D,
);
const SEPARATE_DELETION = cite(
  'https://www.techlusive.in/apps/threads-will-soon-let-you-delete-account-with-your-nuking-instagram-profile-1413414/',
  'Techlusive: Threads deactivation, and deletion without deleting Instagram promised by Meta (September 2023)',
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
  {
    platform: 'threads',
    contexts: ['account'],
    version: D,
    items: [
      item('same-as-instagram', PART_OF_INSTAGRAM, { pathConfirmed: true }),
      item('instagram-birthday', INSTAGRAM_BIRTHDAY),
      item('download-information', LEAVING_META),
      item('deactivate-or-delete', SEPARATE_DELETION),
    ],
  },
];
