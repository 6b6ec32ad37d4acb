// Every page a passage was quoted from, with the facts that rest on it: what
// `npm run facts:recheck` reads again.
import type { Evidence } from '../../utils/evidence';
import type { FactsData } from './data';

export interface QuotedFact {
  /** "checklist instagram/private-account" or "helpline fr-3018". */
  fact: string;
  evidence: Evidence;
}

/** Page URL → the facts quoted from it, in data order; each passage once per fact. */
export function quotedSources(data: FactsData): Map<string, QuotedFact[]> {
  const byUrl = new Map<string, QuotedFact[]>();
  const add = (fact: string, evidence: Evidence) => {
    const list = byUrl.get(evidence.url) ?? [];
    if (!list.some((known) => known.fact === fact && known.evidence.quote === evidence.quote)) list.push({ fact, evidence });
    byUrl.set(evidence.url, list);
  };
  for (const checklist of data.checklists) {
    for (const item of checklist.items) for (const e of item.evidence) add(`checklist ${checklist.platform}/${item.id}`, e);
  }
  for (const directory of data.directories) {
    for (const service of directory.services) for (const e of service.evidence ?? []) add(`helpline ${service.id}`, e);
  }
  return byUrl;
}
