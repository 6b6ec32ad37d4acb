// The registry of checklists: one module per platform (large platforms split by context), each
// listed here once. tests/utils/checklists-registry.test.ts checks that every module is listed.
import type { Context, PlatformId } from '../taxonomy';
import { facebookChecklists } from './facebook';
import { facebookGroupChecklists } from './facebook-groups';
import type { Checklist } from './types';

export const checklists: readonly Checklist[] = [...facebookChecklists, ...facebookGroupChecklists];

/** The checklist for a page: one naming this page id first, else one for the page's context. */
export function checklistFor(
  page: { platform: PlatformId; context: Context; pageId: string },
  registry: readonly Checklist[] = checklists,
): Checklist | undefined {
  const candidates = registry.filter((c) => c.platform === page.platform && c.contexts.includes(page.context));
  return candidates.find((c) => c.pageIds?.includes(page.pageId)) ?? candidates.find((c) => !c.pageIds);
}
