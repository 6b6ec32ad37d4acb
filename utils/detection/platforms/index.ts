// The registry: one import and one entry per platform. tests/utils/detection/platforms.test.ts checks that
// every pack file in this folder is registered here and that every platform id has a pack.
import { classdojo } from './classdojo';
import { discord } from './discord';
import { facebook } from './facebook';
import { google } from './google';
import { googleClassroom } from './google-classroom';
import { instagram } from './instagram';
import { linkedin } from './linkedin';
import { messenger } from './messenger';
import { meta } from './meta';
import { microsoft } from './microsoft';
import { pinterest } from './pinterest';
import { pronote } from './pronote';
import { roblox } from './roblox';
import { seesaw } from './seesaw';
import { snapchat } from './snapchat';
import { threads } from './threads';
import { tiktok } from './tiktok';
import { twitch } from './twitch';
import { whatsapp } from './whatsapp';
import { x } from './x';
import { youtube } from './youtube';
import { yubo } from './yubo';
import type { RulePack, UrlPattern } from './types';

export const rulePacks: readonly RulePack[] = [
  facebook, instagram, messenger, whatsapp, tiktok, snapchat, youtube, x, discord, roblox, yubo, pinterest, threads,
  twitch, linkedin, google, microsoft, meta, classdojo, seesaw, googleClassroom, pronote,
];

/**
 * Match patterns for the content script: every host of every pack that has at least one settings
 * page (a pack without pages, such as Yubo's, needs no script in the page), https only.
 * `*.domain` hosts become `https://*.domain/*`, which also matches domain itself.
 */
export function contentScriptMatches(packs: readonly RulePack[] = rulePacks): string[] {
  const hosts = new Set<string>();
  for (const pack of packs) {
    if (pack.pages.length === 0) continue;
    for (const host of pack.hosts) hosts.add(host);
    for (const page of pack.pages) for (const pattern of [page.url].flat() as UrlPattern[]) for (const host of pattern.hosts ?? []) hosts.add(host);
  }
  return [...hosts].sort().map((host) => `https://${host}/*`);
}
