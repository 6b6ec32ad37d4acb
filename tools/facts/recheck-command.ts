// `npm run facts:recheck [-- --map FROM=TO] [--timeout MS] [--concurrency N]`: prints the passages
// no longer found and the pages gone; exits 1 when there is anything to look at.
import type { FactsData } from './data';
import { quotedSources, type QuotedFact } from './quoted-sources';
import { DEFAULT_RECHECK, recheck, type PageOutcome, type RecheckOptions } from './recheck';

const OPTIONS = ['--map', '--timeout', '--concurrency'];

export function parseRecheckArgs(argv: readonly string[]): RecheckOptions {
  const options: RecheckOptions = { ...DEFAULT_RECHECK, rewrite: [] };
  const rewrite: Array<readonly [string, string]> = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') continue;
    if (!OPTIONS.includes(arg ?? '')) throw new Error(`unknown option ${arg}: use --map FROM=TO, --timeout MS, --concurrency N`);
    const value = argv[++i];
    if (value === undefined) throw new Error(`${arg} needs a value`);
    if (arg === '--map') {
      const at = value.indexOf('=');
      if (at <= 0 || at === value.length - 1) throw new Error(`--map takes FROM=TO (an address prefix and its replacement), not ${value}`);
      rewrite.push([value.slice(0, at), value.slice(at + 1)]);
    } else {
      const number = Number(value);
      if (!Number.isInteger(number) || number < 1) throw new Error(`${arg} takes a whole number above 0, not ${value}`);
      if (arg === '--timeout') options.timeoutMs = number;
      else options.concurrency = number;
    }
  }
  return { ...options, rewrite };
}

/** The facts resting on a page, each named once (one fact may quote a page several times). */
const named = (facts: readonly QuotedFact[]) => [...new Set(facts.map((f) => f.fact))].join(', ');

function describe(outcomes: readonly PageOutcome[]): string[] {
  const lines: string[] = [];
  for (const page of outcomes) {
    if (page.status === 'gone') {
      lines.push(`GONE ${page.url} (${page.reason}): ${named(page.facts)}`);
    } else if (page.status === 'unreadable') {
      lines.push(`UNREADABLE ${page.url} (${page.reason}; read it in a browser): ${named(page.facts)}`);
    } else if (page.missing.length > 0) {
      const why = [
        ...(page.redirectedTo ? [`now redirects to ${page.redirectedTo}`] : []),
        ...(page.scriptDrawn ? ['the page has almost no text without its scripts: read it in a browser'] : []),
      ];
      lines.push(`CHANGED ${page.url}${why.length > 0 ? ` (${why.join('; ')})` : ''}`);
      for (const f of page.missing) lines.push(`  ${f.fact} (read ${f.evidence.read}): "${f.evidence.quote}"`);
    }
  }
  return lines;
}

/** Runs the recheck and returns what to print and the exit code. */
export async function runRecheck(data: FactsData, options: RecheckOptions): Promise<{ output: string; exitCode: number }> {
  const sources = quotedSources(data);
  const outcomes = await recheck(sources, options);
  const problems = describe(outcomes);
  const count = (status: PageOutcome['status']) => outcomes.filter((o) => o.status === status).length;
  const read = outcomes.flatMap((o) => (o.status === 'read' ? [o] : []));
  const passages = [...sources.values()].reduce((sum, facts) => sum + facts.length, 0);
  const kept = read.reduce((sum, o) => sum + o.kept.length, 0);
  const changed = read.filter((o) => o.missing.length > 0).length;
  const summary =
    `${sources.size} pages, ${passages} quoted passages: ${kept} still on their page; ` +
    `${changed} pages changed, ${count('gone')} gone, ${count('unreadable')} unreadable.`;
  const offline = outcomes.length > 0 && outcomes.every((o) => o.status === 'gone' && o.unreached);
  const warning = offline ? ['No page answered at all: is this machine online? Nothing above says a page is gone.'] : [];
  return { output: [...problems, summary, ...warning, ''].join('\n'), exitCode: problems.length > 0 ? 1 : 0 };
}
