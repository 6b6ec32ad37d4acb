// The family passport's data model (seed 003, research/NOTES.md): made by the carer *with* the
// child. Dates are ISO strings (YYYY-MM-DD for days, full ISO for moments). Ids are random UUIDs.
import type { AgeBand, Audience, PlatformId } from '../taxonomy';

/** The age bands live in the shared vocabulary (the guide reads them too); named here as before. */
export { AGE_BANDS, type AgeBand } from '../taxonomy';

export const ADULT_ROLES = ['carer', 'parent', 'social-worker', 'school', 'other'] as const;
export type AdultRole = (typeof ADULT_ROLES)[number];

/** Childnet's family-agreement headings, plus free topics. */
export const AGREEMENT_TOPICS = ['getting-started', 'time-online', 'sharing', 'content', 'communicating', 'if-things-go-wrong', 'other'] as const;
export type AgreementTopic = (typeof AGREEMENT_TOPICS)[number];

/**
 * Where an incident was reported, beside the services of the chosen country's helpline directory
 * (named by their id, see ServiceRef). '3018', '119' and 'pharos' are what records said before the
 * directory named the services (France only): still read and shown, no longer offered.
 */
export const REPORT_TARGETS = ['3018', '119', 'pharos', 'police', 'platform', 'school', 'social-worker', 'other'] as const;
export type ReportTarget = (typeof REPORT_TARGETS)[number];

/** A service of the helpline directory by its id, `<region>-<name>`: "fr-3018", "gb-nspcc", "int-inhope". */
export type ServiceRef = `${string}-${string}`;
/** The shape of a service id. Any such id is kept, even one a later directory no longer lists. */
export const SERVICE_REF = /^(?:[a-z]{2}|eu|int)-[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const SERVICE_REF_MAX_LENGTH = 60;
export const isServiceRef = (value: unknown): value is ServiceRef =>
  typeof value === 'string' && value.length <= SERVICE_REF_MAX_LENGTH && SERVICE_REF.test(value);

/** The directory's id for each value of the records made before the directory named the services. */
export const LEGACY_SERVICE_REFS: Readonly<Partial<Record<ReportTarget, ServiceRef>>> = { '3018': 'fr-3018', '119': 'fr-119', pharos: 'fr-pharos' };

export type ReportedTo = ReportTarget | ServiceRef;

export interface Adult {
  id: string;
  name: string;
  role: AdultRole;
}

export interface OnlineAccount {
  id: string;
  platform: PlatformId | 'other';
  /** The account name or handle, as the child chooses to share it. */
  handle: string;
  notes: string;
}

/** The child's own voice, written by or with the child. */
export interface ChildVoice {
  likes: string;
  dislikes: string;
  goingWell: string;
  notGoingWell: string;
  worries: string;
  learned: string;
  hopes: string;
  /** Whether the child wrote this part themselves or it was written with them. */
  writtenBy?: 'child' | 'together';
  updatedAt?: string;
}

export interface Child {
  id: string;
  /** A first name or a nickname: never a full name. */
  name: string;
  ageBand: AgeBand;
  adults: Adult[];
  /** Ids of the adults the child agreed may see their own part (the voice). */
  voiceSharedWith: string[];
  devices: string[];
  accounts: OnlineAccount[];
  appsAndGames: string[];
  voice: ChildVoice;
  createdAt: string;
  updatedAt: string;
}

export interface Review {
  id: string;
  date: string;
  stillWorking: 'yes' | 'partly' | 'no';
  notes: string;
  changes: string;
  /** The words agreed before this review, when the review changed them. */
  previousWords?: string;
}

export interface Agreement {
  id: string;
  childId: string;
  topic: AgreementTopic;
  /** The free topic's title when topic is "other". */
  customTopic?: string;
  /** The words agreed, as agreed. */
  words: string;
  /** Who agreed: names as written (the child among them). */
  agreedBy: string[];
  agreedOn: string;
  reviewEveryDays: number;
  reviews: Review[];
  createdAt: string;
  updatedAt: string;
}

export interface Evidence {
  url: string;
  account: string;
  time: string;
  note: string;
}

export interface Incident {
  id: string;
  childId: string;
  occurredAt: string;
  platform: PlatformId | 'other' | '';
  whatHappened: string;
  whoWasTold: string;
  reportedTo: ReportedTo[];
  outcome: string;
  followUp: string;
  /** Notes only (URL, account, time): never images. */
  evidence: Evidence[];
  createdAt: string;
  updatedAt: string;
}

export interface Celebration {
  id: string;
  childId: string;
  date: string;
  text: string;
  createdAt: string;
}

/**
 * A review of one settings page made for this child in the panel (Vigie's checklist on the
 * platform's page): one per platform page and audience, updated on each tick. Item ids are the
 * checklist's (utils/guide/checklists/), stable across languages.
 */
export interface SettingsReview {
  id: string;
  childId: string;
  platform: PlatformId;
  /** The rule pack's page id ("privacy", "account-privacy"…). */
  pageId: string;
  /** Who did the review, as the panel's switch said: parent, carer or organisation. */
  audience: Audience;
  /** Full ISO moment of the last tick or untick. */
  checkedAt: string;
  /** Full ISO moment every item was last ticked (a finished review), if it ever was. */
  completedAt?: string;
  /** The checklist's version the ticks were made against (a new version asks for a re-check). */
  guidanceVersion: string;
  done: number;
  total: number;
  /** The ids of the items not ticked yet. */
  itemsLeft: string[];
  createdAt: string;
  updatedAt: string;
}

/** Everything about one child, as exported and imported. */
export interface ChildRecord {
  child: Child;
  agreements: Agreement[];
  incidents: Incident[];
  celebrations: Celebration[];
  /** Since export format 2; a file of format 1 imports with none. */
  settingsReviews: SettingsReview[];
}
