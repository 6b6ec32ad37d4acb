// The shape of the helpline directory: services people can call, text or report to, per country,
// and which of them fits which situation. Pure data types; the directory itself is one module per
// country in this folder, checked by tests/utils/help/helplines-lint.test.ts.
//
// Every fact a person acts on carries its evidence: a passage quoted from the service's own pages or
// its government's, with the day it was read (utils/evidence.ts). Facts no official page confirms
// are marked (`unconfirmed`, `hours.kind === 'unknown'`, a caveat or source note) so the popup can
// say so: a wrong number for a child helpline does harm, an honest "not confirmed" does not.
import type { Evidence } from '../../evidence';
import type { Hours } from '../hours';

/** Countries with a directory of their own (ISO 3166-1 alpha-2), in alphabetical order. */
export const COUNTRIES = ['AT', 'AU', 'BE', 'CA', 'CH', 'DE', 'ES', 'FR', 'GB', 'IE', 'IT', 'LU', 'NL', 'US'] as const;
export type CountryCode = (typeof COUNTRIES)[number];

/** Where a service works: a country, the whole EU, or anywhere ("other country" in the popup). */
export type Region = CountryCode | 'EU' | 'INT';

/** The directory the popup can show: a country, or the international fallback. */
export type DirectoryId = CountryCode | 'INT';

export const SITUATIONS = ['harassment', 'sextortion', 'hacked', 'illegal-content', 'child-danger', 'parent-question'] as const;
export type Situation = (typeof SITUATIONS)[number];

export type ServiceKind =
  /** police / all emergencies, immediate danger */
  | 'emergency'
  /** people answer: phone, text, chat */
  | 'helpline'
  /** a reporting portal or hotline for illegal content (usually a web form) */
  | 'reporting'
  /** advice for parents, no one answers */
  | 'advice'
  /** a list of services elsewhere */
  | 'directory';

export type ChannelKind = 'sms' | 'chat' | 'whatsapp' | 'messenger' | 'telegram' | 'app' | 'web' | 'email' | 'form';

export interface Phone {
  /** As people read and dial it in the country: "0800 1111", "1-800-668-6868", "3018". */
  display: string;
  /** A working link: tel: followed by the national digits, or + and the international digits. */
  tel: string;
  /** No official page read states this number: the popup says so beside the call link. */
  unconfirmed?: boolean;
}

/** Another way in: a text number, a chat page, an app, a messaging account. */
export interface Channel {
  kind: ChannelKind;
  /** sms:, https: or mailto: */
  href: string;
  /** What the person sees: "147.ch", "Text 686868". */
  label: string;
  /** When this channel is staffed, if it differs from the service's phone hours. */
  hours?: Hours;
  /** Locale key of a short note about this channel (e.g. the word to text). */
  noteKey?: string;
  /** The research could not confirm this channel's address or handle. */
  unconfirmed?: boolean;
}

export interface Source {
  url: string;
  /** The source's own date: "2023-09-28", "2021-04", "2020", or "undated". */
  date: string;
}

/** Yes, no, or not confirmed by the sources. */
export type Fact = boolean | 'unconfirmed';

/**
 * Whom a line is for, as its own pages say: a child or young person calls it themselves, an adult
 * (a parent, a carer) calls it, or anyone may. The popup tells a parent which is which.
 */
export const AUDIENCES = ['child', 'adult', 'anyone'] as const;
export type Audience = (typeof AUDIENCES)[number];

export interface Service {
  /** `<region lowercase>-<short name>`, unique; also names its locale keys `helplines.<id>.*`. */
  id: string;
  region: Region;
  kind: ServiceKind;
  /** A proper noun, shown as is in every language. */
  name: string;
  phone?: Phone;
  /** The service's main web page or form. */
  url?: string;
  channels: readonly Channel[];
  /** The phone line's hours (or the portal's, for a web-only service). */
  hours: Hours;
  /** The date of the source the hours come from; shown as "hours as published on …". */
  hoursAsOf: string;
  /** BCP 47 language codes the service answers in; empty when not confirmed. */
  languages: readonly string[];
  free: Fact;
  /** Left out where it means nothing (an emergency call). */
  anonymous?: Fact;
  /** Whom the line is for; `child` or `adult` only where a quoted passage says so (`who`). */
  audience: Audience;
  /** The pages shown as "Sources": official ones only, on `officialDomains`. */
  sources: readonly Source[];
  /**
   * The service's own domains and its government's (e.g. `e-enfance.org`, `gouv.fr`): every source
   * and every piece of evidence must be on one of them (utils/evidence.ts).
   */
  officialDomains: readonly string[];
  /** Quoted passages supporting the number, channels, hours, cost, purpose and who may use it. */
  evidence: readonly Evidence[];
  /** When Vigie's maintainers last read that evidence (ISO date): no passage was read later. */
  checkedOn: string;
  /** Locale key `helplines.<id>.caveat` exists: something the person must know before calling. */
  caveat?: boolean;
  /**
   * Locale key `helplines.<id>.sourceNote` exists: history (earlier hours), a disagreement between
   * sources, what is not confirmed. Shown under "Sources", not with the help.
   */
  sourceNote?: boolean;
}

/** One service suggested for a situation, with the reason shown to the user. */
export interface RouteStep {
  service: string;
  /** Locale key suffix: `helplines.reason.<reason>`. */
  reason: string;
}

export interface Route {
  steps: readonly RouteStep[];
  /** Locale key suffixes: `helplines.note.<note>`. */
  notes?: readonly string[];
}

export interface CountryDirectory {
  country: DirectoryId;
  /** "In danger now": ids of emergency numbers, most important first. */
  emergency: readonly string[];
  /** The main line for online violence, as a parent would call it (3018 in France, the NSPCC in the UK). */
  main: string;
  /** The line for the child to call, where it is not the main line (Childline in the UK). */
  childLine?: string;
  /**
   * Its lines answer in different languages (Belgium: Dutch in Flanders, French in Wallonia and
   * Brussels): every card then says in which language its line answers, not only the full card.
   */
  languageNotes?: boolean;
  /** Sorted by id. */
  services: readonly Service[];
  routes: Readonly<Record<Situation, Route>>;
}
