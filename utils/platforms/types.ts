// The shape of a rule pack: everything Vigie knows about one platform, as data.
// The engine (utils/detect.ts) reads these; it never names a platform.
import type { Context, PlatformId } from '../taxonomy';

/** One settings page (or a family of pages sharing one checklist) of a platform. */
export interface PageRule {
  /** Unique within the pack; with the platform id it names the page's checklist and its title key `pages.<platform>.<id>`. */
  id: string;
  context: Context;
  /** Which URLs are this page. Whole path segments; see utils/detect.ts for the semantics. */
  url: UrlPattern;
  /** Only where the URL cannot tell (an in-page settings layer, an admin view vs an error page). */
  dom?: DomSignal;
  /** A link that opens this setting directly, when the platform has one. */
  deepLink?: string;
  /** The platform's official help page about this setting. */
  helpUrl?: string;
  /** URLs that must be this page, and look-alikes that must not be (each with where it came from in tests). */
  testUrls: string[];
}

export interface UrlPattern {
  /** Hosts this page lives on (defaults to the pack's hosts). */
  hosts?: string[];
  /**
   * Path patterns, segment by segment: a literal segment, `*` for any one segment, `**` for any
   * rest (including none). Trailing slashes and case do not matter.
   */
  paths: string[];
  /** Query parameters that must be present; a value of `*` means any value. */
  query?: Record<string, string>;
  /** Fragment patterns for hash-routed apps, with the same segment syntax (after `#`, `#!` or `#/`). */
  hash?: string[];
}

/** A test on the document, made only with stable attributes (ids, roles, aria-label, data-testid). */
export interface DomSignal {
  /** The page is this rule only if one of these selectors matches. */
  anyOf: string[];
  /** …and none of these does (e.g. an error page on an admin URL). */
  noneOf?: string[];
  /** The narrowest stable element to observe for changes (the content script watches only this subtree). */
  watch?: string;
}

export interface RulePack {
  id: PlatformId;
  /** Every hostname the platform's settings live on (www., m., mobile., accountscenter., old domains…). */
  hosts: string[];
  pages: PageRule[];
  /** URLs on the pack's hosts that must never match (look-alikes), with a note each in tests. */
  notSettings: string[];
  /** The platform's official page for reporting a problem (shown as "report this"). */
  reportUrl?: string;
  /** Where the platform keeps its family / supervision tools when they exist only in the mobile app. */
  appOnly?: string[];
}

export interface PageMatch {
  platform: PlatformId;
  context: Context;
  pageId: string;
  /** Locale key of the page's display name. */
  nameKey: string;
  deepLink?: string;
  helpUrl?: string;
  reportUrl?: string;
}
