// The shared vocabulary of detection, checklists and tests (DESIGN.md, "Taxonomy").
// Pure data: safe to import from the content script, the background and Node.

export const PLATFORM_IDS = [
  'facebook', 'instagram', 'messenger', 'whatsapp', 'tiktok', 'snapchat', 'youtube', 'x',
  'discord', 'roblox', 'yubo', 'pinterest', 'threads', 'twitch', 'linkedin', 'google',
  'microsoft', 'meta', 'classdojo', 'seesaw', 'google-classroom', 'pronote',
] as const;
export type PlatformId = (typeof PLATFORM_IDS)[number];

/**
 * What a settings page is about. `report` is a platform's own report flow or form (its help or
 * support host included): there the panel gives what to keep before reporting, not a checklist of
 * switches.
 */
export const CONTEXTS = ['privacy', 'safety', 'messaging', 'account', 'group', 'page', 'supervision', 'report'] as const;
export type Context = (typeof CONTEXTS)[number];

/** Who is looking at the page. */
export const AUDIENCES = ['parent', 'carer', 'organisation'] as const;
export type Audience = (typeof AUDIENCES)[number];

/**
 * A child's age band, as the passport keeps it; shared because the guide's advice depends on it
 * (the panel guides for the child a review is for).
 */
export const AGE_BANDS = ['under-8', '8-10', '11-12', '13-15', '16-17', '18+'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

export const LANGUAGES = ['en', 'fr'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Group and page settings are run by staff; everything else is a family looking at a child's account. */
export function defaultAudienceFor(context: Context): Audience {
  return context === 'group' || context === 'page' ? 'organisation' : 'parent';
}

export function isPlatformId(value: unknown): value is PlatformId {
  return typeof value === 'string' && (PLATFORM_IDS as readonly string[]).includes(value);
}
export function isContext(value: unknown): value is Context {
  return typeof value === 'string' && (CONTEXTS as readonly string[]).includes(value);
}
export function isAgeBand(value: unknown): value is AgeBand {
  return typeof value === 'string' && (AGE_BANDS as readonly string[]).includes(value);
}

export function isAudience(value: unknown): value is Audience {
  return typeof value === 'string' && (AUDIENCES as readonly string[]).includes(value);
}
