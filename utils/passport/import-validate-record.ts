// One child's record (child, agreements, incidents, celebrations, settings reviews) read from untrusted JSON, field
// by field, with the limits below. Pure. The passport page's forms should use the same TEXT_RULES
// so that whatever can be saved can also be exported and imported again.
import { AUDIENCES, PLATFORM_IDS } from '../taxonomy';
import { fail } from './import-problems';
import {
  ADULT_ROLES, AGE_BANDS, AGREEMENT_TOPICS, REPORT_TARGETS, isServiceRef,
  type Adult, type Agreement, type Celebration, type Child, type ChildRecord, type ChildVoice,
  type Evidence, type Incident, type OnlineAccount, type Review, type SettingsReview,
} from './types';
import { IdScope, at, date, id, integer, list, oneOf, record, text, type TextRule } from './validate-kit';

export const IMPORT_LIMITS = {
  children: 500,
  adults: 50,
  voiceSharedWith: 50,
  devices: 100,
  accounts: 200,
  appsAndGames: 200,
  agreements: 5_000,
  reviews: 500,
  agreedBy: 50,
  incidents: 10_000,
  /** The fixed targets and a country's services, with room to spare. */
  reportedTo: 20,
  evidence: 100,
  celebrations: 5_000,
  reviewEveryDays: 3_650,
  /** One per platform page and audience: a few hundred at most. */
  settingsReviews: 2_000,
  /** Items of one checklist. */
  checklistItems: 200,
} as const;

export const TEXT_RULES = {
  /** A first name, a nickname, a role holder's name. */
  name: { max: 100, singleLine: true, name: true },
  /** A device, an app, a handle, a topic title, a time noted by hand. */
  label: { max: 200, singleLine: true },
  url: { max: 2_048, singleLine: true },
  /** A short note. */
  note: { max: 2_000 },
  /** The child's words, an agreement, what happened. */
  story: { max: 20_000 },
} as const satisfies Record<string, TextRule>;

const PLATFORMS = [...PLATFORM_IDS, 'other'] as const;
const INCIDENT_PLATFORMS = [...PLATFORMS, ''] as const;
const STILL_WORKING = ['yes', 'partly', 'no'] as const;
const WRITTEN_BY = ['child', 'together'] as const;

/** A list of distinct values: the same value twice is refused. */
function distinct<T extends string>(values: T[], path: string): T[] {
  const seen = new Set<string>();
  values.forEach((value, i) => {
    if (seen.has(value)) fail('duplicate', `${path}[${i}]`);
    seen.add(value);
  });
  return values;
}

function readVoice(value: unknown, path: string): ChildVoice {
  const keys = ['likes', 'dislikes', 'goingWell', 'notGoingWell', 'worries', 'learned', 'hopes'] as const;
  const f = record(value, path, keys, ['writtenBy', 'updatedAt']);
  const voice: ChildVoice = Object.fromEntries(keys.map((key) => [key, text(f[key], at(path, key), TEXT_RULES.story)])) as Record<(typeof keys)[number], string>;
  if (f.writtenBy !== undefined) voice.writtenBy = oneOf(f.writtenBy, at(path, 'writtenBy'), WRITTEN_BY);
  if (f.updatedAt !== undefined) voice.updatedAt = date(f.updatedAt, at(path, 'updatedAt'));
  return voice;
}

function readChild(value: unknown, path: string): Child {
  const f = record(value, path, ['id', 'name', 'ageBand', 'adults', 'voiceSharedWith', 'devices', 'accounts', 'appsAndGames', 'voice', 'createdAt', 'updatedAt']);
  const adultIds = new IdScope();
  const accountIds = new IdScope();
  return {
    id: id(f.id, at(path, 'id')),
    name: text(f.name, at(path, 'name'), { ...TEXT_RULES.name, required: true }),
    ageBand: oneOf(f.ageBand, at(path, 'ageBand'), AGE_BANDS),
    adults: list(f.adults, at(path, 'adults'), IMPORT_LIMITS.adults, (v, p): Adult => {
      const a = record(v, p, ['id', 'name', 'role']);
      return { id: adultIds.claim(id(a.id, at(p, 'id')), at(p, 'id')), name: text(a.name, at(p, 'name'), TEXT_RULES.name), role: oneOf(a.role, at(p, 'role'), ADULT_ROLES) };
    }),
    voiceSharedWith: distinct(list(f.voiceSharedWith, at(path, 'voiceSharedWith'), IMPORT_LIMITS.voiceSharedWith, id), at(path, 'voiceSharedWith')),
    devices: list(f.devices, at(path, 'devices'), IMPORT_LIMITS.devices, (v, p) => text(v, p, TEXT_RULES.label)),
    accounts: list(f.accounts, at(path, 'accounts'), IMPORT_LIMITS.accounts, (v, p): OnlineAccount => {
      const a = record(v, p, ['id', 'platform', 'handle', 'notes']);
      return {
        id: accountIds.claim(id(a.id, at(p, 'id')), at(p, 'id')),
        platform: oneOf(a.platform, at(p, 'platform'), PLATFORMS),
        handle: text(a.handle, at(p, 'handle'), TEXT_RULES.label),
        notes: text(a.notes, at(p, 'notes'), TEXT_RULES.note),
      };
    }),
    appsAndGames: list(f.appsAndGames, at(path, 'appsAndGames'), IMPORT_LIMITS.appsAndGames, (v, p) => text(v, p, TEXT_RULES.label)),
    voice: readVoice(f.voice, at(path, 'voice')),
    createdAt: date(f.createdAt, at(path, 'createdAt')),
    updatedAt: date(f.updatedAt, at(path, 'updatedAt')),
  };
}

function readReview(value: unknown, path: string, ids: IdScope): Review {
  const f = record(value, path, ['id', 'date', 'stillWorking', 'notes', 'changes'], ['previousWords']);
  const review: Review = {
    id: ids.claim(id(f.id, at(path, 'id')), at(path, 'id')),
    date: date(f.date, at(path, 'date')),
    stillWorking: oneOf(f.stillWorking, at(path, 'stillWorking'), STILL_WORKING),
    notes: text(f.notes, at(path, 'notes'), TEXT_RULES.story),
    changes: text(f.changes, at(path, 'changes'), TEXT_RULES.story),
  };
  // The words agreed before this review, when the review changed them.
  if (f.previousWords !== undefined) review.previousWords = text(f.previousWords, at(path, 'previousWords'), TEXT_RULES.story);
  return review;
}

/** The item's childId must be the child it is filed under: a merge would otherwise misfile it. */
function ownedBy(value: unknown, path: string, childId: string): string {
  if (id(value, path) !== childId) fail('wrongChild', path);
  return childId;
}

function readAgreement(value: unknown, path: string, childId: string, itemIds: IdScope): Agreement {
  const f = record(value, path, ['id', 'childId', 'topic', 'words', 'agreedBy', 'agreedOn', 'reviewEveryDays', 'reviews', 'createdAt', 'updatedAt'], ['customTopic']);
  const reviewIds = new IdScope();
  const agreement: Agreement = {
    id: itemIds.claim(id(f.id, at(path, 'id')), at(path, 'id')),
    childId: ownedBy(f.childId, at(path, 'childId'), childId),
    topic: oneOf(f.topic, at(path, 'topic'), AGREEMENT_TOPICS),
    words: text(f.words, at(path, 'words'), TEXT_RULES.story),
    agreedBy: list(f.agreedBy, at(path, 'agreedBy'), IMPORT_LIMITS.agreedBy, (v, p) => text(v, p, TEXT_RULES.name)),
    agreedOn: date(f.agreedOn, at(path, 'agreedOn')),
    reviewEveryDays: integer(f.reviewEveryDays, at(path, 'reviewEveryDays'), 0, IMPORT_LIMITS.reviewEveryDays),
    reviews: list(f.reviews, at(path, 'reviews'), IMPORT_LIMITS.reviews, (v, p) => readReview(v, p, reviewIds)),
    createdAt: date(f.createdAt, at(path, 'createdAt')),
    updatedAt: date(f.updatedAt, at(path, 'updatedAt')),
  };
  return f.customTopic === undefined ? agreement : { ...agreement, customTopic: text(f.customTopic, at(path, 'customTopic'), TEXT_RULES.label) };
}

function readIncident(value: unknown, path: string, childId: string, itemIds: IdScope): Incident {
  const f = record(value, path, ['id', 'childId', 'occurredAt', 'platform', 'whatHappened', 'whoWasTold', 'reportedTo', 'outcome', 'followUp', 'evidence', 'createdAt', 'updatedAt']);
  return {
    id: itemIds.claim(id(f.id, at(path, 'id')), at(path, 'id')),
    childId: ownedBy(f.childId, at(path, 'childId'), childId),
    occurredAt: date(f.occurredAt, at(path, 'occurredAt')),
    platform: oneOf(f.platform, at(path, 'platform'), INCIDENT_PLATFORMS),
    whatHappened: text(f.whatHappened, at(path, 'whatHappened'), TEXT_RULES.story),
    whoWasTold: text(f.whoWasTold, at(path, 'whoWasTold'), TEXT_RULES.note),
    reportedTo: distinct(list(f.reportedTo, at(path, 'reportedTo'), IMPORT_LIMITS.reportedTo, (v, p) => (isServiceRef(v) ? v : oneOf(v, p, REPORT_TARGETS))), at(path, 'reportedTo')),
    outcome: text(f.outcome, at(path, 'outcome'), TEXT_RULES.story),
    followUp: text(f.followUp, at(path, 'followUp'), TEXT_RULES.story),
    evidence: list(f.evidence, at(path, 'evidence'), IMPORT_LIMITS.evidence, (v, p): Evidence => {
      const e = record(v, p, ['url', 'account', 'time', 'note']);
      return {
        url: text(e.url, at(p, 'url'), TEXT_RULES.url),
        account: text(e.account, at(p, 'account'), TEXT_RULES.label),
        time: text(e.time, at(p, 'time'), TEXT_RULES.label),
        note: text(e.note, at(p, 'note'), TEXT_RULES.note),
      };
    }),
    createdAt: date(f.createdAt, at(path, 'createdAt')),
    updatedAt: date(f.updatedAt, at(path, 'updatedAt')),
  };
}

function readCelebration(value: unknown, path: string, childId: string, itemIds: IdScope): Celebration {
  const f = record(value, path, ['id', 'childId', 'date', 'text', 'createdAt']);
  return {
    id: itemIds.claim(id(f.id, at(path, 'id')), at(path, 'id')),
    childId: ownedBy(f.childId, at(path, 'childId'), childId),
    date: date(f.date, at(path, 'date')),
    text: text(f.text, at(path, 'text'), TEXT_RULES.story),
    createdAt: date(f.createdAt, at(path, 'createdAt')),
  };
}

/** An id of the rule packs or checklists ("privacy", "account-privacy"): short, lower-case words. */
function slug(value: unknown, path: string): string {
  const slugText = text(value, path, { max: 100, singleLine: true, required: true });
  if (!/^[a-z0-9]+(?:[-_.][a-z0-9]+)*$/.test(slugText)) fail('notAllowed', path);
  return slugText;
}

function readSettingsReview(value: unknown, path: string, childId: string, itemIds: IdScope): SettingsReview {
  const f = record(value, path, ['id', 'childId', 'platform', 'pageId', 'audience', 'checkedAt', 'guidanceVersion', 'done', 'total', 'itemsLeft', 'createdAt', 'updatedAt'], ['completedAt']);
  const total = integer(f.total, at(path, 'total'), 0, IMPORT_LIMITS.checklistItems);
  const review: SettingsReview = {
    id: itemIds.claim(id(f.id, at(path, 'id')), at(path, 'id')),
    childId: ownedBy(f.childId, at(path, 'childId'), childId),
    platform: oneOf(f.platform, at(path, 'platform'), PLATFORM_IDS),
    pageId: slug(f.pageId, at(path, 'pageId')),
    audience: oneOf(f.audience, at(path, 'audience'), AUDIENCES),
    checkedAt: date(f.checkedAt, at(path, 'checkedAt')),
    guidanceVersion: text(f.guidanceVersion, at(path, 'guidanceVersion'), TEXT_RULES.label),
    done: integer(f.done, at(path, 'done'), 0, total),
    total,
    itemsLeft: distinct(list(f.itemsLeft, at(path, 'itemsLeft'), IMPORT_LIMITS.checklistItems, slug), at(path, 'itemsLeft')),
    createdAt: date(f.createdAt, at(path, 'createdAt')),
    updatedAt: date(f.updatedAt, at(path, 'updatedAt')),
  };
  return f.completedAt === undefined ? review : { ...review, completedAt: date(f.completedAt, at(path, 'completedAt')) };
}

/**
 * Throws ImportProblemError. `childIds` and `itemIds` span the whole file, so an id used by two
 * children (or by an agreement and an incident) is refused.
 */
export function validateChildRecord(value: unknown, path: string, childIds = new IdScope(), itemIds = new IdScope()): ChildRecord {
  const f = record(value, path, ['child', 'agreements', 'incidents', 'celebrations', 'settingsReviews']);
  const child = readChild(f.child, at(path, 'child'));
  childIds.claim(child.id, at(at(path, 'child'), 'id'));
  return {
    child,
    agreements: list(f.agreements, at(path, 'agreements'), IMPORT_LIMITS.agreements, (v, p) => readAgreement(v, p, child.id, itemIds)),
    incidents: list(f.incidents, at(path, 'incidents'), IMPORT_LIMITS.incidents, (v, p) => readIncident(v, p, child.id, itemIds)),
    celebrations: list(f.celebrations, at(path, 'celebrations'), IMPORT_LIMITS.celebrations, (v, p) => readCelebration(v, p, child.id, itemIds)),
    settingsReviews: list(f.settingsReviews, at(path, 'settingsReviews'), IMPORT_LIMITS.settingsReviews, (v, p) => readSettingsReview(v, p, child.id, itemIds)),
  };
}
