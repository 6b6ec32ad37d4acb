// YouTube checklists: a child's account (privacy, safety, comments as its messaging, account,
// supervision) and a school or centre channel in YouTube Studio (page context, for staff).
import { ORGANISATION, cite, item } from './build';
import { agreeTogether } from './shared/agreement';
import {
  carerContactsAgreed,
  carerNoWhereabouts,
  carerPhotosAgreed,
  carerRecordAndTell,
  carerSupervisionAgreed,
} from './shared/carer';
import { practice } from './shared/organisation';
import type { Checklist } from './types';

const D = '2026-11-21';
const SUPERVISED_FAQ = cite(
  'https://support.google.com/youtube/answer/10315824?hl=en',
  'YouTube Help: FAQs for parents about supervised accounts',
  D,
);
const TEEN_SUPERVISION = cite(
  'https://support.google.com/youtube/answer/15253498?hl=en-GB',
  'YouTube Help: supervision for teens, and downloading your data with Google Takeout',
  D,
);
const TEEN_SET_UP = cite(
  'https://www.newsbytesapp.com/news/science/youtube-offers-supervised-experience-for-teens-how-to-use-it/story',
  'NewsBytes: how to set up a teen supervised experience on YouTube (December 2024)',
  D,
);
const INTERNET_MATTERS = cite(
  'https://www.internetmatters.org/parental-controls/entertainment-search-engines/youtube-app/',
  'Internet Matters: YouTube parental controls',
  D,
);
const MODERATE = cite(
  'https://support.google.com/youtube/answer/111870?hl=en-GB',
  'YouTube Help: moderate and review comments',
  D,
);
const CREATOR_COMMENTS = cite(
  'https://creatoracademy.youtube.com/page/lesson/connect-with-comments_handle-inappropriate-comments_list',
  'YouTube Creator Academy: handle hurtful or inappropriate comments',
  D,
);
const PLAYLISTS = cite(
  'https://www.technobezz.com/how-to-keep-your-saved-playlists-private-on-yout',
  'Technobezz: how to keep your saved playlists private on YouTube',
  D,
);
// Gives the YouTube Studio steps (Content, the video, Visibility). Checked in the Indonesian
// copy of this article (hl=id); the English copy we could read left the steps out.
const CHANGE_VIDEO_PRIVACY = cite(
  'https://support.google.com/youtube/answer/157177',
  'YouTube Help: change video privacy settings',
  D,
);
const VIDEO_PRIVACY = cite(
  'https://www.dummies.com/relationships/raising-children/how-to-use-youtubes-privacy-options-to-protect-your-children/',
  'Dummies: how to use YouTube’s privacy options to protect your children',
  D,
);
const MADE_FOR_KIDS = cite(
  'https://blog.promolta.com/everything-you-need-to-know-about-moderating-your-youtube-comments',
  'Promolta: moderating YouTube comments (made for kids audience turns comments off)',
  D,
);
const AGE_RESTRICTED = cite(
  'https://support.google.com/youtube/answer/10070779?hl=en',
  'YouTube Help: age-restricted content for viewers (signed out or under 18)',
  D,
);
const RECOVERY = cite(
  'https://support.google.com/accounts/answer/183723?hl=en',
  'Google Account Help: set up a recovery phone number or email address',
  D,
);
const TAKEOUT = cite(
  'https://support.google.com/accounts/answer/3024190?hl=en',
  'Google Account Help: how to download your Google data (Takeout)',
  D,
);
const REMOVE_CHANNEL = cite(
  'https://viatea.es/ayuda/como-eliminar-canal-youtube/',
  'Viatea: how to delete a YouTube channel from YouTube Studio (in Spanish)',
  D,
);
const staff = { audiences: ORGANISATION };
const studioPath = { ...staff, pathConfirmed: true };

export const youtubeChecklists: Checklist[] = [
  {
    platform: 'youtube',
    contexts: ['privacy'],
    version: D,
    items: [
      item('saved-playlists-private', PLAYLISTS, { deepLink: 'https://www.youtube.com/account_privacy' }),
      item('upload-private-unlisted', CHANGE_VIDEO_PRIVACY, { pathConfirmed: true }),
      item('default-upload-visibility', VIDEO_PRIVACY),
      carerPhotosAgreed,
      carerNoWhereabouts,
    ],
  },
  {
    platform: 'youtube',
    contexts: ['safety'],
    version: D,
    items: [
      item('restricted-mode', SUPERVISED_FAQ),
      item('report', CREATOR_COMMENTS),
      item('family-centre-where', TEEN_SET_UP, { appOnly: true }),
      carerRecordAndTell,
    ],
  },
  {
    platform: 'youtube',
    contexts: ['messaging'],
    version: D,
    items: [
      item('comments-hold-review', CREATOR_COMMENTS, { pathConfirmed: true }),
      item('hide-user', MODERATE),
      item('blocked-words', CREATOR_COMMENTS, { pathConfirmed: true }),
      carerContactsAgreed,
    ],
  },
  {
    platform: 'youtube',
    contexts: ['page'],
    version: D,
    items: [
      item('studio-comments-hold', CREATOR_COMMENTS, studioPath),
      item('studio-blocked-words', CREATOR_COMMENTS, studioPath),
      item('studio-made-for-kids', MADE_FOR_KIDS, staff),
      item('studio-unlisted-class-videos', CHANGE_VIDEO_PRIVACY, studioPath),
      practice('no-pupil-photos', 'page'),
      practice('service-account', 'page'),
      practice('recheck-after-updates', 'page'),
    ],
  },
  {
    platform: 'youtube',
    contexts: ['account'],
    version: D,
    items: [
      item('birthday', AGE_RESTRICTED),
      item('google-account-recovery', RECOVERY, { pathConfirmed: true }),
      item('download-takeout', TAKEOUT, { pathConfirmed: true, deepLink: 'https://takeout.google.com/' }),
      item('delete-channel', REMOVE_CHANNEL, { pathConfirmed: true }),
    ],
  },
  {
    platform: 'youtube',
    contexts: ['supervision'],
    version: D,
    items: [
      item('teen-supervision-set-up', TEEN_SET_UP, { appOnly: true }),
      item('teen-supervision-either-can-stop', TEEN_SUPERVISION),
      item('under-13-content-levels', INTERNET_MATTERS),
      item('supervised-features', SUPERVISED_FAQ),
      agreeTogether,
      carerSupervisionAgreed,
    ],
  },
];
