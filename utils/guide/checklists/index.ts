// The registry of checklists: one module per platform (large platforms split by context), each
// listed here once, sorted by platform; platforms with a report flow add the shared report list. tests/utils/guide/checklists-registry.test.ts checks that every
// module is listed.
import type { Context, PlatformId } from '../../taxonomy';
import { classdojoChecklists } from './classdojo';
import { discordChecklists } from './discord';
import { discordGroupChecklists } from './discord-groups';
import { facebookChecklists } from './facebook';
import { facebookGroupChecklists } from './facebook-groups';
import { googleChecklists } from './google';
import { googleAccountChecklists } from './google-account';
import { googleClassroomChecklists } from './google-classroom';
import { instagramChecklists } from './instagram';
import { linkedinChecklists } from './linkedin';
import { linkedinGroupChecklists } from './linkedin-groups';
import { messengerChecklists } from './messenger';
import { metaChecklists } from './meta';
import { metaAccountsCentreChecklists } from './meta-accounts-centre';
import { microsoftChecklists } from './microsoft';
import { microsoftAccountChecklists } from './microsoft-account';
import { pinterestChecklists } from './pinterest';
import { robloxChecklists } from './roblox';
import { seesawChecklists } from './seesaw';
import { snapchatChecklists } from './snapchat';
import { threadsChecklists } from './threads';
import { tiktokChecklists } from './tiktok';
import { twitchChecklists } from './twitch';
import { twitchDashboardChecklists } from './twitch-dashboard';
import { whatsappChecklists } from './whatsapp';
import { whatsappGroupChecklists } from './whatsapp-groups';
import { xChecklists } from './x';
import { youtubeChecklists } from './youtube';
import { yuboChecklists } from './yubo';
import { reportChecklist } from './shared/report';
import type { Checklist } from './types';

export const checklists: readonly Checklist[] = [
  ...classdojoChecklists,
  ...discordChecklists,
  ...discordGroupChecklists,
  ...facebookChecklists,
  ...facebookGroupChecklists,
  ...googleChecklists,
  ...googleAccountChecklists,
  ...googleClassroomChecklists,
  ...instagramChecklists,
  ...linkedinChecklists,
  ...linkedinGroupChecklists,
  ...messengerChecklists,
  ...metaChecklists,
  ...metaAccountsCentreChecklists,
  ...microsoftChecklists,
  ...microsoftAccountChecklists,
  ...pinterestChecklists,
  ...robloxChecklists,
  reportChecklist('roblox'),
  ...seesawChecklists,
  ...snapchatChecklists,
  ...threadsChecklists,
  ...tiktokChecklists,
  reportChecklist('tiktok'),
  ...twitchChecklists,
  ...twitchDashboardChecklists,
  ...whatsappChecklists,
  ...whatsappGroupChecklists,
  ...xChecklists,
  reportChecklist('x'),
  ...youtubeChecklists,
  reportChecklist('youtube'),
  ...yuboChecklists,
];

/** The checklist for a page: one naming this page id first, else one for the page's context. */
export function checklistFor(
  page: { platform: PlatformId; context: Context; pageId: string },
  registry: readonly Checklist[] = checklists,
): Checklist | undefined {
  const candidates = registry.filter((c) => c.platform === page.platform && c.contexts.includes(page.context));
  return candidates.find((c) => c.pageIds?.includes(page.pageId)) ?? candidates.find((c) => !c.pageIds);
}
