// ── utils/detection: which settings page is this? ──────────────────────────────────────────────
// Owns the detector (this file), the page watcher (single-page navigation, page-watcher.ts) and
// the rule packs (platforms/, one per platform, as data). Imports only utils/taxonomy.ts. May be
// imported by anything, the content script first: nothing here touches storage or an extension API.
//
// Decides whether a URL (and, where needed, the document) is a settings page that Vigie knows.
// Pure and synchronous: no extension API, nothing at module level that touches the DOM, so it
// runs the same in Node, in happy-dom and in the content script. It names no platform: all
// knowledge is in the rule packs (utils/detection/platforms/).
//
// Cost: the packs are compiled once when the module loads (segment matchers, host maps). On each
// navigation: one URL parse, one or two Map lookups for the host, and on a known host a walk over
// that pack's rules only. On an unknown host the answer is one lookup away.
//
// Two builds read this module. The content script's is built from packs without their links
// (deepLink, helpUrl, reportUrl: see build/content-script-build.ts), so detectPage() answers
// only what choosing a checklist needs; the background and the extension pages get the links from
// pageDetails(), which reads the full packs of their own build.
import { rulePacks } from './platforms';
import type { PlatformId } from '../taxonomy';
import type { AppOnlyHint, DomSignal, PageDetails, PageMatch, PageRule, RulePack, UrlPattern } from './platforms/types';
import { compileHosts, compilePaths, type HostTest, type PathTest } from './platforms/lib/url-patterns';

interface CompiledPattern {
  host: HostTest | undefined;
  paths: PathTest;
  notPaths: PathTest | undefined;
  query: Array<[string, ReadonlySet<string> | '*']> | undefined;
  hash: PathTest | undefined;
}

interface CompiledRule {
  rule: PageRule;
  patterns: CompiledPattern[];
  match: PageMatch;
}

interface CompiledPack {
  pack: RulePack;
  hosts: HostTest;
  rules: CompiledRule[];
}

/**
 * Longest path, and most segments, that any settings page has. Longer paths are answered "not a
 * settings page" before any work: a hostile page can push a multi-megabyte path into history
 * (audit-security, probe 3), and the content script runs on every navigation.
 */
const MAX_PATH_LENGTH = 8 * 1024;
const MAX_SEGMENTS = 64;
/** A URL can be no longer than its path plus a query and a fragment of the same size. */
const MAX_URL_LENGTH = 3 * MAX_PATH_LENGTH;
/** A `%` not followed by two hex digits: decodeURIComponent would throw on it. */
const MALFORMED_ESCAPE = /%(?![0-9a-f]{2})/i;

/** Lower-case, decoded segments, or undefined for a path no settings page has. */
function pathSegments(path: string): string[] | undefined {
  if (path.length > MAX_PATH_LENGTH) return undefined;
  const out: string[] = [];
  for (const raw of path.split('/')) {
    if (raw === '') continue;
    if (out.length === MAX_SEGMENTS) return undefined;
    let segment = raw;
    // A malformed escape is kept as typed (it can only fail to match a literal); testing for it
    // first spares a thrown URIError per segment. Invalid UTF-8 behind good escapes still throws.
    if (raw.includes('%') && !MALFORMED_ESCAPE.test(raw)) {
      try {
        segment = decodeURIComponent(raw);
      } catch {
        segment = raw;
      }
    }
    out.push(segment.toLowerCase());
  }
  return out;
}

/** The route inside a hash-routed app: `#!/privacy`, `#/settings?x=1` and `#privacy` all give "privacy". */
function hashSegments(hash: string): string[] | undefined {
  const route = hash.replace(/^#!?/, '').split('?')[0] ?? '';
  return pathSegments(route);
}

function compileQuery(query: UrlPattern['query']): CompiledPattern['query'] {
  if (!query) return undefined;
  return Object.entries(query).map(([name, value]) => {
    if (value === '*') return [name, '*'];
    const values = typeof value === 'string' ? [value] : value;
    return [name, new Set(values.map((v) => v.toLowerCase()))];
  });
}

function appOnlyHints(pack: RulePack, withHelp: boolean): readonly AppOnlyHint[] | undefined {
  if (!pack.appOnly?.length) return undefined;
  return Object.freeze(
    pack.appOnly.map((feature) => ({
      id: feature.id,
      context: feature.context,
      nameKey: `pages.${pack.id}.${feature.id}`,
      inAppKey: `pages.${pack.id}.${feature.id}.inApp`,
      ...(withHelp && feature.helpUrl ? { helpUrl: feature.helpUrl } : {}),
    })),
  );
}

function compileRule(pack: RulePack, rule: PageRule, appOnly: readonly AppOnlyHint[] | undefined): CompiledRule {
  const match: PageMatch = {
    platform: pack.id,
    context: rule.context,
    pageId: rule.id,
    nameKey: `pages.${pack.id}.${rule.id}`,
    ...(appOnly ? { appOnly } : {}),
  };
  return { rule, patterns: urlPatterns(rule).map(compilePattern), match: Object.freeze(match) };
}

function compilePattern(pattern: UrlPattern): CompiledPattern {
  return {
    host: pattern.hosts ? compileHosts(pattern.hosts) : undefined,
    paths: compilePaths(pattern.paths),
    notPaths: pattern.notPaths ? compilePaths(pattern.notPaths) : undefined,
    query: compileQuery(pattern.query),
    hash: pattern.hash ? compilePaths(pattern.hash) : undefined,
  };
}

/** A rule's URL patterns as a list. */
export function urlPatterns(rule: PageRule): readonly UrlPattern[] {
  return Array.isArray(rule.url) ? rule.url : [rule.url as UrlPattern];
}

const exactHosts = new Map<string, CompiledPack>();
/** `*.index-education.net` is stored under "index-education.net". */
const wildcardHosts = new Map<string, CompiledPack>();

function registerHost(host: string, compiled: CompiledPack): void {
  const name = host.toLowerCase();
  const [table, key] = name.startsWith('*.') ? [wildcardHosts, name.slice(2)] : [exactHosts, name];
  if (!table.has(key)) table.set(key, compiled);
}

for (const pack of rulePacks) {
  const appOnly = appOnlyHints(pack, false);
  const compiled: CompiledPack = { pack, hosts: compileHosts(pack.hosts), rules: pack.pages.map((rule) => compileRule(pack, rule, appOnly)) };
  for (const host of pack.hosts) registerHost(host, compiled);
  for (const rule of pack.pages) for (const pattern of urlPatterns(rule)) for (const host of pattern.hosts ?? []) registerHost(host, compiled);
}

function compiledPackFor(hostname: string): CompiledPack | undefined {
  const exact = exactHosts.get(hostname);
  if (exact || wildcardHosts.size === 0) return exact;
  for (let dot = hostname.indexOf('.'); dot !== -1; dot = hostname.indexOf('.', dot + 1)) {
    const found = wildcardHosts.get(hostname.slice(dot + 1));
    if (found) return found;
  }
  return undefined;
}

function parseWebUrl(url: string): URL | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed : undefined;
}

interface ParsedUrl {
  host: string;
  path: string[];
  query: URLSearchParams;
  hash: string[];
}

function urlMatches(rule: CompiledRule, url: ParsedUrl, packHosts: HostTest): boolean {
  return rule.patterns.some((pattern) => patternMatches(pattern, url, packHosts));
}

function patternMatches(rule: CompiledPattern, url: ParsedUrl, packHosts: HostTest): boolean {
  if (!(rule.host ?? packHosts)(url.host)) return false;
  if (!rule.paths(url.path)) return false;
  if (rule.notPaths?.(url.path)) return false;
  if (rule.query) {
    for (const [name, accepted] of rule.query) {
      const got = url.query.get(name);
      if (got === null || got === '') return false;
      if (accepted !== '*' && !accepted.has(got.toLowerCase())) return false;
    }
  }
  if (rule.hash && !rule.hash(url.hash)) return false;
  return true;
}

function domAllows(signal: DomSignal | undefined, doc: Document | undefined): boolean {
  if (!signal) return true;
  if (signal.anyOf && (!doc || !signal.anyOf.some((selector) => doc.querySelector(selector) !== null))) return false;
  if (!doc) return true;
  if (signal.noneOf?.some((selector) => doc.querySelector(selector) !== null)) return false;
  if (signal.titleNotStartingWith) {
    const title = doc.title.trim().toLowerCase();
    if (signal.titleNotStartingWith.some((start) => title.startsWith(start))) return false;
  }
  return true;
}

type Parsed = { compiled: CompiledPack; parsed: ParsedUrl } | undefined;

/**
 * The last URL parsed and its answer: on each navigation the page watcher asks domSignalsAt() and
 * then detectPage() about the same URL, and the URL is parsed once.
 */
let lastParsed: { url: string; found: Parsed } | undefined;

function parse(url: string): Parsed {
  if (lastParsed?.url === url) return lastParsed.found;
  const found = parseOnce(url);
  lastParsed = { url, found };
  return found;
}

function parseOnce(url: string): Parsed {
  if (url.length > MAX_URL_LENGTH) return undefined;
  const web = parseWebUrl(url);
  if (!web) return undefined;
  const host = web.hostname.toLowerCase();
  const compiled = compiledPackFor(host);
  if (!compiled) return undefined;
  const path = pathSegments(web.pathname);
  const hash = hashSegments(web.hash);
  if (!path || !hash) return undefined;
  return { compiled, parsed: { host, path, query: web.searchParams, hash } };
}

/** The rule pack whose hosts include this URL's host, if any. */
export function packForUrl(url: string): RulePack | undefined {
  const web = parseWebUrl(url);
  return web ? compiledPackFor(web.hostname.toLowerCase())?.pack : undefined;
}

/** Does any page of this platform need to look at the document? */
export function packUsesDom(pack: RulePack): boolean {
  return pack.pages.some((rule) => rule.dom !== undefined);
}

/**
 * The DOM signals that could change the answer at this URL: those of the rules whose URL part
 * matches. Empty on every URL where the URL alone decides, so the page watcher observes nothing.
 */
export function domSignalsAt(url: string): DomSignal[] {
  const found = parse(url);
  if (!found) return [];
  const signals: DomSignal[] = [];
  for (const rule of found.compiled.rules) {
    if (rule.rule.dom && urlMatches(rule, found.parsed, found.compiled.hosts)) signals.push(rule.rule.dom);
  }
  return signals;
}

/**
 * The settings page at `url`, or null if it is not one. Rules are tried in their pack's order and
 * the first that matches wins. A rule with `dom.anyOf` matches only when a document is given and
 * shows the signal; `dom.noneOf` and title vetoes apply only when a document is given.
 */
export function detectPage(url: string, doc?: Document): PageMatch | null {
  const found = parse(url);
  if (!found) return null;
  for (const rule of found.compiled.rules) {
    if (urlMatches(rule, found.parsed, found.compiled.hosts) && domAllows(rule.rule.dom, doc)) return rule.match;
  }
  return null;
}

/**
 * The links that go with a page detectPage() found: its deep link, the platform's help page about
 * it, the platform's reporting page, and the app-only controls with their help pages. For the
 * background and extension pages: in the content script's build the packs carry no links, so the
 * answer there has none. Undefined for an unknown platform or page.
 */
export function pageDetails(platform: PlatformId, pageId: string): PageDetails | undefined {
  const pack = rulePacks.find((candidate) => candidate.id === platform);
  const rule = pack?.pages.find((candidate) => candidate.id === pageId);
  if (!pack || !rule) return undefined;
  const appOnly = appOnlyHints(pack, true);
  return {
    ...(rule.deepLink ? { deepLink: rule.deepLink } : {}),
    ...(rule.helpUrl ? { helpUrl: rule.helpUrl } : {}),
    ...(pack.reportUrl ? { reportUrl: pack.reportUrl } : {}),
    ...(appOnly ? { appOnly } : {}),
  };
}
