// The rule packs as data: every platform has a registered pack, every page has test URLs that
// match it and nothing else, every look-alike matches nothing, every page has a name in each
// language. Failure messages say what to change.
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectPage, urlPatterns } from '../../../utils/detection/detect';
import { contentScriptMatches, rulePacks } from '../../../utils/detection/platforms';
import type { PageRule, RulePack } from '../../../utils/detection/platforms/types';
import { PLATFORM_IDS, isContext } from '../../../utils/taxonomy';
import en from '../../../utils/i18n/locales/en/pages.json';
import fr from '../../../utils/i18n/locales/fr/pages.json';
import { REPO_ROOT } from './helpers/url-corpus';

const PLATFORMS_DIR = resolve(REPO_ROOT, 'utils/detection/platforms');
const needsDocument = (rule: PageRule) => rule.dom?.anyOf !== undefined;

describe('the registry', () => {
  it('registers every pack file of utils/detection/platforms, under the id that is its file name', () => {
    const files = readdirSync(PLATFORMS_DIR)
      .filter((f) => f.endsWith('.ts') && f !== 'index.ts' && f !== 'types.ts')
      .map((f) => f.replace(/\.ts$/, ''))
      .sort();
    const registered = rulePacks.map((p) => p.id).sort();
    expect(registered, 'Import every utils/detection/platforms/<id>.ts in utils/detection/platforms/index.ts and add it to rulePacks').toEqual(files);
  });

  it('has exactly one pack for every platform of the taxonomy', () => {
    expect(rulePacks.map((p) => p.id).sort()).toEqual([...PLATFORM_IDS].sort());
  });

  it('gives every host to one pack only, so a URL can only ever match one platform', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const pack of rulePacks) {
      const hosts = new Set([...pack.hosts, ...pack.pages.flatMap((r) => urlPatterns(r).flatMap((p) => p.hosts ?? []))]);
      for (const host of hosts) {
        const other = owner.get(host);
        if (other && other !== pack.id) clashes.push(`${host} is declared by ${other} and ${pack.id}: keep it in one pack`);
        owner.set(host, pack.id);
      }
    }
    expect(clashes, clashes.join('\n')).toEqual([]);
  });

  it('declares lower-case hosts without scheme or path, and pattern hosts that the pack also lists', () => {
    const problems: string[] = [];
    for (const pack of rulePacks) {
      for (const host of pack.hosts) if (!/^(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(host)) problems.push(`${pack.id}: bad host "${host}"`);
      for (const rule of pack.pages)
        for (const pattern of urlPatterns(rule))
          for (const host of pattern.hosts ?? [])
            if (!pack.hosts.includes(host)) problems.push(`${pack.id}/${rule.id}: add ${host} to the pack's hosts`);
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('turns the packs with settings pages into https match patterns, and leaves out packs without pages', () => {
    const matches = contentScriptMatches();
    expect(matches).toContain('https://www.facebook.com/*');
    expect(matches).toContain('https://*.pinterest.com/*');
    expect(matches).toContain('https://studio.youtube.com/*');
    expect(matches.some((m) => m.includes('yubo.live') || m.includes('index-education.net'))).toBe(false);
    expect(matches.every((m) => /^https:\/\/(\*\.)?[a-z0-9.-]+\/\*$/.test(m))).toBe(true);
  });
});

describe.each(rulePacks.map((pack) => [pack.id, pack] as const))('the %s pack', (_id, pack: RulePack) => {
  it('has unique page ids, valid contexts, https links, and app-only ids distinct from page ids', () => {
    const ids = pack.pages.map((r) => r.id);
    expect(new Set(ids).size, `duplicate page id in utils/detection/platforms/${pack.id}.ts`).toBe(ids.length);
    for (const rule of pack.pages) {
      expect(isContext(rule.context), `${rule.id}: unknown context ${rule.context}`).toBe(true);
      for (const link of [rule.deepLink, rule.helpUrl]) if (link) expect(link).toMatch(/^https:\/\//);
    }
    if (pack.reportUrl) expect(pack.reportUrl).toMatch(/^https:\/\//);
    for (const feature of pack.appOnly ?? []) expect(ids, `app-only id ${feature.id} collides with a page id`).not.toContain(feature.id);
  });

  it('gives every page at least one test URL, on one of its hosts', () => {
    for (const rule of pack.pages) expect(rule.testUrls.length, `add testUrls to ${pack.id}/${rule.id}`).toBeGreaterThan(0);
  });

  it('matches each page’s test URLs with that page and no other rule (cross-matrix)', () => {
    const failures: string[] = [];
    for (const rule of pack.pages) {
      for (const url of rule.testUrls) {
        const match = detectPage(url);
        if (needsDocument(rule)) {
          // Without a document a DOM-signal page must not match: tests/utils/detection/detect-dom.test.ts gives it one.
          if (match?.pageId === rule.id) failures.push(`${url} matched ${rule.id} without its DOM signal`);
          continue;
        }
        if (!match) failures.push(`${url} (a test URL of ${pack.id}/${rule.id}) matched nothing: widen ${rule.id}'s paths or add the host`);
        else if (match.platform !== pack.id || match.pageId !== rule.id)
          failures.push(`${url} (a test URL of ${pack.id}/${rule.id}) matched ${match.platform}/${match.pageId}: move ${rule.id} before ${match.pageId} or narrow ${match.pageId}`);
      }
    }
    expect(failures, failures.join('\n')).toEqual([]);
  });

  it('matches none of its look-alikes', () => {
    const failures = pack.notSettings
      .map((url) => [url, detectPage(url)] as const)
      .filter(([, match]) => match !== null)
      .map(([url, match]) => `${url} is listed as not a settings page but matched ${match!.platform}/${match!.pageId}: narrow that rule`);
    expect(failures, failures.join('\n')).toEqual([]);
  });

  it('matches no test URL or look-alike of any other pack with one of its own rules', () => {
    const foreign = rulePacks.filter((p) => p !== pack).flatMap((p) => [...p.pages.flatMap((r) => r.testUrls), ...p.notSettings]);
    const stolen = foreign.map((url) => [url, detectPage(url)] as const).filter(([, match]) => match?.platform === pack.id);
    expect(stolen.map(([url]) => `${url} belongs to another platform but matched ${pack.id}`)).toEqual([]);
  });

  it('names every page and every app-only control in English and French, with the in-app path', () => {
    const missing: string[] = [];
    const keys = [
      ...pack.pages.map((r) => `pages.${pack.id}.${r.id}`),
      ...(pack.appOnly ?? []).flatMap((f) => [`pages.${pack.id}.${f.id}`, `pages.${pack.id}.${f.id}.inApp`]),
    ];
    for (const [lang, catalog] of [['en', en], ['fr', fr]] as const) {
      for (const key of keys) if (!(catalog as Record<string, string>)[key]?.trim()) missing.push(`utils/i18n/locales/${lang}/pages.json lacks "${key}"`);
    }
    expect(missing, missing.join('\n')).toEqual([]);
  });
});

describe('the page names', () => {
  it('have no key that names a page or control that does not exist, in either language', () => {
    const known = new Set(
      rulePacks.flatMap((p) => [
        ...p.pages.map((r) => `pages.${p.id}.${r.id}`),
        ...(p.appOnly ?? []).flatMap((f) => [`pages.${p.id}.${f.id}`, `pages.${p.id}.${f.id}.inApp`]),
      ]),
    );
    expect(Object.keys(en).filter((k) => !known.has(k))).toEqual([]);
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
  });
});

describe('the app-only controls', () => {
  it('are declared where the sources say the controls live only in the mobile app', () => {
    const contextsOf = (id: string) => rulePacks.find((p) => p.id === id)?.appOnly?.map((f) => f.context) ?? [];
    expect(contextsOf('instagram')).toContain('supervision');
    expect(contextsOf('tiktok')).toContain('supervision');
    expect(contextsOf('snapchat')).toContain('supervision');
    expect(contextsOf('yubo').length).toBeGreaterThan(0);
  });
});
