// Small builders that keep the checklist modules short and uniform: an item is its id, where
// its advice comes from, and whatever differs from the defaults. Pure data; safe anywhere.
import type { Audience } from '../../taxonomy';
import type { ChecklistItem } from './types';

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

export interface ItemOptions {
  audiences?: Audience[];
  deepLink?: string;
  /** Only when the cited source states the menu path; unconfirmed is the safe default. */
  pathConfirmed?: boolean;
  appOnly?: boolean;
  shared?: string;
}

export function item(id: string, cited: Cited, options: ItemOptions = {}): ChecklistItem {
  const built: ChecklistItem = {
    id,
    audiences: options.audiences ?? FAMILY,
    pathConfirmed: options.pathConfirmed ?? false,
    source: cited.source,
    verifiedOn: cited.verifiedOn,
  };
  if (options.deepLink) built.deepLink = options.deepLink;
  if (options.appOnly) built.appOnly = true;
  if (options.shared) built.shared = options.shared;
  return built;
}
