// The evidence behind a fact a person acts on (DESIGN.md, "Facts carry their evidence"): a helpline's
// number, channels, hours, cost, purpose and who may use it; a checklist item's menu path, default
// and claim. Shared vocabulary of the helpline directory, the checklists, `npm run facts` and their
// lint tests. Pure data and helpers: no extension API.

/** What a quoted passage supports. */
export const FACT_KINDS = [
  // helplines
  'number', 'channels', 'hours', 'cost', 'purpose', 'who',
  // checklists
  'path', 'default', 'claim',
  // the advice itself ("why it matters"), which a recognised child-safety body may give
  'advice',
] as const;
export type FactKind = (typeof FACT_KINDS)[number];

export interface Evidence {
  /** The page read: https, on one of the entry's official domains (for `advice`, a recognised body). */
  url: string;
  /** A short passage copied from that page, in the page's own language, that supports the facts. */
  quote: string;
  /** BCP 47 language of the quote ("fr", "en-GB"). */
  lang: string;
  /** YYYY-MM-DD: the day the passage was read on that page and agreed. Not the day a file was edited. */
  read: string;
  supports: readonly FactKind[];
  /** For maintainers, never shown as a fact: a dated copy, a disagreement between sources. */
  note?: string;
}

/**
 * Recognised child-safety bodies: they may stand beside the platform as the source of the advice
 * ("why it matters"), never of a menu path, a number or an hour.
 */
export const CHILD_SAFETY_BODIES: readonly string[] = [
  'nspcc.org.uk', 'childline.org.uk', 'internetmatters.org', 'childnet.com', 'saferinternet.org.uk',
  'iwf.org.uk', 'ceop.police.uk', 'thinkuknow.co.uk', 'thinkuknow.org.au', 'cnil.fr', 'e-enfance.org', '3018.fr', 'pointdecontact.net',
  'esafety.gov.au', 'commonsensemedia.org', 'missingkids.org', 'klicksafe.de', 'jugendschutz.net',
  'saferinternet.at', 'childfocus.be', 'pantallasamigas.net', 'generazioniconnesse.it',
  'mediawijsheid.nl', 'ofcom.org.uk', 'ukcis.org.uk',
];

/** The host of a URL, or undefined for anything that is not an https address. */
export function httpsHost(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' ? parsed.hostname.toLowerCase() : undefined;
  } catch {
    return undefined;
  }
}

/** True when the URL's host is one of the domains or a subdomain of one. */
export function onDomains(url: string, domains: readonly string[]): boolean {
  const host = httpsHost(url);
  return host !== undefined && domains.some((domain) => host === domain || host.endsWith(`.${domain}`));
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Read more than twelve months before `today` (YYYY-MM-DD): to be read again. */
export function isStale(read: string, today: string): boolean {
  if (!DAY.test(read) || !DAY.test(today)) return true;
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const yearBefore = `${String(y - 1).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return read < yearBefore;
}

/** The evidence for one kind of fact, from the official domains only. */
export function officialEvidenceFor(evidence: readonly Evidence[], kind: FactKind, domains: readonly string[]): Evidence[] {
  return evidence.filter((e) => e.supports.includes(kind) && onDomains(e.url, domains));
}
