// Where each helpline entry stands: which facts it states, which of them a passage quoted from
// the service's (or its government's) own pages supports, and whether anything it rests on lies
// elsewhere. An entry counts as official or quoted only when every fact it states is.
import { isStale, officialEvidenceFor, onDomains, type Evidence, type FactKind } from '../../utils/evidence';
import type { DirectoryId, Service } from '../../utils/help/helplines/types';
import type { FactsData } from './data';

export type HelplineFact = Extract<FactKind, 'number' | 'channels' | 'hours' | 'cost' | 'purpose' | 'who'>;

export interface EntryStatus {
  id: string;
  /** The directories that list it (a country, or INT). */
  directories: DirectoryId[];
  stated: HelplineFact[];
  /** Each stated fact → the official passages that support it (empty: not confirmed). */
  evidence: Partial<Record<HelplineFact, readonly Evidence[]>>;
  /** Source and evidence addresses off the entry's official domains (all of them when it declares none). */
  elsewhere: string[];
  official: boolean;
  quoted: boolean;
  stale: boolean;
}

/**
 * The facts an entry puts before a person. What the popup already shows as uncertain (unknown
 * hours, a channel or a cost marked unconfirmed) is not stated, so it needs no evidence.
 * "Who may use it" is a fact of the lines that answer people (children, young people, parents);
 * an emergency number, a portal or a directory is for anyone.
 */
export function statedFacts(service: Service, hasPurpose: boolean): HelplineFact[] {
  const stated: HelplineFact[] = [];
  if (service.phone) stated.push('number');
  if (service.channels.some((channel) => !channel.unconfirmed)) stated.push('channels');
  if (service.hours.kind !== 'unknown') stated.push('hours');
  if (service.free !== 'unconfirmed') stated.push('cost');
  if (hasPurpose) stated.push('purpose');
  if (service.kind === 'helpline') stated.push('who');
  return stated;
}

function statusOf(service: Service, data: FactsData, today: string): Omit<EntryStatus, 'directories'> {
  const domains = service.officialDomains ?? [];
  const evidence = service.evidence ?? [];
  const stated = statedFacts(service, data.withPurpose.has(service.id));
  const byFact: EntryStatus['evidence'] = {};
  for (const fact of stated) byFact[fact] = officialEvidenceFor(evidence, fact, domains);
  const addresses = [...service.sources.map((s) => s.url), ...evidence.map((e) => e.url)];
  const elsewhere = addresses.filter((url) => !onDomains(url, domains));
  return {
    id: service.id,
    stated,
    evidence: byFact,
    elsewhere: [...new Set(elsewhere)],
    official: domains.length > 0 && addresses.length > 0 && elsewhere.length === 0,
    quoted: stated.length > 0 && stated.every((fact) => (byFact[fact] ?? []).length > 0),
    stale: evidence.some((e) => isStale(e.read, today)),
  };
}

/** Every entry once, with the directories that list it, in directory order. */
export function entryStatuses(data: FactsData, today: string): EntryStatus[] {
  const byId = new Map<string, EntryStatus>();
  for (const directory of data.directories) {
    for (const service of directory.services) {
      const known = byId.get(service.id);
      if (known) known.directories.push(directory.country);
      else byId.set(service.id, { ...statusOf(service, data, today), directories: [directory.country] });
    }
  }
  return [...byId.values()];
}
