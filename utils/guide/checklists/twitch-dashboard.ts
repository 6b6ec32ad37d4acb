// The Twitch creator dashboard (dashboard.twitch.tv) for staff running a school, club or centre
// channel. A child's own account is in twitch.ts.
import { ORGANISATION, item, quoted } from './build';
import { practice } from './shared/organisation';
import { CREATOR_CAMP, CREATOR_CAMP_EVIDENCE } from './twitch';
import type { Checklist } from './types';

const READ = '2026-12-04';
const MODERATION_PREFERENCES = quoted(CREATOR_CAMP.source.url, 'en', READ, ['claim'],
  'AutoMod can automatically apply rules for moderating your chat. You can set the level from 0-4, adjust that setting at anytime, or create a custom setting that works for your specific needs.');
const MODERATORS = quoted(CREATOR_CAMP.source.url, 'en', READ, ['claim'],
  'This role (which you can assign to other users) allows them to ban and timeout viewers in your chat, keeping your channel safe and friendly as you grow.');
const staff = { audiences: ORGANISATION };

export const twitchDashboardChecklists: Checklist[] = [
  {
    platform: 'twitch',
    contexts: ['page'],
    version: '2026-12-04',
    items: [
      item('dashboard-automod', CREATOR_CAMP, { ...staff, evidence: [MODERATION_PREFERENCES] }),
      item('dashboard-chat-verification', CREATOR_CAMP, { ...staff, evidence: CREATOR_CAMP_EVIDENCE.emailVerification }),
      item('dashboard-followers-only', CREATOR_CAMP, staff),
      item('dashboard-moderators', CREATOR_CAMP, { ...staff, evidence: [MODERATORS] }),
      practice('no-pupil-photos', 'page'),
      practice('service-account', 'page'),
      practice('recheck-after-updates', 'page'),
    ],
  },
];
