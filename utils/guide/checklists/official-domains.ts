// Each platform's own domains: where a checklist item's path, default or claim may be proved from
// (utils/evidence.ts). A help page elsewhere — a news site, a blog, a guide copied onto another
// host — can describe a setting but never confirms it. Advice ("why it matters") may also come
// from a recognised child-safety body (CHILD_SAFETY_BODIES).
import type { PlatformId } from '../../taxonomy';

export const OFFICIAL_DOMAINS: Readonly<Record<PlatformId, readonly string[]>> = {
  // ClassDojo's help centre is also served from its Zendesk host (help.classdojo.com points there).
  classdojo: ['classdojo.com', 'classdojo.zendesk.com'],
  discord: ['discord.com'],
  // Facebook's messages are Messenger's, whose help Meta publishes on messenger.com.
  facebook: ['facebook.com', 'meta.com', 'fb.com', 'messenger.com'],
  google: ['google.com', 'blog.google'],
  'google-classroom': ['google.com'],
  instagram: ['instagram.com', 'meta.com'],
  linkedin: ['linkedin.com'],
  messenger: ['messenger.com', 'facebook.com', 'meta.com'],
  meta: ['meta.com', 'facebook.com', 'instagram.com'],
  microsoft: ['microsoft.com'],
  pinterest: ['pinterest.com'],
  pronote: ['index-education.com'],
  roblox: ['roblox.com'],
  seesaw: ['seesaw.com', 'seesaw.me'],
  snapchat: ['snapchat.com', 'snap.com'],
  threads: ['threads.com', 'threads.net', 'instagram.com', 'meta.com'],
  tiktok: ['tiktok.com'],
  twitch: ['twitch.tv'],
  whatsapp: ['whatsapp.com', 'meta.com'],
  x: ['x.com', 'twitter.com'],
  youtube: ['youtube.com', 'google.com', 'blog.youtube'],
  yubo: ['yubo.live'],
};
