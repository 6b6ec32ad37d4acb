// One link per real channel: a service's channels that lead to the same page (3018's chat, WhatsApp,
// Messenger and app all open 3018.fr) become one entry, so a person does not try four links that
// are one. Pure: no rendering.
import type { Channel } from '../../utils/help/helplines';

export interface ChannelGroup {
  href: string;
  label: string;
  channels: Channel[];
}

/** The page a link leads to, for comparing: no scheme case, no "www.", no trailing slash. */
export function samePage(href: string): string {
  if (!href.startsWith('https:')) return href;
  try {
    const url = new URL(href);
    return `${url.hostname.replace(/^www\./, '')}${url.pathname.replace(/\/+$/, '')}${url.search}`;
  } catch {
    return href;
  }
}

/** Channels grouped by the page they open, in the order of their first appearance. */
export function groupChannels(channels: readonly Channel[]): ChannelGroup[] {
  const groups = new Map<string, ChannelGroup>();
  for (const channel of channels) {
    const key = samePage(channel.href);
    const group = groups.get(key);
    if (group) group.channels.push(channel);
    else groups.set(key, { href: channel.href, label: channel.label, channels: [channel] });
  }
  return [...groups.values()];
}
