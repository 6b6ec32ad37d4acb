// The passport page bundles only some areas of the strings (components/passport/catalog.ts): every
// key its code names must be in that smaller catalogue, in both languages.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { passportCatalogue } from '../../components/passport/catalog';
import { sourceAreaFiles as areaFiles, sourceCatalogs as catalogs } from '../support/catalogues';

const ROOT = resolve(import.meta.dirname, '../..');
const PASSPORT_CODE = ['components/passport', 'utils/passport', 'entrypoints/passport'];

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sources(join(dir, entry.name)) : /\.tsx?$/.test(entry.name) ? [join(dir, entry.name)] : [],
  );
}

/** Area names, from the locale files' names ("checklist-facebook.json" → "checklist"). */
const areas = new Set(Object.keys(areaFiles.en).map((file) => file.split('/').pop()!.split('-')[0]!.replace(/\.json$/, '')));
// What the page loads in English and in French (one language at a time, as the page does).
const passportCatalogs = { en: (await passportCatalogue('en')).en!, fr: (await passportCatalogue('fr')).fr! };
/**
 * use-guide-words.ts looks up the pages' and checklist items' words in the guide's own files,
 * which it loads on demand for a child's settings reviews, not in this catalogue.
 */
const ON_DEMAND = ['components/passport/use-guide-words.ts'];
const code = PASSPORT_CODE.flatMap(sources).filter((file) => !ON_DEMAND.includes(file)).map((file) => ({ file, text: readFileSync(join(ROOT, file), 'utf8') }));

describe('the passport page’s catalogue', () => {
  it('has every whole key the passport code names, in English and French', () => {
    const named = code.flatMap(({ file, text }) =>
      [...text.matchAll(/['"`]([a-z]+)\.([A-Za-z0-9_.+-]+)['"`]/g)]
        .filter((m) => areas.has(m[1]!) && `${m[1]}.${m[2]}` in catalogs.en)
        .map((m) => ({ key: `${m[1]}.${m[2]}`, file })),
    );
    expect(named.length).toBeGreaterThan(100);
    const missing = named.filter(({ key }) => !(key in passportCatalogs.en) || !(key in passportCatalogs.fr));
    expect(missing).toEqual([]);
  });

  it('has every area the code builds keys in (`area.…${…}`)', () => {
    const built = new Set(code.flatMap(({ text }) => [...text.matchAll(/`([a-z]+)\.[A-Za-z0-9_.-]*\$\{/g)].map((m) => m[1]!)).filter((area) => areas.has(area)));
    expect(built.size).toBeGreaterThan(0);
    for (const area of built) {
      const keys = Object.keys(catalogs.en).filter((key) => key.startsWith(`${area}.`));
      expect(keys.filter((key) => !(key in passportCatalogs.en) || !(key in passportCatalogs.fr)), area).toEqual([]);
    }
  });

  it('leaves out the checklists and the helplines', () => {
    expect(Object.keys(passportCatalogs.en).some((key) => key.startsWith('checklist.') || key.startsWith('helplines.'))).toBe(false);
  });
});
