// The shape of a rule pack: everything Vigie knows about one platform, as data.
// The engine (utils/detection/detect.ts) reads these; it never names a platform.
import type { Context, PlatformId } from '../../taxonomy';

/** One settings page (or a family of pages sharing one checklist) of a platform. */
export interface PageRule {
  /** Unique within the pack; with the platform id it names the page's checklist and its title key `pages.<platform>.<id>`. */
  id: string;
  context: Context;
  /** Which URLs are this page: one pattern, or several (any may match), e.g. one per host. */
  url: UrlPattern | readonly UrlPattern[];
  /** Only where the URL cannot tell (an in-page settings layer, an admin view vs an error page). */
  dom?: DomSignal;
  /** A link that opens this setting directly, when the platform has one. */
  deepLink?: string;
  /** The platform's official help page about this setting. */
  helpUrl?: string;
  /**
   * URLs that must be this page. For a rule with `dom.anyOf`, URLs where the page is this rule
   * once the document shows the signal (tests check them against fixture documents).
   */
  testUrls: string[];
}

export interface UrlPattern {
  /** Hosts this page lives on (defaults to the pack's hosts). `*.example.org` matches any subdomain. */
  hosts?: string[];
  /**
   * Path patterns, segment by segment, compared without case:
   * - a literal segment (`settings`);
   * - a glob inside one segment (`account_*`, `*privacy*`);
   * - alternatives inside one segment (`blocked|muted|restricted_accounts`), each a literal or a glob;
   * - `**` for any number of segments (zero included), anywhere in the pattern.
   * Trailing slashes do not matter. An empty pattern (`/`) is the root.
   */
  paths: string[];
  /** Paths that are never this page even when `paths` match (login pages, information pages). */
  notPaths?: string[];
  /** Query parameters that must be present: a value, a list of accepted values, or `*` for any value. */
  query?: Record<string, string | readonly string[]>;
  /**
   * Fragment patterns for hash-routed apps, with the path syntax, read after `#`, `#!` or `#/`
   * (`#!/privacy`, `#/settings`). An empty pattern (``) also matches a missing fragment.
   */
  hash?: string[];
}

/** A test on the document, made only with stable attributes (ids, roles, aria-label, data-testid). */
export interface DomSignal {
  /** The page is this rule only if one of these selectors matches (so never without a document). */
  anyOf?: string[];
  /** …and none of these does (e.g. an error page on an admin URL). Checked only when a document is given. */
  noneOf?: string[];
  /** The document title must not start with any of these (lower case), e.g. "page not found". */
  titleNotStartingWith?: string[];
  /**
   * The narrowest stable element whose subtree shows the signal appearing or going (the content
   * script observes only this subtree; `title` for a title check).
   */
  watch: string;
  /** Attributes whose changes matter (e.g. `aria-selected` on a tab), besides added and removed nodes. */
  watchAttributes?: string[];
}

/** A family or safety control that exists only in the platform's mobile app. */
export interface AppOnlyFeature {
  /** Unique within the pack, distinct from page ids; names the keys `pages.<platform>.<id>` (its name) and `pages.<platform>.<id>.inApp` (the path in the app). */
  id: string;
  context: Context;
  /** The platform's official help page describing the in-app steps. */
  helpUrl?: string;
}

export interface RulePack {
  id: PlatformId;
  /**
   * Every hostname the platform lives on (www., m., mobile., accountscenter., old domains…).
   * `*.example.org` stands for every subdomain of example.org (school-hosted platforms).
   */
  hosts: string[];
  /** Ordered: the first rule that matches wins, so specific rules come before catch-alls. */
  pages: PageRule[];
  /** URLs on the pack's hosts that must never match (look-alikes). */
  notSettings: string[];
  /** The platform's official page for reporting a problem (shown as "report this"). */
  reportUrl?: string;
  /** Controls that exist only in the mobile app, so guidance can give the in-app path instead. */
  appOnly?: AppOnlyFeature[];
}

/** An app-only control as a match carries it: its keys ready for the translator. */
export interface AppOnlyHint {
  id: string;
  context: Context;
  nameKey: string;
  inAppKey: string;
  /** Only from pageDetails() (extension pages): the content script is built without it. */
  helpUrl?: string;
}

/**
 * What detectPage() answers: only what the content script needs to choose and label a checklist.
 * The links to show with it come from pageDetails(), which extension pages call.
 */
export interface PageMatch {
  platform: PlatformId;
  context: Context;
  pageId: string;
  /** Locale key of the page's display name. */
  nameKey: string;
  /** The platform's app-only controls, if any (e.g. supervision that can only be set up in the app). */
  appOnly?: readonly AppOnlyHint[];
}

/** A match with its links, as the background and extension pages see it. */
export type DetailedPageMatch = PageMatch & PageDetails;

/** The links that go with a page, for the background and extension pages (see pageDetails()). */
export interface PageDetails {
  deepLink?: string;
  helpUrl?: string;
  reportUrl?: string;
  /** The platform's app-only controls with their official help pages. */
  appOnly?: readonly AppOnlyHint[];
}
