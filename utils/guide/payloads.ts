// Strict shapes of the panel's messages: exactly these keys, of these types, naming a page that a
// rule pack declares. Anything else is refused before a handler runs (the content script lives in
// someone else's page, so its messages are checked like input from outside).
import { rulePacks } from '../detection/platforms';
import type { PageRule, RulePack } from '../detection/platforms/types';
import { isAudience, isPlatformId, type Audience, type PlatformId } from '../taxonomy';
import type { GuidePage } from './messages';

type Fields = Record<string, unknown>;

/** The payload as a plain object with exactly `keys`, or undefined. */
export function exactly(payload: unknown, keys: readonly string[]): Fields | undefined {
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) return undefined;
  if (Object.getPrototypeOf(payload) !== Object.prototype) return undefined;
  const own = Object.keys(payload);
  if (own.length !== keys.length || !keys.every((key) => Object.hasOwn(payload, key))) return undefined;
  return payload as Fields;
}

export function packOf(platform: PlatformId): RulePack | undefined {
  return rulePacks.find((pack) => pack.id === platform);
}

export function pageRuleOf(page: GuidePage): PageRule | undefined {
  return packOf(page.platform)?.pages.find((rule) => rule.id === page.pageId);
}

function page(fields: Fields): GuidePage | undefined {
  const { platform, pageId } = fields;
  if (!isPlatformId(platform) || typeof pageId !== 'string') return undefined;
  return pageRuleOf({ platform, pageId }) ? { platform, pageId } : undefined;
}

export function parseGuidePage(payload: unknown): GuidePage | undefined {
  const fields = exactly(payload, ['platform', 'pageId']);
  return fields && page(fields);
}

export function parseAudienceChoice(payload: unknown): (GuidePage & { audience: Audience }) | undefined {
  const fields = exactly(payload, ['platform', 'pageId', 'audience']);
  const at = fields && page(fields);
  if (!at || !isAudience(fields.audience)) return undefined;
  return { ...at, audience: fields.audience };
}

/** A child's id as the passport makes them (a UUID, or an imported id of the same shape). */
const CHILD_ID = /^[A-Za-z0-9_-]{1,64}$/;
/** Never a name a lookup could mistake for a built-in ("__proto__", "toString"). */
const isChildId = (value: unknown): value is string => typeof value === 'string' && CHILD_ID.test(value) && !(value in Object.prototype);

export function parseTick(payload: unknown): (GuidePage & { audience: Audience; itemId: string; ticked: boolean; childId: string | null }) | undefined {
  const fields = exactly(payload, ['platform', 'pageId', 'audience', 'itemId', 'ticked', 'childId']);
  const at = fields && page(fields);
  if (!at || !isAudience(fields.audience) || typeof fields.ticked !== 'boolean') return undefined;
  // Whether the item belongs to this page's checklist is checked by the handler, which has the checklist.
  if (typeof fields.itemId !== 'string' || fields.itemId.length === 0 || fields.itemId.length > 100) return undefined;
  // Whether the child is in the passport is checked by the handler, which reads it.
  if (fields.childId !== null && !isChildId(fields.childId)) return undefined;
  return { ...at, audience: fields.audience, itemId: fields.itemId, ticked: fields.ticked, childId: fields.childId };
}

export function parseForWhom(payload: unknown): (GuidePage & { forWhom: string }) | undefined {
  const fields = exactly(payload, ['platform', 'pageId', 'forWhom']);
  const at = fields && page(fields);
  if (!at || (fields.forWhom !== 'none' && !isChildId(fields.forWhom))) return undefined;
  return { ...at, forWhom: fields.forWhom as string };
}

export function parseCollapsed(payload: unknown): { platform: PlatformId; collapsed: boolean } | undefined {
  const fields = exactly(payload, ['platform', 'collapsed']);
  if (!fields || !isPlatformId(fields.platform) || !packOf(fields.platform) || typeof fields.collapsed !== 'boolean') return undefined;
  return { platform: fields.platform, collapsed: fields.collapsed };
}
