// The registry: one import and one entry per platform. tests/utils/platforms.test.ts checks that
// every file in this folder is registered here.
import { facebook } from './facebook';
import type { RulePack } from './types';

export const rulePacks: readonly RulePack[] = [facebook];

/** Match patterns for the content script: every host of every pack, https only. */
export function contentScriptMatches(packs: readonly RulePack[] = rulePacks): string[] {
  const hosts = new Set<string>();
  for (const pack of packs) {
    for (const host of pack.hosts) hosts.add(host);
    for (const page of pack.pages) for (const host of page.url.hosts ?? []) hosts.add(host);
  }
  return [...hosts].sort().map((host) => `https://${host}/*`);
}
