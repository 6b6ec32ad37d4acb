// Small helpers shared by the country modules of the directory.
import type { Evidence, FactKind } from '../../evidence';
import type { Hours, OpeningSlot, Weekday } from '../hours';
import type { Phone } from './types';

/** The day Vigie's maintainers last read the evidence of this directory with the search tool. */
export const CHECKED_ON = '2026-12-04';
/** The day the 2026-12 audit (shared/research/audit-helplines-2026-12.md) read the passages it quotes. */
export const AUDIT_READ = '2026-12-03';
/** The note on a passage taken from that audit whose stored copy was not found again. */
export const FROM_AUDIT = 'quoted in the 2026-12 audit; stored copy not found';

/** A passage copied verbatim from an official page, read on `read`, supporting `supports`. */
export function quoted(url: string, lang: string, read: string, supports: readonly FactKind[], quote: string, note?: string): Evidence {
  return { url, lang, read, supports, quote, ...(note ? { note } : {}) };
}

export const ALWAYS: Hours = { kind: 'always' };
export const NOT_CONFIRMED: Hours = { kind: 'unknown' };

export const EVERY_DAY: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
export const MONDAY_TO_FRIDAY: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri'];

export function weekly(timeZone: string, ...slots: OpeningSlot[]): Hours {
  return { kind: 'weekly', timeZone, slots };
}

export function slot(days: readonly Weekday[], opens: string, closes: string): OpeningSlot {
  return { days, opens, closes };
}

/** A short number or national number as dialled in the country: the tel: link keeps its digits. */
export function phone(display: string, options: { unconfirmed?: boolean } = {}): Phone {
  return { display, tel: `tel:${display.replace(/[^\d+]/g, '')}`, ...(options.unconfirmed ? { unconfirmed: true } : {}) };
}

/**
 * The European Commission on 112, for every country where it answers (the EU and Switzerland): the
 * number's own government, read on CHECKED_ON. The page is the Commission's Italian one.
 */
export const EU_112_PAGE = 'https://digital-strategy.ec.europa.eu/it/policies/112';
export const EU_112_EVIDENCE: readonly Evidence[] = [
  quoted(EU_112_PAGE, 'it', CHECKED_ON, ['number', 'cost'], "Il 112 è il numero di telefono di emergenza europeo, disponibile gratuitamente in tutta l'UE."),
  quoted(EU_112_PAGE, 'it', CHECKED_ON, ['purpose', 'channels'],
    "È possibile chiamare il 112 da telefoni fissi e cellulari per contattare qualsiasi servizio di emergenza: un'ambulanza, i vigili del fuoco o la polizia."),
];
export const EU_112_OUTSIDE = quoted(EU_112_PAGE, 'it', CHECKED_ON, ['number'],
  "Il 112 è utilizzato anche in alcuni paesi al di fuori dell'UE - come la Svizzera e il Sudafrica - ed è disponibile in tutto il mondo sulle reti mobili GSM.");
