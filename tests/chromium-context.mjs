// The Chromium of the browser tests (tests/e2e/harness.ts) and of the benchmark
// (tests/bench/chromium.mjs): Debian's Chromium with the chosen unpacked extension (or none),
// every host unresolvable, chosen URLs on the real hostnames answered by fixture pages, and every
// request of every context (pages, the service worker, extension pages) recorded. A request that
// is neither a fixture nor a file of the extension itself is aborted and listed as a stray.
// Plain ESM with its types in chromium-context.d.mts: the benchmark runs in Node without TypeScript.
import { chromium } from 'playwright-core';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromiumEnv, chromiumFlags } from './chromium-flags.mjs';

// Playwright reports (and routes) a service worker's own requests only with this flag:
// https://playwright.dev/docs/service-workers-experimental
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';

export const ROOT = resolve(import.meta.dirname, '..');
export const EXTENSION_DIR = resolve(ROOT, process.env.VIGIE_OUT_DIR ?? '.output', 'chrome-mv3');
export const FIXTURES = resolve(ROOT, 'tests/fixtures/pages');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * The id Chromium gives an unpacked extension: the SHA-256 of its absolute path, first 32 hex
 * digits written with the letters a to p. Known before launch, so the service worker's first
 * requests (made before it can be asked its URL) are recognised as the extension's own files.
 * @param {string} path
 */
function unpackedExtensionId(path) {
  const hex = createHash('sha256').update(path).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + Number.parseInt(digit, 16))).join('');
}

/** @param {string} url */
function withoutHash(url) {
  const parsed = new URL(url);
  parsed.hash = '';
  return parsed.href;
}

/**
 * A file is read once, when it is served; a function is called at every request.
 * @param {string | (() => string)} fixture a file name in tests/fixtures/pages, or a function returning HTML
 * @returns {() => string}
 */
function bodyOf(fixture) {
  if (typeof fixture === 'function') return fixture;
  const body = readFileSync(join(FIXTURES, fixture), 'utf8');
  return () => body;
}

/**
 * @param {{ extensionDir?: string, lang: string, extraFlags?: string[], profilePrefix: string, fixtures?: Record<string, string | (() => string)>, timezoneId?: string }} options
 *   extensionDir: the unpacked extension to load; without it, none.
 *   fixtures: URL → fixture; a URL without a query also answers any query, and the hash never counts.
 *   timezoneId: the clock's time zone for every page (default: the machine's).
 */
export async function launchChromiumContext({ extensionDir, lang, extraFlags = [], profilePrefix, fixtures = {}, timezoneId }) {
  if (!existsSync(CHROMIUM)) throw new Error(`No Chromium at ${CHROMIUM}: install Debian's chromium or set CHROMIUM_PATH.`);
  if (extensionDir && !existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No build at ${extensionDir}: run "npm run build" first.`);
  }
  const profile = mkdtempSync(join(tmpdir(), profilePrefix));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [...chromiumFlags({ extensionDir, lang }), ...extraFlags],
    env: chromiumEnv(lang),
    ...(timezoneId ? { timezoneId } : {}),
  });

  /** @type {Map<string, () => string>} */
  const bodies = new Map();
  /** @param {string} url @param {string | (() => string)} fixture */
  const serve = (url, fixture) => void bodies.set(withoutHash(url), bodyOf(fixture));
  for (const [url, fixture] of Object.entries(fixtures)) serve(url, fixture);
  /** @param {string} url */
  const fixtureFor = (url) => {
    const exact = bodies.get(withoutHash(url));
    if (exact !== undefined) return exact;
    const parsed = new URL(url);
    parsed.search = '';
    parsed.hash = '';
    return bodies.get(parsed.href);
  };
  /** @type {string[]} */
  const strayRequests = [];
  const extensionId = extensionDir ? unpackedExtensionId(extensionDir) : '';
  // Chromium serves a web-accessible file marked use_dynamic_url (the panel's frame) at an id made
  // for the session (a GUID), not the extension's id: a file of the extension all the same.
  const dynamicFile = /^chrome-extension:\/\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\/([^?#]+)/;
  /** @param {string} url */
  const isExtensionFile = (url) => {
    if (extensionId === '' || !extensionDir) return false;
    if (url.startsWith(`chrome-extension://${extensionId}/`)) return true;
    const path = dynamicFile.exec(url)?.[1];
    return path !== undefined && !path.includes('..') && existsSync(join(extensionDir, path));
  };

  context.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('data:') || isExtensionFile(url)) return;
    if (fixtureFor(url) !== undefined && request.resourceType() === 'document') return;
    strayRequests.push(`${request.method()} ${url} (${request.resourceType()})`);
  });
  await context.route('**/*', async (route) => {
    const request = route.request();
    if (isExtensionFile(request.url())) return route.continue();
    const body = fixtureFor(request.url());
    if (body !== undefined && request.resourceType() === 'document') {
      await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: body() });
    } else {
      await route.abort('blockedbyclient');
    }
  });

  let worker;
  if (extensionDir) {
    worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const running = new URL(worker.url()).host;
    if (running !== extensionId) throw new Error(`The extension runs as ${running}, not ${extensionId} as computed from its path.`);
  }

  return {
    context,
    extensionId,
    worker,
    strayRequests,
    serve,
    /** @param {string} path */
    extensionUrl: (path) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`,
    profile,
    closeBrowser: () => context.close(),
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
