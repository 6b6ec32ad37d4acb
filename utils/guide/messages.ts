// The in-page panel's messages: the content script asks the background for the guide of the page
// it shows (already translated) and sends ticks and the collapsed state; the background owns
// every byte that is stored. Types only: importing this file adds nothing to a bundle.
import type { AgeBand, Audience, Context, Language, PlatformId } from '../taxonomy';

/** One checklist item, resolved for one audience and language, with this person's tick. */
export interface GuideItem {
  id: string;
  /** A short imperative. */
  do: string;
  /** Why it matters, in one or two plain sentences (absent when not written yet). */
  why?: string;
  /** Where the switch is, e.g. "Settings › Privacy › Private account". */
  path?: string;
  /** false: no public source confirms the path; the panel says so. */
  pathConfirmed: boolean;
  /**
   * Set when the path is confirmed only by help in another language than the reader's: "menu
   * names from Facebook’s help in English; your screen may word them differently" (path-language.ts).
   */
  pathNote?: string;
  /** The setting exists only in the mobile app; `path` is the in-app path. */
  appOnly: boolean;
  /** An https URL that opens the setting. */
  deepLink?: string;
  source: { url: string; title: string };
  /** YYYY-MM-DD */
  verifiedOn: string;
  /** ISO date this item was ticked, if it is. */
  tickedOn?: string;
  /** The tick counts for the current review (false once a re-check is due and it predates it). */
  current: boolean;
}

/** Where the page stands: never looked at, partly done, reviewed, or due for a re-check. */
export interface GuideReview {
  state: 'new' | 'in-progress' | 'reviewed' | 'recheck';
  /** Why a re-check is due: more than 90 days, or the guidance changed since. */
  reason?: 'age' | 'version';
  /** ISO date of the last time every item was ticked. */
  reviewedAt?: string;
  done: number;
  total: number;
}

/** The user's country's main helpline, as the panel's help section shows it. */
export interface GuideHelpline {
  name: string;
  /** What it is for, translated. */
  purpose: string;
  /** An https page with the helpline's chat. */
  chatUrl?: string;
  /** Something uncertain the user must know (e.g. hours changed since launch), translated. */
  caveat?: string;
  source: { url: string; title: string };
  verifiedOn: string;
}

/**
 * Whom the review on this platform is for, when the passport has children: one of them, or no
 * child of the passport ("my own account, someone else's, a group I run"). Names and age bands
 * are drawn only in the panel's frame (the extension's origin), never in the web page.
 */
export interface GuideForWhom {
  /** 'ask': not answered on this platform yet; 'locked': the passport is locked, the review is not linked. */
  state: 'ask' | 'child' | 'none' | 'locked';
  /** The passport's children, those with an account on this platform first (none while locked). */
  children: Array<{ id: string; name: string; ageBand: AgeBand; hasAccountHere: boolean }>;
  /** With state 'child': the child the ticks are for. */
  childId?: string;
  /**
   * The child the reviews were for is no longer in the passport (deleted while the panel was
   * open): their ticks on this page were kept, not linked to a child, and the question is asked again.
   */
  childGone?: boolean;
}

export interface GuideView {
  language: Language;
  platform: PlatformId;
  pageId: string;
  context: Context;
  /** The page's display name, translated. */
  pageName: string;
  /** The platform's display name, for "Report to …". */
  platformName: string;
  audience: Audience;
  /** The age band the items were chosen for (the panel says so); absent: every item, for any age. */
  ageBand?: AgeBand;
  /** The country's age of digital consent (GDPR art. 8) when the child may be under it: a line in the panel. */
  digitalConsent?: { country: string; age: number };
  /** How many items each audience has on this page (the switch offers all three). */
  itemCounts: Record<Audience, number>;
  items: GuideItem[];
  review: GuideReview;
  help: { helpline?: GuideHelpline; reportUrl?: string; helpUrl?: string };
  collapsed: boolean;
  /** Absent when the passport has no child: the panel asks nothing and works as it always did. */
  forWhom?: GuideForWhom;
  /** The panel's own words (panel-labels.json) in `language`, so the content script need not bundle them. */
  labels: Record<string, string>;
}

export interface GuidePage {
  platform: PlatformId;
  pageId: string;
}

declare module '../messaging' {
  interface Protocol {
    /** The guide for a page, in the browser's UI language, for the audience remembered or the page's default. */
    'guide.get': { request: GuidePage; response: GuideView };
    /** Switches (and remembers) the audience, and answers with the guide for it. */
    'guide.setAudience': { request: GuidePage & { audience: Audience }; response: GuideView };
    /**
     * Ticks or unticks an item (saved with the date) for the child the panel showed (null: not
     * linked to a child), records the child's settings review, and answers with the updated guide.
     */
    'guide.tick': { request: GuidePage & { audience: Audience; itemId: string; ticked: boolean; childId: string | null }; response: GuideView };
    /** Answers "for whom" on this platform (a child's id, or 'none') and answers with the guide for it. */
    'guide.setForWhom': { request: GuidePage & { forWhom: string }; response: GuideView };
    /** Remembers whether the panel is collapsed on this platform. */
    'guide.setCollapsed': { request: { platform: PlatformId; collapsed: boolean }; response: { collapsed: boolean } };
  }
}
