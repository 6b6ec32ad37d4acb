// Every checklist item has its words in English and French, in its platform's own file (the
// file the panel loads for that platform), and no checklist words are left over.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checklists } from '../../../utils/guide/checklists';
import { LANGUAGES, type Language } from '../../../utils/taxonomy';

const localeDir = (lang: Language) => join(__dirname, '../../../utils/i18n/locales', lang);
const PARTS = ['do', 'why', 'path'] as const;
const VARIANT_PARTS = ['do', 'why'] as const;
const platforms = [...new Set(checklists.map((c) => c.platform))];

function checklistFiles(lang: Language): string[] {
  return readdirSync(localeDir(lang)).filter((f) => f.startsWith('checklist-') && f.endsWith('.json'));
}
function rawFile(lang: Language, file: string): string {
  return readFileSync(join(localeDir(lang), file), 'utf8');
}
function catalog(lang: Language, file: string): Record<string, string> {
  return JSON.parse(rawFile(lang, file)) as Record<string, string>;
}
function expectedKeys(platform: string): string[] {
  return checklists
    .filter((c) => c.platform === platform)
    .flatMap((c) => c.items.flatMap((i) => [
      ...PARTS.map((part) => `checklist.${platform}.${i.id}.${part}`),
      // A band's own words (its `do` and `why`) beside the item's.
      ...(i.variants ?? []).flatMap((v) => VARIANT_PARTS.map((part) => `checklist.${platform}.${i.id}.${v.words}.${part}`)),
    ]));
}

describe.each(LANGUAGES)('checklist words in %s', (lang) => {
  it('has one file per platform with checklists, and no other checklist file', () => {
    expect(checklistFiles(lang).sort()).toEqual(platforms.map((p) => `checklist-${p}.json`).sort());
  });

  it.each(platforms)('%s: every item has a non-empty do, why and path', (platform) => {
    const words = catalog(lang, `checklist-${platform}.json`);
    for (const key of expectedKeys(platform)) {
      expect(words[key]?.trim(), `${key} is missing in utils/i18n/locales/${lang}/checklist-${platform}.json`).toBeTruthy();
    }
  });

  it.each(platforms)('%s: has no unused key', (platform) => {
    const expected = new Set(expectedKeys(platform));
    const unused = Object.keys(catalog(lang, `checklist-${platform}.json`)).filter((k) => !expected.has(k));
    expect(unused, 'these keys match no checklist item: remove them or add the item').toEqual([]);
  });

  it.each(platforms)('%s: keys are sorted and none is written twice', (platform) => {
    const raw = rawFile(lang, `checklist-${platform}.json`);
    const written = [...raw.matchAll(/^\s*"([^"]+)":/gm)].map((m) => m[1] ?? '');
    expect(written.filter((k, i) => written.indexOf(k) !== i), 'duplicate keys (JSON.parse would keep only the last)').toEqual([]);
    expect(written).toEqual([...written].sort());
  });

  it.each(platforms)('%s: reads as a checklist (imperative without a full stop, typography of the language)', (platform) => {
    for (const [key, text] of Object.entries(catalog(lang, `checklist-${platform}.json`))) {
      if (key.endsWith('.do') || key.endsWith('.path')) expect(text, key).not.toMatch(/\.$/);
      if (key.endsWith('.why')) expect(text, key).toMatch(/[.!?)]$/);
      if (lang === 'fr') expect(text, `${key}: use the typographic apostrophe ’`).not.toContain("'");
      if (lang === 'fr') expect(text, `${key}: a no-break space (U+00A0) goes inside « » and before : ; ? !`).not.toMatch(/ [:;?!»]|« /);
      if (lang === 'en') expect(text, `${key}: French quotation marks in English`).not.toMatch(/[«»]/);
    }
  });
});

describe('translations', () => {
  it.each(platforms)('%s: French is not a copy of the English', (platform) => {
    const en = catalog('en', `checklist-${platform}.json`);
    const fr = catalog('fr', `checklist-${platform}.json`);
    const copied = Object.keys(en).filter((k) => k.endsWith('.do') && en[k] === fr[k]);
    expect(copied).toEqual([]);
  });

  it('words every piece of shared advice the same on every platform', () => {
    for (const lang of LANGUAGES) {
      const bySharedName = new Map<string, string>();
      for (const checklist of checklists) {
        const words = catalog(lang, `checklist-${checklist.platform}.json`);
        for (const item of checklist.items.filter((i) => i.shared)) {
          const text = PARTS.map((p) => words[`checklist.${checklist.platform}.${item.id}.${p}`]).join('\n');
          const first = bySharedName.get(item.shared as string);
          if (first === undefined) bySharedName.set(item.shared as string, text);
          else expect(text, `${lang}: ${checklist.platform}/${item.id} words "${item.shared}" differently`).toBe(first);
        }
      }
    }
  });
});
