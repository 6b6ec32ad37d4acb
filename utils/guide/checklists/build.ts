// Small builders that keep the checklist modules short and uniform: an item is its id, where
// its advice comes from, and whatever differs from the defaults. Pure data; safe anywhere.
import type { Evidence, FactKind } from '../../evidence';
import type { AgeBand, Audience } from '../../taxonomy';
import type { AgeVariant, ChecklistItem } from './types';

/** A child's account, seen by a parent or by a foster carer: the default audience. */
export const FAMILY: Audience[] = ['parent', 'carer'];
export const CARER_ONLY: Audience[] = ['carer'];
export const ORGANISATION: Audience[] = ['organisation'];

/** A source and the day it was last checked (YYYY-MM-DD). */
export interface Cited {
  source: { url: string; title: string };
  verifiedOn: string;
}

export function cite(url: string, title: string, verifiedOn: string): Cited {
  return { source: { url, title }, verifiedOn };
}

/** A passage quoted from an official page, read on `read` (YYYY-MM-DD), supporting `supports`. */
export function quoted(url: string, lang: string, read: string, supports: readonly FactKind[], quote: string, note?: string): Evidence {
  return note ? { url, quote, lang, read, supports, note } : { url, quote, lang, read, supports };
}

export interface ItemOptions {
  audiences?: Audience[];
  deepLink?: string;
  /** Official passages for the path, a default or a claim; the path is confirmed only by one that supports 'path'. */
  evidence?: readonly Evidence[];
  /**
   * Legacy: an item whose path a source states but whose passage is not yet quoted. Kept only until
   * the item carries `evidence` (tests/utils/guide/checklist-facts.test.ts lists what remains).
   */
  pathConfirmed?: boolean;
  appOnly?: boolean;
  shared?: string;
  ages?: readonly AgeBand[];
  variants?: readonly AgeVariant[];
}

export function item(id: string, cited: Cited, options: ItemOptions = {}): ChecklistItem {
  const built: ChecklistItem = {
    id,
    audiences: options.audiences ?? FAMILY,
    pathConfirmed: options.pathConfirmed ?? (options.evidence ?? []).some((e) => e.supports.includes('path')),
    evidence: options.evidence ?? [],
    source: cited.source,
    verifiedOn: cited.verifiedOn,
  };
  if (options.deepLink) built.deepLink = options.deepLink;
  if (options.appOnly) built.appOnly = true;
  if (options.shared) built.shared = options.shared;
  if (options.ages) built.ages = options.ages;
  if (options.variants) built.variants = options.variants;
  return built;
}
