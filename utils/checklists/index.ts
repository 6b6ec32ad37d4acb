// The registry of checklists: one module per platform, listed here.
import type { Context, PlatformId } from '../taxonomy';
import { facebookChecklists } from './facebook';
import type { Checklist } from './types';

export const checklists: readonly Checklist[] = [...facebookChecklists];

/** The checklist for a page: one naming this page id first, else one for the page's context. */
export function checklistFor(page: { platform: PlatformId; context: Context; pageId: string }): Checklist | undefined {
  const candidates = checklists.filter((c) => c.platform === page.platform && c.contexts.includes(page.context));
  return candidates.find((c) => c.pageIds?.includes(page.pageId)) ?? candidates.find((c) => !c.pageIds);
}
