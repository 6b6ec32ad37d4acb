// Discord server (guild) settings for school or club staff running a server for pupils or
// families. A child's own account is in discord.ts.
import { ORGANISATION, cite, item, quoted } from './build';
import { practice } from './shared/organisation';
import type { Checklist } from './types';

const VERSION = '2026-12-04';
const READ = '2026-12-04';
const SAFE_SERVER_URL = 'https://discord.com/safety/360043653152-Four-steps-to-a-super-safe-server';
const SAFE_SERVER = cite(SAFE_SERVER_URL, 'Discord Safety Center: four steps to a super safe server', READ);
const DATED = 'The stored copy is dated May 12, 2022; an older copy of the same page says "Moderation" where this one says "Safety Setup".';
/** These passages were read in a stored mirror of the same version of the page, whose discord.com copy was cut short. */
const MIRRORED = 'Read in a stored mirror (31.31.203.206:606) of the same version of this page; the stored discord.com copy was cut before this passage.';

const evidence = {
  verificationLevel: [
    quoted(SAFE_SERVER_URL, 'en', READ, ['path'],
      'You can find this option in the Safety Setup section of your Server Settings.', DATED),
    quoted(SAFE_SERVER_URL, 'en', READ, ['claim'],
      'Low - Members in the server must have a verified email on their Discord account to begin chatting. We recommend this setting for any server where you’re putting an invite link on the internet!', DATED),
  ],
  explicitFilter: [
    quoted(SAFE_SERVER_URL, 'en', READ, ['claim'],
      'The explicit image filter automatically blocks messages in a server that may contain explicit images in channels not marked as Age-restricted.', MIRRORED),
  ],
  roles: [
    quoted(SAFE_SERVER_URL, 'en', READ, ['path'], 'You can find these options in the Roles section of your Server Settings.', DATED),
  ],
  moderator2fa: [
    quoted(SAFE_SERVER_URL, 'en', READ, ['path'],
      'If you are the server owner, you can enable the 2FA requirement for moderation in the Safety Setup section of your Server Settings.', MIRRORED),
  ],
};
const staff = { audiences: ORGANISATION };

export const discordGroupChecklists: Checklist[] = [
  {
    platform: 'discord',
    contexts: ['group'],
    version: VERSION,
    items: [
      item('server-verification-level', SAFE_SERVER, { ...staff, evidence: evidence.verificationLevel }),
      item('server-explicit-filter', SAFE_SERVER, { ...staff, evidence: evidence.explicitFilter }),
      item('server-roles', SAFE_SERVER, { ...staff, evidence: evidence.roles }),
      item('server-moderator-2fa', SAFE_SERVER, { ...staff, evidence: evidence.moderator2fa }),
      practice('no-pupil-photos', 'group'),
      practice('service-account', 'group'),
      practice('tell-newcomers', 'group'),
      practice('recheck-after-updates', 'group'),
    ],
  },
];
