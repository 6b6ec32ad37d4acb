import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { argumentNames, sourceAreaFiles as areaFiles, sourceCatalogs as catalogs } from '../../support/catalogues';
import { PLATFORM_IDS } from '../../../utils/taxonomy';
import { REVIEW_INTERVALS } from '../../../utils/passport/reviews';
import { ADULT_ROLES, AGE_BANDS, AGREEMENT_TOPICS, REPORT_TARGETS } from '../../../utils/passport/types';
import { VOICE_QUESTIONS } from '../../../components/passport/VoiceForm';

const ROOT = resolve(import.meta.dirname, '../../..');
const passportKeys = (language: 'en' | 'fr') =>
  Object.entries(areaFiles[language])
    .filter(([file]) => /\/passport(-[a-z]+)?\.json$/.test(file))
    .flatMap(([, catalog]) => Object.keys(catalog));

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sources(join(dir, entry.name)) : /\.tsx?$/.test(entry.name) ? [join(dir, entry.name)] : [],
  );
}

/** Keys written whole in the code (templates with ${…} are the families below). */
function keysInCode(): Map<string, string> {
  const found = new Map<string, string>();
  for (const file of [...sources('components/passport'), ...sources('utils/passport'), 'utils/passport/review-reminders.ts']) {
    for (const match of readFileSync(join(ROOT, file), 'utf8').matchAll(/['"`](passport\.[A-Za-z0-9_.+-]+)['"`]/g)) found.set(match[1]!, file);
  }
  return found;
}

const families: string[] = [
  ...AGREEMENT_TOPICS.map((v) => `passport.topic.${v}`),
  ...AGE_BANDS.map((v) => `passport.ageBand.${v}`),
  ...ADULT_ROLES.map((v) => `passport.role.${v}`),
  ...[...PLATFORM_IDS, 'other', 'none'].map((v) => `passport.platform.${v}`),
  ...REPORT_TARGETS.map((v) => `passport.report.${v}`),
  ...REVIEW_INTERVALS.map((v) => `passport.interval.${v}`),
  ...['yes', 'partly', 'no'].map((v) => `passport.stillWorking.${v}`),
  ...['overdue', 'due-today', 'due-soon'].map((v) => `passport.reviewStatus.${v}`),
  ...VOICE_QUESTIONS.map((v) => `passport.voice.${v}`),
  ...['child', 'together'].map((v) => `passport.voice.writtenBy.${v}`),
  ...['not-found', 'child-missing', 'conflict', 'invalid-record', 'locked', 'failed'].map((v) => `passport.error.store.${v}`),
];

describe('the passport strings', () => {
  it('exist in English and French alike, each file keeping to the passport. prefix', () => {
    const en = passportKeys('en').sort();
    expect(en.length).toBeGreaterThan(100);
    expect(passportKeys('fr').sort()).toEqual(en);
    for (const key of en) expect(key.startsWith('passport.'), key).toBe(true);
  });

  it('use the same {placeholders} in both languages, and no empty text', () => {
    const names = argumentNames;
    for (const key of passportKeys('en')) {
      expect(catalogs.fr[key]?.trim(), key).toBeTruthy();
      expect(names(catalogs.fr[key]!), key).toEqual(names(catalogs.en[key]!));
    }
  });

  it('cover every key the passport code names', () => {
    const missing = [...keysInCode()].filter(([key]) => !(key in catalogs.en) || !(key in catalogs.fr)).map(([key, file]) => `${key} (${file})`);
    expect(missing).toEqual([]);
  });

  it('cover every value the code turns into words', () => {
    expect(families.filter((key) => !(key in catalogs.en) || !(key in catalogs.fr))).toEqual([]);
  });
});
