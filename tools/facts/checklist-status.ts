// Where each checklist item stands: is its menu path confirmed by a passage quoted from the
// platform's own help, is the source it shows official, is any passage older than a year.
// One row per platform and item id: the same item shown on two pages of a platform is one fact.
import { CHILD_SAFETY_BODIES, isStale, officialEvidenceFor, onDomains, type Evidence } from '../../utils/evidence';
import type { ChecklistItem } from '../../utils/guide/checklists/types';
import type { PlatformId } from '../../utils/taxonomy';
import type { FactsData } from './data';
import { evidenceStands } from './evidence-lint';

export interface ItemStatus {
  platform: PlatformId;
  id: string;
  /** Shared advice (carer, agreement, organisation habits) and rules (a minimum age) name no menu: counted apart. */
  shared: boolean;
  /** The official passages that state the path; empty when the path is not confirmed. */
  pathEvidence: readonly Evidence[];
  /** The item's shown source is the platform's own or a recognised child-safety body's. */
  officialSource: boolean;
  source: string;
  /** Every passage that stands: on the platform's domains, or a body's for the advice alone. */
  quotes: readonly Evidence[];
  /** Passages that do not stand (off the official domains): shown to the reviewer, never counted. */
  offDomain: readonly Evidence[];
  stale: boolean;
  /** The legacy `pathConfirmed` flag set with no passage behind it: to be proved or dropped. */
  flaggedWithoutEvidence: boolean;
}

function statusOf(platform: PlatformId, item: ChecklistItem, domains: readonly string[], today: string): ItemStatus {
  const quotes = item.evidence.filter((e) => evidenceStands(e, domains));
  const pathEvidence = officialEvidenceFor(item.evidence, 'path', domains);
  return {
    platform,
    id: item.id,
    shared: item.shared !== undefined || item.noMenu === true,
    pathEvidence,
    officialSource: onDomains(item.source.url, domains) || onDomains(item.source.url, CHILD_SAFETY_BODIES),
    source: item.source.url,
    quotes,
    offDomain: item.evidence.filter((e) => !quotes.includes(e)),
    stale: item.evidence.some((e) => isStale(e.read, today)),
    flaggedWithoutEvidence: item.shared === undefined && item.pathConfirmed && pathEvidence.length === 0,
  };
}

/** Every item once per platform and id, sorted by platform then in checklist order. */
export function itemStatuses(data: FactsData, today: string): ItemStatus[] {
  const seen = new Set<string>();
  const statuses: ItemStatus[] = [];
  for (const checklist of data.checklists) {
    const domains = data.platformDomains[checklist.platform] ?? [];
    for (const item of checklist.items) {
      const key = `${checklist.platform}/${item.id}`;
      if (seen.has(key)) continue;
      seen.add(key);
      statuses.push(statusOf(checklist.platform, item, domains, today));
    }
  }
  return statuses.sort((a, b) => (a.platform < b.platform ? -1 : a.platform > b.platform ? 1 : 0));
}
