// Compiles the rule packs' host and path patterns (syntax in utils/detection/platforms/types.ts) into small
// matcher functions, once, when utils/detection/detect.ts loads. Pure: no DOM, no extension API.

/** Tests lower-case path (or hash-route) segments. */
export type PathTest = (segments: readonly string[]) => boolean;
/** Tests a lower-case hostname. */
export type HostTest = (host: string) => boolean;

type SegmentTest = (segment: string) => boolean;
type Step = SegmentTest | 'rest';

function escapeRegExp(text: string): string {
  return text.replace(/[.+?^${}()[\]\\]/g, '\\$&');
}

function compileSegment(pattern: string): Step {
  if (pattern === '**') return 'rest';
  const alternatives = pattern.toLowerCase().split('|');
  if (alternatives.includes('*')) return () => true;
  const literals = new Set(alternatives.filter((a) => !a.includes('*')));
  const globs = alternatives.filter((a) => a.includes('*'));
  if (globs.length === 0) return (segment) => literals.has(segment);
  const glob = new RegExp(`^(?:${globs.map((g) => g.split('*').map(escapeRegExp).join('.*')).join('|')})$`);
  return (segment) => literals.has(segment) || glob.test(segment);
}

function stepsMatch(steps: readonly Step[], at: number, segments: readonly string[], from: number): boolean {
  if (at === steps.length) return from === segments.length;
  const step = steps[at]!;
  if (step === 'rest') {
    if (at === steps.length - 1) return true;
    for (let i = from; i <= segments.length; i++) if (stepsMatch(steps, at + 1, segments, i)) return true;
    return false;
  }
  const segment = segments[from];
  return segment !== undefined && step(segment) && stepsMatch(steps, at + 1, segments, from + 1);
}

/** One matcher for several path patterns (any of them may match). */
export function compilePaths(patterns: readonly string[]): PathTest {
  const compiled = patterns.map((p) => p.split('/').filter(Boolean).map(compileSegment));
  return (segments) => compiled.some((steps) => stepsMatch(steps, 0, segments, 0));
}

/** One matcher for a host list: exact names and `*.domain` for any subdomain of domain. */
export function compileHosts(hosts: readonly string[]): HostTest {
  const exact = new Set(hosts.filter((h) => !h.startsWith('*.')).map((h) => h.toLowerCase()));
  const suffixes = hosts.filter((h) => h.startsWith('*.')).map((h) => h.slice(1).toLowerCase());
  return (host) => exact.has(host) || suffixes.some((suffix) => host.endsWith(suffix));
}
