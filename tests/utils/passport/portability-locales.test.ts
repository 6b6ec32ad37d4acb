// The strings of export, import, the lock, the hand-over, printing and backups: the same keys and
// {placeholders} in English and French, every key the code names present, and every value the
// code turns into words (strength levels, import statuses, problems…) translated.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { argumentNames, sourceAreaFiles as areaFiles, sourceCatalogs as catalogs } from '../../support/catalogues';
import { PROBLEM_CODES } from '../../../utils/passport/import-problems';

const ROOT = resolve(import.meta.dirname, '../../..');
const keysOf = (language: 'en' | 'fr') =>
  Object.entries(areaFiles[language]).filter(([file]) => /\/portability(-[a-z]+)?\.json$/.test(file)).flatMap(([, catalog]) => Object.keys(catalog));

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sources(join(dir, entry.name)) : /\.tsx?$/.test(entry.name) ? [join(dir, entry.name)] : [],
  );
}

const families = [
  ...PROBLEM_CODES.map((code) => `portability.problem.${code}`),
  ...['too-short', 'weak', 'fair', 'strong'].map((s) => `portability.passphrase.strength.${s}`),
  ...['required', 'tooShort'].map((p) => `portability.passphrase.error.${p}`),
  ...['required', 'mismatch'].map((p) => `portability.passphrase.error.confirm.${p}`),
  ...['merge', 'replace'].flatMap((s) => [`portability.import.confirm.${s}`, `portability.import.status.differs.${s}`, `portability.import.status.onlyHere.${s}`]),
  ...['agreements', 'incidents', 'celebrations'].map((kind) => `portability.import.counts.${kind}`),
];

describe('the portability strings', () => {
  it('exist in English and French alike, with the same placeholders, none empty', () => {
    const en = keysOf('en').sort();
    expect(en.length).toBeGreaterThan(150);
    expect(keysOf('fr').sort()).toEqual(en);
    const names = argumentNames;
    for (const key of en) {
      expect(key.startsWith('portability.'), key).toBe(true);
      expect(catalogs.fr[key]?.trim(), key).toBeTruthy();
      expect(names(catalogs.fr[key]!), key).toEqual(names(catalogs.en[key]!));
    }
  });

  it('cover every key the code names, and every value it turns into words', () => {
    const named = new Map<string, string>();
    for (const file of [...sources('components/passport'), ...sources('utils')]) {
      for (const match of readFileSync(join(ROOT, file), 'utf8').matchAll(/['"`](portability\.[A-Za-z0-9_.-]+[A-Za-z0-9])['"`]/g)) named.set(match[1]!, file);
    }
    expect(named.size).toBeGreaterThan(100);
    const missing = [...named.keys(), ...families].filter((key) => !(key in catalogs.en) || !(key in catalogs.fr));
    expect(missing).toEqual([]);
  });

  it('use French typography: a no-break space before : ; ? ! and inside « »', () => {
    for (const key of keysOf('fr')) {
      const text = catalogs.fr[key]!;
      expect(text, key).not.toMatch(/ [:;?!»]/);
      expect(text, key).not.toMatch(/« /);
    }
  });
});
