// ── utils/guide: the checklist a person sees on a settings page ────────────────────────────────
// Owns the checklists (checklists/, as data), the view the panel draws (this file), the progress
// kept per page (progress-store.ts, progress-record.ts), the guide's messages (messages.ts) and the
// background's answers to them (routes.ts). Imports detection, help (the panel's help box), i18n,
// storage and the shared vocabulary. Imported by the background and, for types only, by the panel.
//
// Turns a detected page, a checklist, an audience and a language into exactly what the in-page
// panel shows (GuideView). Pure: the background gathers the inputs (rule pack, checklist,
// progress, helpline, preferences) and sends the result, so the content script bundles neither
// the checklists nor the locale catalogue.
import { AUDIENCES, defaultAudienceFor, type AgeBand, type Audience, type Context, type Language } from '../taxonomy';
import type { Translate } from '../i18n/translator';
import type { Checklist, ChecklistItem } from './checklists/types';
import type { DetailedPageMatch, PageMatch } from '../detection/platforms/types';
import type { ProgressRecord } from './progress-record';
import type { GuideForWhom, GuideHelpline, GuideItem, GuideView } from './messages';
import { reviewOf, tickIsCurrent, type Guidance } from './progress-store';

/** The translation of `key`, or undefined when no catalogue has it (the translator echoes the key). */
export function translated(t: Translate, key: string): string | undefined {
  const text = t(key);
  return text === key ? undefined : text;
}

/** Only https links leave the panel: a data mistake must not become a javascript: link. */
function httpsOnly(url: string | undefined): string | undefined {
  return url?.startsWith('https://') ? url : undefined;
}

export function itemsFor(checklist: Checklist | undefined, audience: Audience): ChecklistItem[] {
  return checklist?.items.filter((item) => item.audiences.includes(audience)) ?? [];
}

/** Items whose words exist; an item without its imperative cannot be shown. */
function presentableItems(checklist: Checklist | undefined, audience: Audience, t: Translate): ChecklistItem[] {
  if (!checklist) return [];
  return itemsFor(checklist, audience).filter((item) => translated(t, `checklist.${checklist.platform}.${item.id}.do`));
}

/**
 * The ids a person ticks on this page for this audience (what a review is measured against).
 * `ageBand`: the child the review is for (the age-aware items use it; until then it changes nothing).
 */
export function guidanceFor(checklist: Checklist | undefined, audience: Audience, t: Translate, ageBand?: AgeBand): Guidance {
  return { itemIds: presentableItems(checklist, audience, t).map((item) => item.id), version: checklist?.version ?? '' };
}

/**
 * Which audience the panel opens with: the one just picked; else the one remembered for this
 * kind of page if it has items here; else the page's default (organisation for groups and
 * pages); else the first audience that has items.
 */
export function pickAudience(
  context: Context,
  checklist: Checklist | undefined,
  choice: { picked?: Audience; remembered?: Audience },
): Audience {
  if (choice.picked) return choice.picked;
  const hasItems = (audience: Audience) => itemsFor(checklist, audience).length > 0;
  if (choice.remembered && hasItems(choice.remembered)) return choice.remembered;
  const fallback = defaultAudienceFor(context);
  if (hasItems(fallback)) return fallback;
  return AUDIENCES.find(hasItems) ?? fallback;
}

export function pageNameOf(match: PageMatch, t: Translate): string {
  return (
    translated(t, match.nameKey) ??
    t('panel.pageFallback', { platform: platformNameOf(match, t), context: t(`panel.context.${match.context}`) })
  );
}

function platformNameOf(match: PageMatch, t: Translate): string {
  return translated(t, `panel.platform.${match.platform}`) ?? match.platform;
}

function itemView(platform: string, item: ChecklistItem, t: Translate, progress: ProgressRecord | undefined, version: string, now: Date): GuideItem {
  const words = (part: string) => translated(t, `checklist.${platform}.${item.id}.${part}`);
  return {
    id: item.id,
    do: words('do') ?? item.id,
    why: words('why'),
    path: words('path'),
    // Shared habits name no menu ("Not a setting: …"): there is no path to mark unconfirmed.
    pathConfirmed: item.pathConfirmed || item.shared !== undefined,
    appOnly: item.appOnly ?? false,
    deepLink: httpsOnly(item.deepLink),
    source: { url: httpsOnly(item.source.url) ?? '', title: item.source.title },
    verifiedOn: item.verifiedOn,
    tickedOn: progress?.ticked[item.id],
    current: tickIsCurrent(progress, item.id, version, now),
  };
}

export interface GuideInputs {
  match: DetailedPageMatch;
  checklist: Checklist | undefined;
  audience: Audience;
  language: Language;
  /** A translator for `language`, over the whole catalogue. */
  t: Translate;
  progress: ProgressRecord | undefined;
  helpline: GuideHelpline | undefined;
  collapsed: boolean;
  /** The panel's words in `language` (passed through to the content script). */
  labels: Record<string, string>;
  now: Date;
  /** Whom the review is for (routes.ts, for-whom.ts); absent when the passport has no child. */
  forWhom?: GuideForWhom;
  /** The age band of the child the review is for: the checklist is chosen for it. */
  ageBand?: AgeBand;
}

export function resolveGuide(input: GuideInputs): GuideView {
  const { match, checklist, audience, t, progress, now } = input;
  const guidance = guidanceFor(checklist, audience, t, input.ageBand);
  const itemCounts = Object.fromEntries(
    AUDIENCES.map((a) => [a, presentableItems(checklist, a, t).length]),
  ) as Record<Audience, number>;
  return {
    language: input.language,
    platform: match.platform,
    pageId: match.pageId,
    context: match.context,
    pageName: pageNameOf(match, t),
    platformName: platformNameOf(match, t),
    audience,
    itemCounts,
    items: presentableItems(checklist, audience, t).map((item) => itemView(match.platform, item, t, progress, guidance.version, now)),
    review: reviewOf(progress, guidance, now),
    help: { helpline: input.helpline, reportUrl: httpsOnly(match.reportUrl), helpUrl: httpsOnly(match.helpUrl) },
    collapsed: input.collapsed,
    ...(input.forWhom ? { forWhom: input.forWhom } : {}),
    ...(input.ageBand ? { ageBand: input.ageBand } : {}),
    labels: input.labels,
  };
}
