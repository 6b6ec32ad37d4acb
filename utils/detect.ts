// Decides whether a URL (and, where needed, the document) is a settings page that Vigie knows.
// Pure and synchronous: no extension API, nothing at module level that touches the DOM, so it
// runs the same in Node, in happy-dom and in the content script. It names no platform: all
// knowledge is in the rule packs (utils/platforms/).
import { rulePacks } from './platforms';
import type { PageMatch, PageRule, RulePack, UrlPattern } from './platforms/types';

function segments(path: string): string[] {
  return path.toLowerCase().split('/').filter(Boolean);
}

/** Matches path segments against a pattern: literal, `*` (one segment) or `**` (any rest). */
function segmentsMatch(actual: string[], pattern: string[]): boolean {
  for (let i = 0; i < pattern.length; i++) {
    const want = pattern[i];
    if (want === '**') return true;
    const got = actual[i];
    if (got === undefined) return false;
    if (want !== '*' && want !== decodeSafely(got)) return false;
  }
  return actual.length === pattern.length;
}

function decodeSafely(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** The route inside a hash-routed app: `#!/privacy`, `#/settings` and `#privacy` all give "privacy…". */
function hashRoute(hash: string): string {
  return hash.replace(/^#!?\/?/, '').split('?')[0] ?? '';
}

function patternMatches(url: URL, pattern: UrlPattern, packHosts: readonly string[]): boolean {
  const hosts = pattern.hosts ?? packHosts;
  if (!hosts.includes(url.hostname.toLowerCase())) return false;
  const path = segments(url.pathname);
  if (!pattern.paths.some((p) => segmentsMatch(path, segments(p)))) return false;
  if (pattern.query) {
    for (const [name, value] of Object.entries(pattern.query)) {
      const got = url.searchParams.get(name);
      if (got === null || (value !== '*' && got.toLowerCase() !== value.toLowerCase())) return false;
    }
  }
  if (pattern.hash) {
    const route = segments(hashRoute(url.hash));
    if (!pattern.hash.some((h) => segmentsMatch(route, segments(h)))) return false;
  }
  return true;
}

function domMatches(rule: PageRule, doc: Document | undefined): boolean {
  if (!rule.dom) return true;
  if (!doc) return false;
  const present = rule.dom.anyOf.some((selector) => doc.querySelector(selector) !== null);
  const vetoed = (rule.dom.noneOf ?? []).some((selector) => doc.querySelector(selector) !== null);
  return present && !vetoed;
}

function toMatch(pack: RulePack, rule: PageRule): PageMatch {
  return {
    platform: pack.id,
    context: rule.context,
    pageId: rule.id,
    nameKey: `pages.${pack.id}.${rule.id}`,
    deepLink: rule.deepLink,
    helpUrl: rule.helpUrl,
    reportUrl: pack.reportUrl,
  };
}

const packByHost = new Map<string, RulePack>();
for (const pack of rulePacks) for (const host of pack.hosts) packByHost.set(host, pack);
for (const pack of rulePacks)
  for (const rule of pack.pages) for (const host of rule.url.hosts ?? []) if (!packByHost.has(host)) packByHost.set(host, pack);

/** The rule pack whose hosts include this URL's host, if any. */
export function packForUrl(url: string): RulePack | undefined {
  try {
    return packByHost.get(new URL(url).hostname.toLowerCase());
  } catch {
    return undefined;
  }
}

/** Does any page of this platform need to look at the document? */
export function packUsesDom(pack: RulePack): boolean {
  return pack.pages.some((rule) => rule.dom !== undefined);
}

/**
 * The settings page at `url`, or null if it is not one. Pages with DOM signals match only when a
 * document is given and the signal is present.
 */
export function detectPage(url: string, doc?: Document): PageMatch | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
  const pack = packByHost.get(parsed.hostname.toLowerCase());
  if (!pack) return null;
  for (const rule of pack.pages) {
    if (patternMatches(parsed, rule.url, pack.hosts) && domMatches(rule, doc)) return toMatch(pack, rule);
  }
  return null;
}
