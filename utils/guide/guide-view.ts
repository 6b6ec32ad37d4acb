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
import { fitsAgeBand, variantFor } from './age-bands';
import { digitalConsentFor } from './digital-consent';
import { languageName, pathHelpLanguage } from './path-language';

/** The translation of `key`, or undefined when no catalogue has it (the translator echoes the key). */
export function translated(t: Translate, key: string): string | undefined {
  const text = t(key);
  return text === key ? undefined : text;
}

/** Only https links leave the panel: a data mistake must not become a javascript: link. */
function httpsOnly(url: string | undefined): string | undefined {
  return url?.startsWith('https://') ? url : undefined;
}

/** The items for an audience and, when a child's age band is known, for that band. */
export function itemsFor(checklist: Checklist | undefined, audience: Audience, ageBand?: AgeBand): ChecklistItem[] {
  return checklist?.items.filter((item) => item.audiences.includes(audience) && fitsAgeBand(item, ageBand)) ?? [];
}

/** Items whose words exist; an item without its imperative cannot be shown. */
function presentableItems(checklist: Checklist | undefined, audience: Audience, t: Translate, ageBand?: AgeBand): ChecklistItem[] {
  if (!checklist) return [];
  return itemsFor(checklist, audience, ageBand).filter((item) => translated(t, `checklist.${checklist.platform}.${item.id}.do`));
}

/** The ids a person ticks on this page for this audience and age band (what a review is measured against). */
export function guidanceFor(checklist: Checklist | undefined, audience: Audience, t: Translate, ageBand?: AgeBand): Guidance {
  return { itemIds: presentableItems(checklist, audience, t, ageBand).map((item) => item.id), version: checklist?.version ?? '' };
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

interface ItemContext {
  platform: string;
  platformName: string;
  language: Language;
  t: Translate;
  progress: ProgressRecord | undefined;
  version: string;
  now: Date;
  ageBand?: AgeBand;
}

/** "(menu names from X’s help in English; …)" when no confirming passage is in the reader's language. */
function pathNoteOf(item: ChecklistItem, path: string | undefined, { platformName, language, t }: ItemContext): string | undefined {
  if (!path || item.shared !== undefined || item.noMenu === true) return undefined;
  const help = pathHelpLanguage(item.evidence, language);
  return help ? t('panel.item.pathTranslated', { platform: platformName, language: languageName(help, language) }) : undefined;
}

function itemView(item: ChecklistItem, context: ItemContext): GuideItem {
  const { platform, t, progress, version, now, ageBand } = context;
  const words = (part: string) => translated(t, `checklist.${platform}.${item.id}.${part}`);
  // A band's own words ("check it is still on") where the platform already does it for that age.
  const variant = variantFor(item, ageBand);
  const said = (part: string) => (variant && translated(t, `checklist.${platform}.${item.id}.${variant.words}.${part}`)) || words(part);
  const path = words('path');
  const pathNote = pathNoteOf(item, path, context);
  return {
    id: item.id,
    do: said('do') ?? item.id,
    why: said('why'),
    path,
    // Shared habits and rules name no menu ("Not a setting: …"): there is no path to mark unconfirmed.
    pathConfirmed: item.pathConfirmed || item.shared !== undefined || item.noMenu === true,
    ...(pathNote ? { pathNote } : {}),
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
  /** The age band of the child this review is for, when one is chosen: the items for that band. */
  ageBand?: AgeBand;
  /** The person's country (the helpline directory's id), for its age of digital consent. */
  country?: string;
  /** Whom the review is for (routes.ts, for-whom.ts); absent when the passport has no child. */
  forWhom?: GuideForWhom;
}

export function resolveGuide(input: GuideInputs): GuideView {
  const { match, checklist, audience, t, progress, now, ageBand } = input;
  const consent = digitalConsentFor(input.country, ageBand);
  const guidance = guidanceFor(checklist, audience, t, ageBand);
  const itemCounts = Object.fromEntries(
    AUDIENCES.map((a) => [a, presentableItems(checklist, a, t, ageBand).length]),
  ) as Record<Audience, number>;
  return {
    ...(ageBand ? { ageBand } : {}),
    ...(consent ? { digitalConsent: consent } : {}),
    language: input.language,
    platform: match.platform,
    pageId: match.pageId,
    context: match.context,
    pageName: pageNameOf(match, t),
    platformName: platformNameOf(match, t),
    audience,
    itemCounts,
    items: presentableItems(checklist, audience, t, ageBand).map((item) =>
      itemView(item, { platform: match.platform, platformName: platformNameOf(match, t), language: input.language, t, progress, version: guidance.version, now, ageBand }),
    ),
    review: reviewOf(progress, guidance, now),
    help: { helpline: input.helpline, reportUrl: httpsOnly(match.reportUrl), helpUrl: httpsOnly(match.helpUrl) },
    collapsed: input.collapsed,
    ...(input.forWhom ? { forWhom: input.forWhom } : {}),
    ...(input.ageBand ? { ageBand: input.ageBand } : {}),
    labels: input.labels,
  };
}
