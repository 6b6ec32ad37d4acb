// The counts `npm run facts` prints, and the one JSON object of `--json`, whose shape issue 14 fixes:
// scripts and future reach assertions read it, so keys are never added or renamed lightly.
import type { DirectoryId } from '../../utils/help/helplines/types';
import type { PlatformId } from '../../utils/taxonomy';
import { itemStatuses, type ItemStatus } from './checklist-status';
import type { FactsData } from './data';
import { entryStatuses, type EntryStatus } from './helpline-status';
import type { DigitalConsentAge } from '../../utils/guide/digital-consent';

/** Reach the issue asks for (issue 14): printed beside the figures, asserted by nobody yet. */
export const BIG_PLATFORMS: readonly PlatformId[] = ['instagram', 'tiktok', 'snapchat', 'youtube', 'facebook', 'x'];
export const REACH_BIG = 0.8;
export const REACH_OVERALL = 0.6;

export interface ItemCounts {
  items: number;
  confirmed: number;
  official: number;
  quoted: number;
  stale: number;
  shared: number;
}

export interface EntryCounts {
  entries: number;
  /** Facts stated by those entries, and how many an official passage supports. */
  facts: number;
  confirmed: number;
  official: number;
  quoted: number;
  stale: number;
}

export interface FactsReport {
  today: string;
  items: ItemStatus[];
  entries: EntryStatus[];
  checklists: ItemCounts & { platforms: Array<{ platform: PlatformId } & ItemCounts> };
  helplines: EntryCounts & { countries: Array<{ country: DirectoryId } & EntryCounts> };
  /** Listed in docs/FACTS.md with their passages; not in the JSON, whose shape issue 14 fixes. */
  consentAges: readonly DigitalConsentAge[];
}

export function countItems(items: readonly ItemStatus[]): ItemCounts {
  const specific = items.filter((i) => !i.shared);
  return {
    items: specific.length,
    confirmed: specific.filter((i) => i.pathEvidence.length > 0).length,
    official: specific.filter((i) => i.officialSource).length,
    quoted: specific.filter((i) => i.quotes.length > 0).length,
    stale: specific.filter((i) => i.stale).length,
    shared: items.length - specific.length,
  };
}

export function countEntries(entries: readonly EntryStatus[]): EntryCounts {
  const facts = entries.flatMap((e) => e.stated.map((fact) => e.evidence[fact] ?? []));
  return {
    entries: entries.length,
    facts: facts.length,
    confirmed: facts.filter((evidence) => evidence.length > 0).length,
    official: entries.filter((e) => e.official).length,
    quoted: entries.filter((e) => e.quoted).length,
    stale: entries.filter((e) => e.stale).length,
  };
}

export function factsReport(data: FactsData, today: string): FactsReport {
  const items = itemStatuses(data, today);
  const entries = entryStatuses(data, today);
  const platforms = [...new Set(items.map((i) => i.platform))];
  const countries = data.directories.map((d) => d.country);
  return {
    today,
    items,
    entries,
    checklists: {
      ...countItems(items),
      platforms: platforms.map((platform) => ({ platform, ...countItems(items.filter((i) => i.platform === platform)) })),
    },
    helplines: {
      ...countEntries(entries),
      countries: countries.map((country) => ({ country, ...countEntries(entries.filter((e) => e.directories.includes(country))) })),
    },
    consentAges: data.consentAges ?? [],
  };
}

/** Exactly the object of issue 14: `{"checklists":{…,"platforms":{"<id>":{items,confirmed}}},"helplines":{…}}`. */
export function reportJson(report: FactsReport) {
  const { items, confirmed, official, quoted, stale, shared } = report.checklists;
  const platforms = Object.fromEntries(report.checklists.platforms.map((p) => [p.platform, { items: p.items, confirmed: p.confirmed }]));
  const { entries, official: officialEntries, quoted: quotedEntries, stale: staleEntries } = report.helplines;
  return {
    checklists: { items, confirmed, official, quoted, stale, shared, platforms },
    helplines: { entries, official: officialEntries, quoted: quotedEntries, stale: staleEntries },
  };
}

/** A share as a whole percentage; 0 of 0 reads as 0 %. */
export function percent(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((100 * part) / whole);
}
