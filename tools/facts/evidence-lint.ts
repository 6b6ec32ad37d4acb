// What makes a quoted passage usable as evidence (utils/evidence.ts): shared by the integrity
// tests of the checklists and of the helpline directory, so both say the same thing.
import { CHILD_SAFETY_BODIES, FACT_KINDS, httpsHost, onDomains, type Evidence, type FactKind } from '../../utils/evidence';
import { forbiddenBecause } from './forbidden-hosts';

/** Long enough for the sentence that names the path or the number, short enough to be a quotation. */
export const MAX_QUOTE = 400;
const LANGUAGE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

/** A passage stands when it comes from the entry’s official domains, or, for the advice alone, from a recognised body. */
export function evidenceStands(evidence: Evidence, domains: readonly string[]): boolean {
  if (onDomains(evidence.url, domains)) return true;
  const adviceOnly = evidence.supports.length > 0 && evidence.supports.every((kind) => kind === 'advice');
  return adviceOnly && onDomains(evidence.url, CHILD_SAFETY_BODIES);
}

/** A real calendar day, YYYY-MM-DD, not after `today`. */
export function isReadDay(value: string, today: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(value) && value <= today;
}

export interface LintContext {
  /** The entry's official domains (a platform's, or a service's `officialDomains`). */
  domains: readonly string[];
  /** The fact kinds this sort of entry can have. */
  kinds: readonly FactKind[];
  today: string;
}

/** Everything wrong with one passage, in words that say what to do; empty when it is usable. */
export function evidenceProblems(evidence: Evidence, context: LintContext): string[] {
  const problems: string[] = [];
  if (httpsHost(evidence.url) === undefined) problems.push(`url "${evidence.url}" must be an https address`);
  else if (!evidenceStands(evidence, context.domains)) {
    problems.push(
      `url "${evidence.url}" is not on the official domains (${context.domains.join(', ') || 'none declared'})` +
        (evidence.supports.every((k) => k === 'advice') ? ` nor a recognised body's (${CHILD_SAFETY_BODIES.length} listed)` : ''),
    );
  }
  const forbidden = forbiddenBecause(evidence.url);
  if (forbidden) problems.push(`url on a forbidden host (${forbidden})`);
  const quote = evidence.quote ?? '';
  if (quote.trim().length === 0) problems.push('quote is empty: copy the passage verbatim');
  if (quote.length > MAX_QUOTE) {
    problems.push(`quote is ${quote.length} characters: keep the sentence or two that state the fact (≤ ${MAX_QUOTE})`);
  }
  if (!LANGUAGE.test(evidence.lang ?? '')) problems.push(`lang "${evidence.lang}" must be a BCP 47 tag ("fr", "en-GB")`);
  if (!isReadDay(evidence.read ?? '', context.today)) {
    problems.push(`read "${evidence.read}" must be a real day, YYYY-MM-DD, not after ${context.today}`);
  }
  if (evidence.supports.length === 0) problems.push('supports names no fact');
  for (const kind of evidence.supports) {
    const known = (FACT_KINDS as readonly string[]).includes(kind) && context.kinds.includes(kind);
    if (!known) problems.push(`supports "${kind}", not a fact of this entry (${context.kinds.join(', ')})`);
  }
  if (evidence.note !== undefined && evidence.note.trim().length === 0) problems.push('note is empty: leave it out');
  return problems;
}
