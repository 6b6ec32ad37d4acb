// @vitest-environment node
// `npm run facts`: the counts on hand-counted fixture data, the JSON shape of issue 14, the
// Markdown report, and the same command on the real data (its counts checked against a plain
// recount of the modules, and once through npm itself).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { realData } from '../../../tools/facts/data';
import { parseFactsArgs, runFacts } from '../../../tools/facts/facts-command';
import { onDomains } from '../../../utils/evidence';
import { checklists } from '../../../utils/guide/checklists';
import { OFFICIAL_DOMAINS } from '../../../utils/guide/checklists/official-domains';
import { directories } from '../../../utils/help/helplines';
import { fixtureData, TODAY } from './fixture-data';

const ROOT = resolve(import.meta.dirname, '../../..');
const scratch = mkdtempSync(join(tmpdir(), 'vigie-facts-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const options = (extra: string[] = []) => parseFactsArgs(['--out', join(scratch, 'FACTS.md'), '--today', TODAY, ...extra]);

describe('npm run facts on fixture data', () => {
  it('counts each item once per platform, shared habits apart, and entries only when every fact is', () => {
    const json = JSON.parse(runFacts(fixtureData, options(['--json'])));
    expect(json).toEqual({
      checklists: {
        items: 6,
        confirmed: 3,
        official: 5,
        quoted: 4,
        stale: 1,
        shared: 2,
        platforms: { instagram: { items: 5, confirmed: 2 }, x: { items: 1, confirmed: 1 } },
      },
      helplines: { entries: 4, official: 2, quoted: 2, stale: 1 },
    });
  });

  it('prints the figures per platform and per country, with the reach', () => {
    const text = runFacts(fixtureData, options());
    const row = (label: string) => text.split('\n').find((line) => line.startsWith(`${label} `))?.split(/\s+/);
    expect(row('instagram')).toEqual(['instagram', '5', '2', '4', '3', '1', '1', '40', '%']);
    expect(row('x')).toEqual(['x', '1', '1', '1', '1', '0', '1', '100', '%']);
    expect(row('BE')).toEqual(['BE', '2', '6', '2', '0', '1', '0']);
    expect(row('FR')).toEqual(['FR', '2', '9', '8', '2', '1', '1']);
    expect(row('INT')).toEqual(['INT', '1', '5', '5', '1', '1', '1']);
    expect(text).toContain('instagram: 2/5 (40 %, target ≥ 80 %: not met)');
    expect(text).toContain('x: 1/1 (100 %, target ≥ 80 %: met)');
    expect(text).toContain('all platforms: 3/6 (50 %, target ≥ 60 %: not met)');
    expect(text).toContain('legacy pathConfirmed flags with no official passage behind them: 2 (to prove or drop)');
    expect(text).toContain('helplines official and quoted: 1/4 entries');
  });

  it('writes a report that says which page confirms what, and what is not confirmed', () => {
    runFacts(fixtureData, options());
    const markdown = readFileSync(join(scratch, 'FACTS.md'), 'utf8');
    expect(markdown).toContain(`on ${TODAY}`);
    expect(markdown).toContain('| private-account | confirmed: https://help.instagram.com/1 (en, read 2026-12-01: path) | help.instagram.com | — |');
    // its off-domain passage sets the legacy flag (build.ts) but confirms nothing
    expect(markdown).toMatch(/\| restrict \| not confirmed \(flagged confirmed without an official passage\) \| www\.example-blog\.com \(not official\) \| not official, not counted: https:\/\/www\.example-blog\.com/);
    expect(markdown).toContain('| mentions | not confirmed (flagged confirmed without an official passage) |');
    expect(markdown).toMatch(/\| hidden-words \| confirmed: .*\| a passage is older than a year: read it again \|/);
    expect(markdown).toContain('| carer-photos-agreed | shared: names no menu |');
    expect(markdown).toMatch(/\| fr-portal \| channels: .* \| hours \| yes \|/);
    expect(markdown).toContain('| be-101 | number: https://www.police.be/101 (read 2026-12-01); cost: https://www.police.be/101 (read 2026-12-01) | — | no: madinin-art.net (forbidden: blog) |');
    expect(markdown).toContain('| be-line | — | number, hours, purpose, who | no: www.103.be |');
    // listed under its first directory only
    expect(markdown.match(/\| fr-line \|/g)).toHaveLength(1);
  });

  it('lists each age of digital consent with the passage that gives it', () => {
    const consentAges = [{
      country: 'fr', age: 15, officialDomains: ['cnil.fr'],
      evidence: [{ url: 'https://www.cnil.fr/r4', lang: 'fr', read: '2026-12-01', supports: ['claim' as const], quote: 'moins de 15 ans', note: 'CNIL recommendation 4' }],
    }];
    runFacts({ ...fixtureData, consentAges }, options());
    const markdown = readFileSync(join(scratch, 'FACTS.md'), 'utf8');
    expect(markdown).toContain('## Ages of digital consent');
    expect(markdown).toContain('| FR | 15 | https://www.cnil.fr/r4 (fr, read 2026-12-01: claim) | CNIL recommendation 4 |');
  });

  it('refuses an unknown option or a malformed day', () => {
    expect(() => parseFactsArgs(['--jsn'])).toThrow(/unknown option --jsn/);
    expect(() => parseFactsArgs(['--today', '3 Dec'])).toThrow(/YYYY-MM-DD/);
    expect(parseFactsArgs([], new Date('2026-12-03T23:59:00Z')).today).toBe('2026-12-03');
  });
});

describe('npm run facts on the real data', () => {
  const json = JSON.parse(runFacts(realData(), options(['--json'])));

  it('counts what a plain recount of the modules counts', () => {
    const unique = new Map(checklists.flatMap((c) => c.items.map((i) => [`${c.platform}/${i.id}`, { platform: c.platform, item: i }] as const)));
    // Shared habits and rules (a minimum age) name no menu: counted apart.
    const specific = [...unique.values()].filter(({ item }) => item.shared === undefined && item.noMenu === undefined);
    const confirmed = specific.filter(({ platform, item }) =>
      item.evidence.some((e) => e.supports.includes('path') && onDomains(e.url, OFFICIAL_DOMAINS[platform])),
    );
    expect(json.checklists.items).toBe(specific.length);
    expect(json.checklists.shared).toBe(unique.size - specific.length);
    expect(json.checklists.confirmed).toBe(confirmed.length);
    expect(Object.keys(json.checklists.platforms).sort()).toEqual([...new Set(checklists.map((c) => c.platform))].sort());
    for (const [platform, counts] of Object.entries<{ items: number; confirmed: number }>(json.checklists.platforms)) {
      expect(counts.items, platform).toBe(specific.filter((s) => s.platform === platform).length);
      expect(counts.confirmed, platform).toBe(confirmed.filter((s) => s.platform === platform).length);
    }
    const ids = new Set(directories.flatMap((d) => d.services.map((s) => s.id)));
    expect(json.helplines.entries).toBe(ids.size);
    for (const key of ['official', 'quoted', 'stale'] as const) expect(json.helplines[key]).toBeLessThanOrEqual(ids.size);
  });

  it('prints exactly one JSON object through npm (npm run -s facts -- --json)', () => {
    const out = join(scratch, 'npm-FACTS.md');
    const stdout = execFileSync('npm', ['run', '-s', 'facts', '--', '--json', '--out', out], { cwd: ROOT, encoding: 'utf8' });
    expect(stdout.trim().split('\n')).toHaveLength(1);
    expect(JSON.parse(stdout)).toEqual(JSON.parse(runFacts(realData(), parseFactsArgs(['--json', '--out', out]))));
    expect(readFileSync(out, 'utf8')).toMatch(/^# Facts and their evidence/);
  }, 60_000);
});
