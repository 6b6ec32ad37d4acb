// What the guide asks of the family passport, without importing it (the passport is a part of its
// own, beside the guide: tests/architecture.test.ts). The entrypoints that run the guide routes
// (the panel frame, the background) give them utils/passport/guide-link.ts, which fits this shape.
import type { AgeBand, Audience, PlatformId } from '../taxonomy';

/** A child of the passport, as the panel's "for whom" question lists them. */
export interface PassportChild {
  id: string;
  /** A first name or nickname: drawn only in the panel's frame, never in the web page. */
  name: string;
  ageBand: AgeBand;
  /** The platforms of the child's online accounts, as the passport lists them. */
  platforms: readonly string[];
}

/** One settings page's review, as the panel records it in the child's passport after a tick. */
export interface ReviewForChild {
  childId: string;
  platform: PlatformId;
  pageId: string;
  audience: Audience;
  checkedAt: string;
  completedAt?: string;
  guidanceVersion: string;
  done: number;
  total: number;
  itemsLeft: string[];
}

export interface PassportLink {
  /** The passport's children, or 'locked' while the lock is on (the panel never has its key). */
  children(): Promise<readonly PassportChild[] | 'locked'>;
  /** Records the review in the child's passport; says why when it cannot. */
  recordReview(review: ReviewForChild): Promise<'recorded' | 'child-missing' | 'locked'>;
}
