// What can be wrong with a passport file, as data: a code (→ a locale key), the path of the
// offending value (`children[2].agreements[0].agreedOn`) and a few parameters. Pure: runs in
// extension pages, Node and tests. The page shows `t(problemKey(p), problemParams(p))`; the
// English sentence is also the Error message, for logs and tests.
import english from '../i18n/locales/en/portability.json';
import { createTranslator } from '../i18n/translator';

export const PROBLEM_CODES = [
  // the file as a whole
  'tooLarge', 'notJson', 'wrongFormat', 'badVersion', 'futureVersion', 'needsPassphrase', 'wrongPassphrase',
  // one value, at a path
  'notAnObject', 'missingField', 'unknownField', 'forbiddenKey', 'notText', 'notAnInteger', 'notAList',
  'outOfRange', 'tooMany', 'tooLong', 'empty', 'badCharacters', 'badId', 'notADate', 'notAllowed',
  'notBase64', 'wrongLength', 'duplicateId', 'duplicate', 'wrongChild',
  'directionControl', 'invisibleName', 'tooEarly', 'afterExport', 'exportedInFuture',
  // against what is already in this browser
  'idConflict', 'storeFailed',
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];

export interface ImportProblem {
  code: ProblemCode;
  /** Where in the file; '' for the file as a whole. */
  path: string;
  params?: Readonly<Record<string, string | number>>;
}

export type Checked<T> = { ok: true; value: T } | { ok: false; problem: ImportProblem };

export const problemKey = (problem: ImportProblem): string => `portability.problem.${problem.code}`;
export const problemParams = (problem: ImportProblem): Record<string, string | number> => ({ path: problem.path, ...problem.params });

const inEnglish = createTranslator({ en: english, fr: english }, 'en');

export function describeProblem(problem: ImportProblem): string {
  return inEnglish(problemKey(problem), problemParams(problem));
}

/** Thrown inside the validator to stop at the first problem; never escapes the module's API. */
export class ImportProblemError extends Error {
  override readonly name = 'ImportProblemError';
  constructor(readonly problem: ImportProblem) {
    super(describeProblem(problem));
  }
}

export function fail(code: ProblemCode, path: string, params?: ImportProblem['params']): never {
  throw new ImportProblemError(params ? { code, path, params } : { code, path });
}

/** Runs a validator that throws ImportProblemError; any other error is a bug and is rethrown. */
export function checked<T>(run: () => T): Checked<T> {
  try {
    return { ok: true, value: run() };
  } catch (error) {
    if (error instanceof ImportProblemError) return { ok: false, problem: error.problem };
    throw error;
  }
}
