// The figures per platform and per country, and the reach the issue asks for: what
// `npm run facts` prints, and the top of docs/FACTS.md.
import { BIG_PLATFORMS, percent, REACH_BIG, REACH_OVERALL, type FactsReport } from './report';
import type { Cell } from './table';

export const PLATFORM_HEAD = ['platform', 'facts', 'confirmed', 'official', 'quoted', 'stale', 'shared', 'reach'];
export const COUNTRY_HEAD = ['country', 'entries', 'facts', 'confirmed', 'official', 'quoted', 'stale'];

export function platformRows(report: FactsReport): Cell[][] {
  const rows = report.checklists.platforms.map((p) => [p.platform, p.items, p.confirmed, p.official, p.quoted, p.stale, p.shared]);
  const { items, confirmed, official, quoted, stale, shared } = report.checklists;
  return [...rows, ['all', items, confirmed, official, quoted, stale, shared]].map((row) => [
    ...row,
    `${percent(Number(row[2]), Number(row[1]))} %`,
  ]);
}

export function countryRows(report: FactsReport): Cell[][] {
  const rows = report.helplines.countries.map((c) => [c.country, c.entries, c.facts, c.confirmed, c.official, c.quoted, c.stale]);
  const { entries, facts, confirmed, official, quoted, stale } = report.helplines;
  return [...rows, ['all (each entry once)', entries, facts, confirmed, official, quoted, stale]];
}

/** One line per target: where the data stands against the reach of issue 14. */
export function reachLines(report: FactsReport): string[] {
  const verdict = (part: number, whole: number, target: number) =>
    `${part}/${whole} (${percent(part, whole)} %, target ≥ ${Math.round(target * 100)} %: ${whole > 0 && part / whole >= target ? 'met' : 'not met'})`;
  const lines = BIG_PLATFORMS.map((platform) => {
    const counts = report.checklists.platforms.find((p) => p.platform === platform);
    return `${platform}: ${verdict(counts?.confirmed ?? 0, counts?.items ?? 0, REACH_BIG)}`;
  });
  const { confirmed, items } = report.checklists;
  lines.push(`all platforms: ${verdict(confirmed, items, REACH_OVERALL)}`);
  const flagged = report.items.filter((i) => i.flaggedWithoutEvidence).length;
  lines.push(`legacy pathConfirmed flags with no official passage behind them: ${flagged} (to prove or drop)`);
  const both = report.entries.filter((e) => e.official && e.quoted).length;
  lines.push(`helplines official and quoted: ${both}/${report.entries.length} entries (target: all)`);
  return lines;
}
