// Issue 18, points 3 and 4. A screen a platform adds to its settings area after the packs were
// written still gets the platform's general (account) checklist, because each pack ends with a
// rule for its whole settings area; and the ordinary pages of the same hosts (feeds, profiles,
// posts, search) get nothing. The future screens below are invented on purpose: no rule may
// name them.
import { describe, expect, it } from 'vitest';
import { detectPage } from '../../../utils/detection/detect';

const NEW_SCREEN = 'a-screen-added-in-2027';

/** Each platform's settings area, as its own settings URLs share it. */
const SETTINGS_AREAS: Array<[string, string]> = [
  ['facebook', `https://www.facebook.com/settings/${NEW_SCREEN}/`],
  ['instagram', `https://www.instagram.com/accounts/${NEW_SCREEN}/`],
  ['x', `https://x.com/settings/${NEW_SCREEN}`],
  ['tiktok', `https://www.tiktok.com/setting/${NEW_SCREEN}`],
  ['youtube', `https://www.youtube.com/account_${NEW_SCREEN.replace(/-/g, '_')}`],
  ['discord', `https://discord.com/settings/${NEW_SCREEN}`],
  ['pinterest', `https://www.pinterest.com/settings/${NEW_SCREEN}`],
  ['twitch', `https://www.twitch.tv/settings/${NEW_SCREEN}`],
  ['snapchat', `https://accounts.snapchat.com/accounts/${NEW_SCREEN}`],
  ['linkedin', `https://www.linkedin.com/mypreferences/d/${NEW_SCREEN}`],
  ['google', `https://myaccount.google.com/${NEW_SCREEN}`],
  ['roblox', `https://www.roblox.com/my/account#!/${NEW_SCREEN}`],
];

/** Ordinary pages of matched hosts: nothing may show there. */
const ORDINARY_PAGES = [
  'https://www.facebook.com/', 'https://www.facebook.com/watch/', 'https://www.facebook.com/groups/feed/',
  'https://www.facebook.com/search/top?q=privacy%20settings', 'https://www.instagram.com/', 'https://www.instagram.com/p/C1a2b3c4d5e/',
  'https://www.instagram.com/reels/', 'https://www.instagram.com/explore/search/', 'https://x.com/home', 'https://x.com/search?q=settings',
  'https://x.com/exampleuser/status/1234567890', 'https://www.tiktok.com/foryou', 'https://www.tiktok.com/@exampleuser/video/7123456789012345678',
  'https://www.youtube.com/', 'https://www.youtube.com/watch?v=dQw4w9WgXcQ', 'https://www.youtube.com/results?search_query=account+settings',
  'https://discord.com/channels/@me', 'https://www.pinterest.com/search/pins/?q=settings', 'https://www.twitch.tv/directory',
  'https://www.linkedin.com/feed/', 'https://www.linkedin.com/in/exampleuser/', 'https://www.roblox.com/home', 'https://www.roblox.com/games/920587237',
];

describe('a settings screen no rule names', () => {
  it.each(SETTINGS_AREAS)('%s: %s gets the platform, in a settings context', (platform, url) => {
    const match = detectPage(url);
    expect(match?.platform, `${url} should fall back to ${platform}'s settings area`).toBe(platform);
    expect(match?.context).toBe('account');
  });
});

describe('ordinary pages of the same hosts', () => {
  it.each(ORDINARY_PAGES)('%s shows nothing', (url) => {
    expect(detectPage(url)).toBeNull();
  });
});
