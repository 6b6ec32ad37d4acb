// Discord server (guild) settings for school or club staff running a server for pupils or
// families. A child's own account is in discord.ts.
import { ORGANISATION, cite, item } from './build';
import { practice } from './shared/organisation';
import type { Checklist } from './types';

const D = '2026-11-21';
const SAFE_SERVER = cite(
  'https://discord.com/safety/360043653152-Four-steps-to-a-super-safe-server',
  'Discord Safety Center: four steps to a super safe server',
  D,
);
const settingsPath = { audiences: ORGANISATION, pathConfirmed: true };

export const discordGroupChecklists: Checklist[] = [
  {
    platform: 'discord',
    contexts: ['group'],
    version: D,
    items: [
      item('server-verification-level', SAFE_SERVER, settingsPath),
      item('server-explicit-filter', SAFE_SERVER, settingsPath),
      item('server-roles', SAFE_SERVER, settingsPath),
      item('server-moderator-2fa', SAFE_SERVER, settingsPath),
      practice('no-pupil-photos', 'group'),
      practice('service-account', 'group'),
      practice('tell-newcomers', 'group'),
      practice('recheck-after-updates', 'group'),
    ],
  },
];
