// "Whom is this review for?": which child of the passport a platform's reviews are for, and what
// a tick records in that child's passport. Pure: the routes (routes.ts) read the passport (through
// passport-link.ts), the remembered answer (panel-prefs.ts) and the ticks, and store the results.
import type { Audience, PlatformId } from '../taxonomy';
import type { GuideForWhom } from './messages';
import type { PassportChild, ReviewForChild } from './passport-link';
import type { ProgressRecord } from './progress-record';
import type { ForWhomChoice } from './panel-prefs';
import { reviewOf, tickIsCurrent, type Guidance } from './progress-store';

export interface ForWhom {
  /** What the panel shows; absent when there is nothing to ask (no passport, or no child in it). */
  view?: GuideForWhom;
  /** The child the ticks are for now. */
  child?: PassportChild;
  /** The child remembered for this platform who is no longer in the passport. */
  goneChildId?: string;
}

/** Children with an account on this platform first (the passport's order otherwise). */
function listed(children: readonly PassportChild[], platform: PlatformId): GuideForWhom['children'] {
  const rows = children.map((child) => ({ id: child.id, name: child.name, ageBand: child.ageBand, hasAccountHere: child.platforms.includes(platform) }));
  return [...rows.filter((row) => row.hasAccountHere), ...rows.filter((row) => !row.hasAccountHere)];
}

export function resolveForWhom(
  platform: PlatformId,
  children: readonly PassportChild[] | 'locked' | undefined,
  remembered: ForWhomChoice | undefined,
): ForWhom {
  if (children === 'locked') return { view: { state: 'locked', children: [] } };
  if (!children) return {};
  const gone = typeof remembered === 'object' && !children.some((c) => c.id === remembered.childId);
  // The last child left: nothing to ask any more, but the person is told where the ticks went.
  if (children.length === 0) return gone ? { view: { state: 'none', children: [], childGone: true }, goneChildId: remembered.childId } : {};
  const rows = listed(children, platform);
  if (remembered === undefined) return { view: { state: 'ask', children: rows } };
  if (remembered === 'none') return { view: { state: 'none', children: rows } };
  const child = children.find((c) => c.id === remembered.childId);
  if (!child) return { view: { state: 'ask', children: rows, childGone: true }, goneChildId: remembered.childId };
  return { view: { state: 'child', children: rows, childId: child.id }, child };
}

/** The child's settings review after a tick: where the page stands now, and what is left. */
export function reviewForChild(
  childId: string,
  page: { platform: PlatformId; pageId: string; audience: Audience },
  record: ProgressRecord,
  guidance: Guidance,
  now: Date,
): ReviewForChild {
  const { done, total } = reviewOf(record, guidance, now);
  const review: ReviewForChild = {
    childId,
    ...page,
    checkedAt: now.toISOString(),
    guidanceVersion: record.guidanceVersion ?? guidance.version,
    done,
    total,
    itemsLeft: guidance.itemIds.filter((id) => !tickIsCurrent(record, id, guidance.version, now)),
  };
  return record.reviewedAt ? { ...review, completedAt: record.reviewedAt } : review;
}
