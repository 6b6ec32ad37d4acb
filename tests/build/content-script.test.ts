// @vitest-environment node
// The content script as it ships: built here (WXT's own build, into a temporary folder), then
// read back. It must carry none of the rule packs' test data and none of the links that only
// extension pages show (both stripped at build time, build/content-script-build.ts), no
// browser polyfill, and fit the 16 KB gzipped budget of all content scripts (DESIGN.md).
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from 'wxt';
import { rulePacks } from '../../utils/detection/platforms';
import { REPO_ROOT } from '../utils/detection/helpers/url-corpus';

const BUDGET = 16 * 1024;
let outDir = '';
let contentScripts: Array<{ name: string; code: string }> = [];
let otherChunks = '';

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'vigie-build-'));
  await build({ root: REPO_ROOT, outDir, logger: { ...console, debug() {}, info() {}, log() {}, success() {} } as never });
  const dir = join(outDir, 'chrome-mv3');
  contentScripts = readdirSync(join(dir, 'content-scripts'))
    .filter((name) => name.endsWith('.js'))
    .map((name) => ({ name, code: readFileSync(join(dir, 'content-scripts', name), 'utf8') }));
  otherChunks = [...readdirSync(dir).filter((n) => n.endsWith('.js')).map((n) => join(dir, n)), ...readdirSync(join(dir, 'chunks')).map((n) => join(dir, 'chunks', n))]
    .map((file) => readFileSync(file, 'utf8'))
    .join('\n');
}, 120_000);

afterAll(() => {
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

/** Every string of a given kind that the packs hold, so the test follows the packs as they grow. */
const testData = rulePacks.flatMap((pack) => [...pack.notSettings, ...pack.pages.flatMap((rule) => rule.testUrls)]);
const links = rulePacks.flatMap((pack) => [
  ...(pack.reportUrl ? [pack.reportUrl] : []),
  ...pack.pages.flatMap((rule) => [rule.deepLink, rule.helpUrl].filter((link): link is string => link !== undefined)),
  ...(pack.appOnly ?? []).flatMap((feature) => (feature.helpUrl ? [feature.helpUrl] : [])),
]);

describe('the built content script', () => {
  it('exists, and still holds the matchers (hosts and page ids) it needs', () => {
    expect(contentScripts.map((s) => s.name)).toEqual(['content.js']);
    const code = contentScripts[0]?.code ?? '';
    for (const pack of rulePacks) for (const host of pack.hosts) expect(code, `host ${host}`).toContain(`"${host}"`);
    for (const pack of rulePacks) for (const rule of pack.pages) expect(code, `${pack.id}/${rule.id}`).toContain(`"${rule.id}"`);
  });

  it('ships no test URL or look-alike of the rule packs', () => {
    expect(testData.length).toBeGreaterThan(300);
    const shipped = testData.filter((url) => contentScripts.some((s) => s.code.includes(url)));
    expect(shipped, 'strip test data from the packs (utils/detection/platforms/lib/strip-pack-data.ts)').toEqual([]);
    for (const s of contentScripts) expect(s.code).not.toMatch(/testUrls|notSettings/);
  });

  it('ships no deep link, help page or report page: extension pages read them through pageDetails()', () => {
    expect(links.length).toBeGreaterThan(50);
    const shipped = links.filter((url) => contentScripts.some((s) => s.code.includes(url)));
    expect(shipped, 'the content-script build must strip the packs\' links (build/content-script-build.ts)').toEqual([]);
    for (const s of contentScripts) expect(s.code).not.toMatch(/(?:deepLink|helpUrl|reportUrl):["'`]/);
  });

  it('ships without webextension-polyfill, which the other builds keep', () => {
    const polyfillMarker = 'This script should only be loaded in a browser extension.';
    for (const s of contentScripts) expect(s.code).not.toContain(polyfillMarker);
    expect(otherChunks).toContain(polyfillMarker);
  });

  it('fits, with every other content script, in 16 KB gzipped', () => {
    const total = contentScripts.reduce((sum, s) => sum + gzipSync(s.code, { level: 9 }).length, 0);
    expect(total).toBeLessThanOrEqual(BUDGET);
  });
});
