// The Twitch creator dashboard (dashboard.twitch.tv) for staff running a school, club or centre
// channel. A child's own account is in twitch.ts.
import { ORGANISATION, cite, item } from './build';
import { practice } from './shared/organisation';
import { TWITCH_ACCOUNT_PRIVACY, TWITCH_SETTINGS_TO_CHECK } from './twitch';
import type { Checklist } from './types';

const CHAT_MODES = cite(
  'https://www.streamthreats.com/platforms/twitch',
  'StreamThreats: Twitch safety guide, chat and moderation (verified October 2025)',
  '2026-11-21',
);
const staff = { audiences: ORGANISATION };

export const twitchDashboardChecklists: Checklist[] = [
  {
    platform: 'twitch',
    contexts: ['page'],
    version: '2026-11-21',
    items: [
      item('dashboard-automod', TWITCH_SETTINGS_TO_CHECK, staff),
      item('dashboard-chat-verification', TWITCH_ACCOUNT_PRIVACY, staff),
      item('dashboard-followers-only', CHAT_MODES, staff),
      item('dashboard-moderators', TWITCH_ACCOUNT_PRIVACY, staff),
      practice('no-pupil-photos', 'page'),
      practice('service-account', 'page'),
      practice('recheck-after-updates', 'page'),
    ],
  },
];
