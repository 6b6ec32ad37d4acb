// @vitest-environment node
// `npm run facts:recheck` against a loopback server serving saved pages: a page that still holds
// its passage (split by tags, entities and line breaks), one that changed (the old passage left
// only in a script), one that now redirects to a page without it, one gone (404), one gone for good
// (410), one that never answers, one refused (a closed port), one behind a robot wall (403), a PDF
// and an app shell drawn by its scripts. The data is
// fixture data whose official addresses are rewritten to the loopback by `--map`: nothing else is
// ever fetched.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FactsData } from '../../../tools/facts/data';
import { parseRecheckArgs, runRecheck } from '../../../tools/facts/recheck-command';
import { quoted, cite, item } from '../../../utils/guide/checklists/build';
import { fixtureDirectories } from './fixture-data';

const PAGES = resolve(import.meta.dirname, '../../fixtures/facts');
const page = (name: string) => readFileSync(resolve(PAGES, name), 'utf8');
const READ = '2026-12-01';

const inFlight = new Map<string, number>();
const mostAtOnce = new Map<string, number>();
let server: Server;
let closedPort: number;
let base: string;
const requested: string[] = [];

type Send = (status: number, body?: string, headers?: Record<string, string>) => void;
const ROUTES: Record<string, (send: Send) => void> = {
  '/ig/unchanged': (send) => send(200, page('unchanged.html')),
  // a removed article sent to the help centre's home page, which still answers 200
  '/ig/moved': (send) => send(301, '', { Location: '/ig/home' }),
  '/ig/home': (send) => send(200, page('changed.html')),
  '/fr/guide.pdf': (send) => send(200, '%PDF-1.7', { 'Content-Type': 'application/pdf' }),
  '/ig/changed': (send) => send(200, page('changed.html')),
  '/ig/gone': (send) => send(404, 'Not found'),
  '/fr/ligne': (send) => send(200, page('ligne.html')),
  '/fr/ancienne': (send) => send(410),
  '/fr/lente': () => undefined, // never answers
  '/tt/wall': (send) => send(403, 'Access denied'),
  '/tt/drawn': (send) => send(200, page('drawn.html')),
};

beforeAll(async () => {
  server = createServer((request, response) => {
    const path = request.url ?? '';
    requested.push(path);
    const group = path.split('/')[1]!;
    inFlight.set(group, (inFlight.get(group) ?? 0) + 1);
    mostAtOnce.set(group, Math.max(mostAtOnce.get(group) ?? 0, inFlight.get(group)!));
    const done = () => inFlight.set(group, inFlight.get(group)! - 1);
    response.on('close', done);
    const route = ROUTES[path];
    // a little latency, so that two requests to one host at once would overlap
    setTimeout(() => {
      if (!route) return void response.writeHead(500).end();
      route((status, body, headers) => response.writeHead(status, { 'Content-Type': 'text/html; charset=utf-8', ...headers }).end(body));
    }, 40);
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const closed = createServer();
  await new Promise<void>((ready) => closed.listen(0, '127.0.0.1', ready));
  closedPort = (closed.address() as AddressInfo).port;
  await new Promise((done) => closed.close(done));
});

afterAll(() => {
  server.closeAllConnections();
  server.close();
});

const ig = (id: string, path: string, quote: string) =>
  item(id, cite(`https://help.instagram.com/${path}`, 'Instagram Help Centre', READ), {
    evidence: [quoted(`https://help.instagram.com/${path}`, 'en', READ, ['path'], quote)],
  });

function data(): FactsData {
  const line = fixtureDirectories[1]!.services[0]!;
  const directory = {
    ...fixtureDirectories[1]!,
    services: [
      {
        ...line,
        evidence: [
          quoted('https://www.3018.fr/ligne', 'fr', READ, ['hours', 'channels'], 'Le 3018 est joignable 7j/7, de 9h00 à 23h00, par téléphone'),
          quoted('https://www.3018.fr/ancienne', 'fr', READ, ['number'], 'Le 3018, numéro national.'),
          quoted('https://www.3018.fr/ancienne', 'fr', READ, ['cost'], 'Appel gratuit.'),
          quoted('https://www.3018.fr/lente', 'fr', READ, ['cost'], 'Gratuit.'),
          quoted('https://www.3018.fr/closed', 'fr', READ, ['who'], 'Pour les jeunes.'),
          quoted('https://www.3018.fr/guide.pdf', 'fr', READ, ['purpose'], 'Le 3018 accompagne les victimes.'),
        ],
      },
    ],
  };
  const checklist = {
    platform: 'instagram' as const,
    contexts: ['privacy' as const],
    version: READ,
    items: [
      ig('private-account', 'unchanged', 'Tap Settings and activity, then Account privacy.'),
      ig('teen-default', 'unchanged', "Teens' accounts are set to private by default."),
      // words left out with an ellipsis: the pieces, in order
      ig('privacy-steps', 'unchanged', 'Tap Settings and activity, … Account privacy. Teens’ accounts […] by default.'),
      ig('out-of-order', 'unchanged', 'Account privacy … Tap Settings and activity'),
      ig('hidden-words', 'changed', 'Go to Privacy, then tap Hidden Words.'),
      ig('restrict', 'gone', 'Tap Restrict.'),
      ig('close-friends', 'moved', 'Tap Close Friends.'),
    ],
  };
  const tiktok = {
    platform: 'tiktok' as const,
    contexts: ['privacy' as const],
    version: READ,
    items: [
      item('private', cite('https://support.tiktok.com/wall', 'TikTok', READ), {
        evidence: [quoted('https://support.tiktok.com/wall', 'en', READ, ['path'], 'Private account')],
      }),
      item('restricted', cite('https://support.tiktok.com/drawn', 'TikTok', READ), {
        evidence: [quoted('https://support.tiktok.com/drawn', 'en', READ, ['path'], 'Restricted Mode')],
      }),
    ],
  };
  return { checklists: [checklist, tiktok], platformDomains: {}, directories: [directory], withPurpose: new Set() };
}

describe('npm run facts:recheck against saved pages on the loopback', () => {
  let result: { output: string; exitCode: number };

  beforeAll(async () => {
    const options = parseRecheckArgs([
      '--map', `https://help.instagram.com/=${base}/ig/`,
      '--map', `https://www.3018.fr/closed=http://127.0.0.1:${closedPort}/closed`,
      '--map', `https://www.3018.fr/=${base}/fr/`,
      '--map', `https://support.tiktok.com/=${base}/tt/`,
      '--timeout', '800',
      '--concurrency', '4',
    ]);
    const loopbackOnly: typeof fetch = (input, init) => {
      const url = String(input);
      if (!url.startsWith('http://127.0.0.1:')) throw new Error(`the recheck test tried to reach ${url}`);
      return fetch(input, init);
    };
    result = await runRecheck(data(), { ...options, fetch: loopbackOnly });
  }, 20_000);

  it('keeps the passages still on their page, whatever the markup, entities and typography', () => {
    expect(result.output).not.toContain('private-account');
    expect(result.output).not.toContain('teen-default');
    expect(result.output).not.toContain('privacy-steps');
    expect(result.output).not.toMatch(/CHANGED .*ligne/);
  });

  it('lists a passage whose elided pieces are no longer in their order', () => {
    expect(result.output).toContain('CHANGED https://help.instagram.com/unchanged\n  checklist instagram/out-of-order (read 2026-12-01): "Account privacy … Tap Settings and activity"');
  });

  it('lists a passage that is no longer on its page, even when a script still holds the old words', () => {
    expect(result.output).toContain('CHANGED https://help.instagram.com/changed\n  checklist instagram/hidden-words (read 2026-12-01): "Go to Privacy, then tap Hidden Words."');
  });

  it('lists the pages that are gone: 404, 410, no answer in time, refused', () => {
    expect(result.output).toContain('GONE https://help.instagram.com/gone (HTTP 404): checklist instagram/restrict');
    // two passages of one entry on that page: the entry is named once
    expect(result.output).toContain('GONE https://www.3018.fr/ancienne (HTTP 410): helpline fr-line\n');
    expect(result.output).toContain('GONE https://www.3018.fr/lente (no answer within 800 ms): helpline fr-line');
    expect(result.output).toMatch(/GONE https:\/\/www\.3018\.fr\/closed \(network error: .*ECONNREFUSED.*\): helpline fr-line/);
  });

  it('says where a page now redirects when its passage is gone', () => {
    expect(result.output).toContain(`CHANGED https://help.instagram.com/moved (now redirects to ${base}/ig/home)`);
  });

  it('tells a robot wall, a file that is no web page and a page drawn by scripts apart from a change', () => {
    expect(result.output).toContain('UNREADABLE https://www.3018.fr/guide.pdf (not a web page (application/pdf); read it in a browser): helpline fr-line');
    expect(result.output).toContain('UNREADABLE https://support.tiktok.com/wall (HTTP 403; read it in a browser): checklist tiktok/private');
    expect(result.output).toContain('CHANGED https://support.tiktok.com/drawn (the page has almost no text without its scripts: read it in a browser)');
  });

  it('sums it up and exits 1 when there is something to look at', () => {
    expect(result.output).not.toContain('is this machine online');
    expect(result.output).toContain('11 pages, 15 quoted passages: 4 still on their page; 4 pages changed, 4 gone, 2 unreadable.');
    expect(result.exitCode).toBe(1);
  });

  it('reads one page at a time per host, each page once', () => {
    expect(mostAtOnce.get('ig')).toBe(1);
    expect(mostAtOnce.get('fr')).toBe(1);
    expect(requested.filter((path) => path === '/ig/unchanged')).toHaveLength(1);
  });
});

describe('npm run facts:recheck without a network', () => {
  it('says that nothing answered rather than that every page is gone', async () => {
    const offline = parseRecheckArgs(['--map', `https://=http://127.0.0.1:${closedPort}/`, '--timeout', '800']);
    const { output, exitCode } = await runRecheck(data(), offline);
    expect(output).toContain('No page answered at all: is this machine online?');
    expect(exitCode).toBe(1);
  });
});

describe('the options of npm run facts:recheck', () => {
  it('takes address mappings, a timeout and a concurrency, and refuses anything else', () => {
    expect(parseRecheckArgs(['--', '--map', 'https://a.example/=http://127.0.0.1:9/a/', '--timeout', '100'])).toMatchObject({
      rewrite: [['https://a.example/', 'http://127.0.0.1:9/a/']],
      timeoutMs: 100,
      concurrency: 4,
    });
    expect(() => parseRecheckArgs(['--map', 'https://a.example/'])).toThrow(/FROM=TO/);
    expect(() => parseRecheckArgs(['--concurrency', '0'])).toThrow(/whole number/);
    expect(() => parseRecheckArgs(['--fast', '1'])).toThrow(/unknown option --fast/);
    expect(() => parseRecheckArgs(['--timeout'])).toThrow(/--timeout needs a value/);
  });
});
