// The shape of the helpline directory: services people can call, text or report to, per country,
// and which of them fits which situation. Pure data types; the directory itself is one module per
// country in this folder, checked by tests/utils/help/helplines-lint.test.ts.
//
// Every fact carries its source and the date of that source. Facts the research could not confirm
// are marked (`unconfirmed`, `hours.kind === 'unknown'`, a caveat text) so the popup can say so:
// a wrong number for a child helpline does harm, an honest "not confirmed" does not.
import type { Evidence } from '../../evidence';
import type { Hours } from '../hours';

/** Countries with a directory of their own (ISO 3166-1 alpha-2), in alphabetical order. */
export const COUNTRIES = ['AU', 'BE', 'CA', 'CH', 'DE', 'ES', 'FR', 'GB', 'IE', 'IT', 'LU', 'US'] as const;
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
  sources: readonly Source[];
  /**
   * The service's own domains and its government's (e.g. `e-enfance.org`, `gouv.fr`): evidence for
   * its facts must come from one of them (utils/evidence.ts). Optional until every entry has them.
   */
  officialDomains?: readonly string[];
  /** Quoted passages supporting the number, channels, hours, cost, purpose and who may use it. */
  evidence?: readonly Evidence[];
  /** When Vigie's maintainers read those sources (ISO date). */
  checkedOn: string;
  /** Locale key `helplines.<id>.caveat` exists: something the user must know (a ⚠ in the research). */
  caveat?: boolean;
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
  /** The main line for online violence (3018 in France). */
  main: string;
  /** Sorted by id. */
  services: readonly Service[];
  routes: Readonly<Record<Situation, Route>>;
}
