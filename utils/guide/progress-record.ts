// What the guide keeps on disk: one progress record per checklist, in the extension's IndexedDB
// (utils/storage/db.ts), written by the background only.
import type {} from '../storage/db';

/**
 * The ticks of one checklist, keyed by `${platform}/${pageId}/${audience}`, followed by
 * `/child/${childId}` when the review is for a child of the passport (progressKey).
 */
export interface ProgressRecord {
  key: string;
  /** item id → ISO date it was ticked */
  ticked: Record<string, string>;
  /** ISO date of the last full review of this page, if every item was ticked */
  reviewedAt?: string;
  /** the rule pack guidance version the review was made against */
  guidanceVersion?: string;
}

declare module '../storage/db' {
  interface VigieSchema {
    /** Since version 1: checklist progress. */
    progress: { key: string; value: ProgressRecord };
  }
}
