// `npm run facts:recheck`: read every quoted page again and say which passages are no longer on
// it and which pages are gone. For maintainers with a network, never in tests or CI (the tests
// point it at a loopback server through `rewrite`). Polite: one request at a time per host, a
// few hosts at once, a timeout on each, a User-Agent that says who is asking.
import { httpsHost } from '../../utils/evidence';
import { pageText, stillQuoted } from './page-text';
import type { QuotedFact } from './quoted-sources';

export interface RecheckOptions {
  /** Address prefixes replaced before fetching ([from, to]), first match wins: the tests' loopback. */
  rewrite: ReadonlyArray<readonly [string, string]>;
  timeoutMs: number;
  /** Hosts read at the same time; each host is read one page at a time. */
  concurrency: number;
  fetch?: typeof fetch;
}

export const DEFAULT_RECHECK: RecheckOptions = { rewrite: [], timeoutMs: 20_000, concurrency: 4 };
const USER_AGENT = 'Vigie-facts-recheck/1 (maintainers of the Vigie browser extension re-reading the help pages they quote)';
/** Below this, the page is probably drawn by a script: its passages cannot be judged from the HTML. */
const SCRIPT_DRAWN_CHARS = 400;

export type PageOutcome =
  | { url: string; status: 'read'; missing: QuotedFact[]; kept: QuotedFact[]; scriptDrawn: boolean; redirectedTo?: string }
  | { url: string; status: 'gone'; reason: string; facts: QuotedFact[]; unreached?: true }
  | { url: string; status: 'unreadable'; reason: string; facts: QuotedFact[] };

export function rewritten(url: string, rewrite: RecheckOptions['rewrite']): string {
  const rule = rewrite.find(([from]) => url.startsWith(from));
  return rule ? rule[1] + url.slice(rule[0].length) : url;
}

async function readPage(url: string, facts: QuotedFact[], options: RecheckOptions): Promise<PageOutcome> {
  const get = options.fetch ?? fetch;
  const languages = [...new Set(facts.map((f) => f.evidence.lang))].join(', ');
  const signal = AbortSignal.timeout(options.timeoutMs);
  const failed = (error: unknown): PageOutcome => {
    const timedOut = error instanceof Error && error.name === 'TimeoutError';
    const reason = timedOut ? `no answer within ${options.timeoutMs} ms` : `network error: ${String((error as Error).cause ?? error)}`;
    return { url, status: 'gone', reason, facts, unreached: true };
  };
  let response: Response;
  try {
    response = await get(rewritten(url, options.rewrite), {
      headers: { 'User-Agent': USER_AGENT, 'Accept-Language': languages, Accept: 'text/html' },
      redirect: 'follow',
      signal,
    });
  } catch (error) {
    return failed(error);
  }
  const type = response.headers.get('content-type') ?? '';
  const unread = (outcome: PageOutcome) => response.body?.cancel().then(() => outcome, () => outcome) ?? outcome;
  if (response.status === 404 || response.status === 410) return unread({ url, status: 'gone', reason: `HTTP ${response.status}`, facts });
  // 403 and 429 are usually a wall for robots, 5xx a bad moment: read it in a browser, not "gone".
  if (!response.ok) return unread({ url, status: 'unreadable', reason: `HTTP ${response.status}`, facts });
  if (type !== '' && !/html|text\/plain|xml/i.test(type)) return unread({ url, status: 'unreadable', reason: `not a web page (${type})`, facts });
  let html: string;
  try {
    html = await response.text();
  } catch (error) {
    return failed(error);
  }
  const text = pageText(html);
  const missing = facts.filter((f) => !stillQuoted(f.evidence.quote, text));
  return {
    url,
    status: 'read',
    missing,
    kept: facts.filter((f) => !missing.includes(f)),
    scriptDrawn: text.length < SCRIPT_DRAWN_CHARS,
    ...(response.redirected ? { redirectedTo: response.url } : {}),
  };
}

/** Reads every page, hosts in parallel up to `concurrency`, each host's pages in turn. */
export async function recheck(sources: ReadonlyMap<string, QuotedFact[]>, options: RecheckOptions): Promise<PageOutcome[]> {
  const byHost = new Map<string, string[]>();
  for (const url of sources.keys()) {
    const host = httpsHost(url) ?? url;
    byHost.set(host, [...(byHost.get(host) ?? []), url]);
  }
  const queues = [...byHost.values()];
  const outcomes = new Map<string, PageOutcome>();
  const worker = async () => {
    for (let queue = queues.shift(); queue; queue = queues.shift()) {
      for (const url of queue) outcomes.set(url, await readPage(url, sources.get(url)!, options));
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency) }, worker));
  return [...sources.keys()].map((url) => outcomes.get(url)!);
}
