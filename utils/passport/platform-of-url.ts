// Which of Vigie's platforms an address belongs to, from the rule packs' hosts (the popup's
// "record an incident" passes the tab's address). Pure; runs in the passport page.
import { rulePacks } from '../platforms';
import type { RulePack } from '../platforms/types';
import type { PlatformId } from '../taxonomy';

export function platformOfUrl(address: string, packs: readonly RulePack[] = rulePacks): PlatformId | undefined {
  let host: string;
  try {
    host = new URL(address).hostname.toLowerCase();
  } catch {
    return undefined;
  }
  for (const pack of packs) {
    const hosts = [...pack.hosts, ...pack.pages.flatMap((page) => page.url.hosts ?? [])];
    if (hosts.includes(host)) return pack.id;
  }
  return undefined;
}
