// `npm run facts [-- --json] [--out FILE] [--today YYYY-MM-DD]`: the counts per platform and per
// country, or (--json) exactly one JSON object on stdout; docs/FACTS.md is written either way.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { FactsData } from './data';
import { factsMarkdown } from './markdown';
import { factsReport, reportJson } from './report';
import { COUNTRY_HEAD, countryRows, PLATFORM_HEAD, platformRows, reachLines } from './summary';
import { textTable } from './table';

export const DEFAULT_OUT = 'docs/FACTS.md';

export interface FactsOptions {
  json: boolean;
  out: string;
  today: string;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The machine's date, in UTC like every date of the data. */
export function todayUtc(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

export function parseFactsArgs(argv: readonly string[], now = new Date()): FactsOptions {
  const options: FactsOptions = { json: false, out: DEFAULT_OUT, today: todayUtc(now) };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const next = argv[++i];
      if (next === undefined) throw new Error(`${arg} needs a value`);
      return next;
    };
    if (arg === '--') continue;
    if (arg === '--json') options.json = true;
    else if (arg === '--out') options.out = value();
    else if (arg === '--today') options.today = value();
    else throw new Error(`unknown option ${arg}: use --json, --out FILE, --today YYYY-MM-DD`);
  }
  if (!DAY.test(options.today)) throw new Error(`--today must be YYYY-MM-DD, not ${options.today}`);
  return options;
}

/** Counts the data, writes the Markdown report and returns what goes to stdout. */
export function runFacts(data: FactsData, options: FactsOptions): string {
  const report = factsReport(data, options.today);
  mkdirSync(dirname(options.out), { recursive: true });
  writeFileSync(options.out, factsMarkdown(report));
  if (options.json) return `${JSON.stringify(reportJson(report))}\n`;
  return [
    `Facts on ${options.today} (stale: read more than 12 months before). facts = platform-specific items; shared habits apart.`,
    '',
    'Checklists, per platform',
    textTable(PLATFORM_HEAD, platformRows(report)),
    '',
    'Reach (issue 14; printed, not asserted)',
    ...reachLines(report).map((line) => `  ${line}`),
    '',
    'Helplines, per country (facts = facts stated; confirmed = facts with an official passage)',
    textTable(COUNTRY_HEAD, countryRows(report)),
    '',
    `Written ${options.out}`,
    '',
  ].join('\n');
}
