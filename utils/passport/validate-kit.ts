// Small checks for untrusted JSON values, each throwing an ImportProblem that names the value's
// path. Pure; used by the passport import validator. The output of every check is a fresh value
// built from known keys only, so nothing from the file (a `__proto__` key, an extra field) can
// reach the store.
import { fail } from './import-problems';

/** Keys that could reach an object's prototype if the value were ever spread or assigned. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * C0 controls other than tab, line feed and carriage return, DEL, and C1 controls. Unpaired UTF-16
 * surrogates (broken text that some tools turn into garbage) are caught by isWellFormed().
 */
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const LINE_BREAKS = /[\t\n\r]/;

/**
 * What the passport forms do with typed or pasted text, so that whatever a form saves can be
 * exported and imported again: hidden control characters (a vertical tab pasted from a word
 * processor) are dropped and broken UTF-16 is repaired.
 */
export function cleanText(value: string): string {
  return value.replace(new RegExp(CONTROL_CHARACTERS.source, 'g'), '').toWellFormed();
}

/**
 * Bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069): in a name they
 * turn what follows around ("Sam\u202Eevil" shows as "Samlive"), a known way of disguising text.
 */
const DIRECTION_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/;
/** A character that shows: neither a format character (zero-width space, joiners…), a separator nor a space. */
const VISIBLE = /[^\p{Cf}\p{Z}\s]/u;

/** A name as the forms keep it: cleanText, without direction controls. */
export const cleanName = (value: string): string => cleanText(value).replace(new RegExp(DIRECTION_CONTROLS.source, 'g'), '');

/** False for a name made only of invisible characters (U+200B…), which would show as nothing. */
export const isVisible = (value: string): boolean => VISIBLE.test(value);

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** The path of a field we name ourselves (a plain identifier): called for every field, so no checks. */
export const at = (path: string, key: string): string => (path ? `${path}.${key}` : key);

/** The path of a key found in the file: a hostile key may be huge or full of controls, so quote and cut it. */
export function atUntrusted(path: string, key: string): string {
  if (IDENTIFIER.test(key) && key.length <= 40) return at(path, key);
  return `${path}[${JSON.stringify(key.length > 40 ? `${key.slice(0, 40)}…` : key)}]`;
}

export const index = (path: string, i: number): string => `${path}[${i}]`;

/** Length in code points, as JSON Schema's maxLength counts it. */
export function codePointLength(text: string, atMost: number): number {
  if (text.length <= atMost) return text.length;
  let count = 0;
  for (const _ of text) if (++count > atMost) break;
  return count;
}

export type Fields = Readonly<Record<string, unknown>>;

/** An object with exactly these required keys and, optionally, these others. */
export function record(value: unknown, path: string, required: readonly string[], optional: readonly string[] = []): Fields {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail('notAnObject', path);
  for (const key of Object.keys(value)) {
    if (FORBIDDEN_KEYS.has(key)) fail('forbiddenKey', atUntrusted(path, key));
    if (!required.includes(key) && !optional.includes(key)) fail('unknownField', atUntrusted(path, key));
  }
  for (const key of required) if (!Object.hasOwn(value, key)) fail('missingField', at(path, key));
  return value as Fields;
}

export interface TextRule {
  max: number;
  /** At least one non-space character. */
  required?: boolean;
  /** No tab, line feed or carriage return (names, handles, dates). */
  singleLine?: boolean;
  /** A person's name: no direction controls, and (when not empty) at least one visible character. */
  name?: boolean;
}

export function text(value: unknown, path: string, rule: TextRule): string {
  if (typeof value !== 'string') fail('notText', path);
  if (codePointLength(value, rule.max) > rule.max) fail('tooLong', path, { max: rule.max });
  if (CONTROL_CHARACTERS.test(value) || !value.isWellFormed() || (rule.singleLine && LINE_BREAKS.test(value))) fail('badCharacters', path);
  if (rule.required && value.trim() === '') fail('empty', path);
  if (rule.name && DIRECTION_CONTROLS.test(value)) fail('directionControl', path);
  if (rule.name && value.trim() !== '' && !isVisible(value)) fail('invisibleName', path);
  return value;
}

export const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

export function id(value: unknown, path: string): string {
  if (typeof value !== 'string') fail('notText', path);
  if (!ID_PATTERN.test(value)) fail('badId', path);
  return value;
}

/** A day (YYYY-MM-DD), optionally with a time and a zone: what <input type=date|datetime-local> and toISOString() give. */
export const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?(?:Z|[+-](\d{2}):(\d{2}))?)?$/;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

export function date(value: unknown, path: string): string {
  if (typeof value !== 'string') fail('notText', path);
  const parts = DATE_PATTERN.exec(value);
  if (!parts) fail('notADate', path);
  const [, y, m, d, hh = '0', mm = '0', ss = '0', zh = '0', zm = '0'] = parts;
  const month = Number(m);
  const day = Number(d);
  const monthDays = month === 2 && isLeap(Number(y)) ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
  const valid = day >= 1 && day <= monthDays &&
    Number(hh) < 24 && Number(mm) < 60 && Number(ss) < 60 && Number(zh) < 24 && Number(zm) < 60;
  if (!valid) fail('notADate', path);
  // Nothing in a child's passport happened before 1900; year 0000 would sort before every real date.
  if (Number(y) < 1900) fail('tooEarly', path);
  return value;
}

export function oneOf<T extends string>(value: unknown, path: string, allowed: readonly T[]): T {
  if (typeof value !== 'string') fail('notText', path);
  if (!(allowed as readonly string[]).includes(value)) fail('notAllowed', path);
  return value as T;
}

export function integer(value: unknown, path: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value)) fail('notAnInteger', path);
  if (value < min || value > max) fail('outOfRange', path, { min, max });
  return value;
}

export function list<T>(value: unknown, path: string, max: number, item: (value: unknown, path: string) => T): T[] {
  if (!Array.isArray(value)) fail('notAList', path);
  if (value.length > max) fail('tooMany', path, { max });
  return value.map((entry, i) => item(entry, index(path, i)));
}

/** Remembers ids in one scope; the second use of an id fails at its path. */
export class IdScope {
  private readonly seen = new Set<string>();
  claim(value: string, path: string): string {
    if (this.seen.has(value)) fail('duplicateId', path, { id: value });
    this.seen.add(value);
    return value;
  }
}
