// The panel's small preferences in the `settings` store: collapsed or not (per platform), for
// whom the reviews are (per platform: a child's random id, never a name), and the audience last picked, per platform (one for its family pages, one for its group and page
// settings, whose default is organisation), so one platform's page never changes what another's
// shows (security audit 2026-12, 2a). Runs where the guide routes run: the panel frame or the background.
import { getSetting, setSetting } from '../storage/db';
import { defaultAudienceFor, isAudience, type Audience, type Context, type PlatformId } from '../taxonomy';

const collapsedKey = (platform: PlatformId) => `panel.collapsed.${platform}`;
const audienceKey = (platform: PlatformId, context: Context) =>
  `panel.audience.${platform}.${defaultAudienceFor(context) === 'organisation' ? 'organisation-pages' : 'family-pages'}`;

export async function isCollapsed(platform: PlatformId): Promise<boolean> {
  return (await getSetting<boolean>(collapsedKey(platform))) === true;
}

export async function setCollapsed(platform: PlatformId, collapsed: boolean): Promise<void> {
  await setSetting(collapsedKey(platform), collapsed);
}

export async function rememberedAudience(platform: PlatformId, context: Context): Promise<Audience | undefined> {
  const value = await getSetting<unknown>(audienceKey(platform, context));
  return isAudience(value) ? value : undefined;
}

export async function rememberAudience(platform: PlatformId, context: Context, audience: Audience): Promise<void> {
  await setSetting(audienceKey(platform, context), audience);
}

const forWhomKey = (platform: PlatformId) => `panel.forWhom.${platform}`;

/** For whom reviews on this platform are: a child's id, 'none' (no child of the passport), or not asked yet. */
export type ForWhomChoice = { childId: string } | 'none';

export async function rememberedForWhom(platform: PlatformId): Promise<ForWhomChoice | undefined> {
  const value = await getSetting<unknown>(forWhomKey(platform));
  if (value === 'none') return 'none';
  return typeof value === 'string' && value.length > 0 ? { childId: value } : undefined;
}

/** Remembers the answer; `undefined` forgets it (the child left the passport: ask again). */
export async function rememberForWhom(platform: PlatformId, choice: ForWhomChoice | undefined): Promise<void> {
  await setSetting(forWhomKey(platform), choice === undefined ? undefined : choice === 'none' ? 'none' : choice.childId);
}

/** The user's country: the one chosen in Vigie's settings, else the region of the browser's languages. */
export async function userCountry(languageTags: readonly string[]): Promise<string | undefined> {
  const chosen = await getSetting<unknown>('country');
  if (typeof chosen === 'string' && /^[A-Za-z]{2}$/.test(chosen)) return chosen.toUpperCase();
  return countryFromLanguageTags(languageTags);
}

/** "fr-FR" → "FR"; a tag without a region ("fr") says nothing about the country. */
export function countryFromLanguageTags(tags: readonly string[]): string | undefined {
  for (const tag of tags) {
    const region = tag.split(/[-_]/).slice(1).find((part) => /^[A-Za-z]{2}$/.test(part));
    if (region) return region.toUpperCase();
  }
  return undefined;
}
