// Turns what was typed in a passport form into passport data, or says what is wrong, field by
// field. Each error is a locale key (utils/i18n/locales/*/passport-errors.json) and its parameters,
// keyed by the field's path ("name", "adults.0.name", "evidence.1.url"), in the form's order,
// so the page can show each message next to its field and list them in an error summary.
// Pure: runs anywhere.
import { isPlatformId } from '../taxonomy';
import { cleanName, cleanText, isVisible } from './validate-kit';
import type { AccountForm, AgreementForm, CelebrationForm, ChildAboutForm, DigitalLifeForm, IncidentForm, ReviewForm, VoiceForm } from './forms';
import { AGE_BANDS, ADULT_ROLES, AGREEMENT_TOPICS, REPORT_TARGETS, isServiceRef, type Agreement, type AgreementTopic, type Child, type ChildVoice, type Incident, type Review } from './types';

export interface FieldError { key: string; params?: Record<string, string | number> }
export type FieldErrors = Record<string, FieldError>;
export type Validation<T> = { ok: true; value: T } | { ok: false; errors: FieldErrors };

/** At most what the export format accepts (TEXT_RULES in import-validate-record.ts): `person` is a name there. */
export const LIMITS = { name: 40, person: 100, short: 200, long: 4000, listItems: 50 } as const;

const oneOf = <T extends string>(list: readonly T[], value: string): value is T => (list as readonly string[]).includes(value);

/** Collects errors in the order fields are checked. */
class Checker {
  readonly errors: FieldErrors = {};
  fail(path: string, key: string, params?: FieldError['params']): void {
    if (!(path in this.errors)) this.errors[path] = params ? { key, params } : { key };
  }
  /** `name`: a person's name, cleaned of direction controls; invisible characters alone count as empty. */
  text(path: string, value: string, options: { required?: string; max?: number; name?: boolean } = {}): string {
    const cleaned = (options.name ? cleanName : cleanText)(value).trim();
    const trimmed = options.name && !isVisible(cleaned) ? '' : cleaned;
    const max = options.max ?? LIMITS.long;
    if (options.required && trimmed === '') this.fail(path, options.required);
    else if (trimmed.length > max) this.fail(path, 'passport.error.tooLong', { max });
    return trimmed;
  }
  day(path: string, value: string, today: string, required = 'passport.error.dateRequired'): string {
    if (value.trim() === '') this.fail(path, required);
    else if (!isRealDay(value)) this.fail(path, 'passport.error.dateInvalid');
    else if (value > today) this.fail(path, 'passport.error.dateInFuture');
    return value;
  }
  result<T>(value: T): Validation<T> {
    return Object.keys(this.errors).length === 0 ? { ok: true, value } : { ok: false, errors: this.errors };
  }
}

export function isRealDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

const lines = (value: string) => cleanText(value).split('\n').map((line) => line.trim()).filter(Boolean);

export type ChildAbout = Pick<Child, 'name' | 'ageBand' | 'adults' | 'voiceSharedWith'>;

export function validateChildAbout(form: ChildAboutForm): Validation<ChildAbout> {
  const c = new Checker();
  const name = c.text('name', form.name, { required: 'passport.error.nameRequired', max: LIMITS.name, name: true });
  if (!oneOf(AGE_BANDS, form.ageBand)) c.fail('ageBand', 'passport.error.ageBandRequired');
  const adults = form.adults.map((adult, i) => {
    const adultName = c.text(`adults.${i}.name`, adult.name, { required: 'passport.error.adultNameRequired', max: LIMITS.person, name: true });
    if (!oneOf(ADULT_ROLES, adult.role)) c.fail(`adults.${i}.role`, 'passport.error.adultRoleRequired');
    return { id: adult.id, name: adultName, role: adult.role as Child['adults'][number]['role'] };
  });
  const ids = new Set(form.adults.map((a) => a.id));
  const voiceSharedWith = form.voiceSharedWith.filter((id) => ids.has(id));
  return c.result({ name, ageBand: form.ageBand as Child['ageBand'], adults, voiceSharedWith });
}

export type DigitalLife = Pick<Child, 'devices' | 'accounts' | 'appsAndGames'>;

export function validateDigitalLife(form: DigitalLifeForm): Validation<DigitalLife> {
  const c = new Checker();
  const list = (path: string, value: string) => {
    const items = lines(value);
    if (items.length > LIMITS.listItems) c.fail(path, 'passport.error.tooManyLines', { max: LIMITS.listItems });
    else if (items.some((item) => item.length > LIMITS.short)) c.fail(path, 'passport.error.lineTooLong', { max: LIMITS.short });
    return items;
  };
  const devices = list('devices', form.devices);
  const accounts = form.accounts.map((account: AccountForm, i) => {
    if (account.platform !== 'other' && !isPlatformId(account.platform)) c.fail(`accounts.${i}.platform`, 'passport.error.platformRequired');
    const handle = c.text(`accounts.${i}.handle`, account.handle, { required: 'passport.error.handleRequired', max: LIMITS.short });
    const notes = c.text(`accounts.${i}.notes`, account.notes, { max: LIMITS.short });
    return { id: account.id, platform: account.platform as Child['accounts'][number]['platform'], handle, notes };
  });
  const appsAndGames = list('appsAndGames', form.appsAndGames);
  return c.result({ devices, accounts, appsAndGames });
}

export function validateVoice(form: VoiceForm): Validation<Omit<ChildVoice, 'updatedAt'>> {
  const c = new Checker();
  const fields = ['likes', 'dislikes', 'goingWell', 'notGoingWell', 'worries', 'learned', 'hopes'] as const;
  const voice = Object.fromEntries(fields.map((field) => [field, c.text(field, form[field])])) as Record<(typeof fields)[number], string>;
  return c.result({ ...voice, ...(form.writtenBy ? { writtenBy: form.writtenBy } : {}) });
}

export type AgreementValues = Pick<Agreement, 'topic' | 'customTopic' | 'words' | 'agreedBy' | 'agreedOn' | 'reviewEveryDays'>;

export function validateAgreement(form: AgreementForm, today: string): Validation<AgreementValues> {
  const c = new Checker();
  if (!oneOf(AGREEMENT_TOPICS, form.topic)) c.fail('topic', 'passport.error.topicRequired');
  const customTopic = form.topic === 'other' ? c.text('customTopic', form.customTopic, { required: 'passport.error.customTopicRequired', max: LIMITS.short }) : '';
  const words = c.text('words', form.words, { required: 'passport.error.wordsRequired' });
  const others = cleanName(form.othersWhoAgreed).split(',').map((n) => n.trim()).filter(isVisible);
  const agreedBy = [...new Set([...form.agreedBy.map((n) => cleanName(n).trim()).filter(isVisible), ...others])];
  if (agreedBy.length === 0) c.fail('agreedBy', 'passport.error.agreedByRequired');
  else if (agreedBy.some((n) => n.length > LIMITS.person)) c.fail('agreedBy', 'passport.error.tooLong', { max: LIMITS.person });
  const agreedOn = c.day('agreedOn', form.agreedOn, today);
  const days = Number(form.reviewEveryDays);
  if (!Number.isInteger(days) || days < 1 || days > 366) c.fail('reviewEveryDays', 'passport.error.intervalRequired');
  return c.result({
    topic: form.topic as AgreementTopic,
    ...(form.topic === 'other' ? { customTopic } : {}),
    words,
    agreedBy,
    agreedOn,
    reviewEveryDays: days,
  });
}

export type ReviewValues = { review: Omit<Review, 'id' | 'previousWords'>; newWords?: string };

export function validateReview(form: ReviewForm, agreement: Pick<Agreement, 'agreedOn'>, today: string): Validation<ReviewValues> {
  const c = new Checker();
  const date = c.day('date', form.date, today);
  if (!('date' in c.errors) && date < agreement.agreedOn) c.fail('date', 'passport.error.reviewBeforeAgreement', { date: agreement.agreedOn });
  if (!oneOf(['yes', 'partly', 'no'] as const, form.stillWorking)) c.fail('stillWorking', 'passport.error.stillWorkingRequired');
  const notes = c.text('notes', form.notes);
  const changes = c.text('changes', form.changes);
  const newWords = c.text('newWords', form.newWords);
  const review = { date, stillWorking: form.stillWorking as Review['stillWorking'], notes, changes };
  return c.result(newWords ? { review, newWords } : { review });
}

export type IncidentValues = Omit<Incident, 'id' | 'childId' | 'createdAt' | 'updatedAt'>;

export function validateIncident(form: IncidentForm, now: Date): Validation<IncidentValues> {
  const c = new Checker();
  let occurredAt = '';
  if (form.occurredAt.trim() === '') c.fail('occurredAt', 'passport.error.occurredAtRequired');
  else {
    const moment = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(form.occurredAt) ? new Date(form.occurredAt) : new Date(Number.NaN);
    if (Number.isNaN(moment.getTime())) c.fail('occurredAt', 'passport.error.dateInvalid');
    // A minute of grace: "now", prefilled by the popup, must not count as the future.
    else if (moment.getTime() > now.getTime() + 60_000) c.fail('occurredAt', 'passport.error.dateInFuture');
    else occurredAt = moment.toISOString();
  }
  if (form.platform !== '' && form.platform !== 'other' && !isPlatformId(form.platform)) c.fail('platform', 'passport.error.platformRequired');
  const whatHappened = c.text('whatHappened', form.whatHappened, { required: 'passport.error.whatHappenedRequired' });
  const whoWasTold = c.text('whoWasTold', form.whoWasTold, { max: LIMITS.short * 2 });
  const reportedTo = form.reportedTo.filter((target) => oneOf(REPORT_TARGETS, target) || isServiceRef(target)) as Incident['reportedTo'];
  const outcome = c.text('outcome', form.outcome);
  const followUp = c.text('followUp', form.followUp);
  const evidence = form.evidence.map((item, i) => {
    const url = c.text(`evidence.${i}.url`, item.url, { max: 2000 });
    if (url && !isWebAddress(url)) c.fail(`evidence.${i}.url`, 'passport.error.urlInvalid');
    const account = c.text(`evidence.${i}.account`, item.account, { max: LIMITS.short });
    const time = c.text(`evidence.${i}.time`, item.time, { max: LIMITS.short });
    const note = c.text(`evidence.${i}.note`, item.note, { max: LIMITS.short * 5 });
    if (!url && !account && !time && !note) c.fail(`evidence.${i}.url`, 'passport.error.evidenceEmpty');
    return { url, account, time, note };
  });
  return c.result({ occurredAt, platform: form.platform as Incident['platform'], whatHappened, whoWasTold, reportedTo, outcome, followUp, evidence });
}

/** Only http(s) addresses are kept as evidence: never javascript:, data: or file: strings. */
export function isWebAddress(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

export function validateCelebration(form: CelebrationForm, today: string): Validation<{ date: string; text: string }> {
  const c = new Checker();
  const date = c.day('date', form.date, today);
  const text = c.text('text', form.text, { required: 'passport.error.celebrationRequired', max: LIMITS.short * 5 });
  return c.result({ date, text });
}
