// The panel's words: the same keys in English and French, every key the code uses present in the
// file that reaches the code (panel.json is bundled in the content script, panel-labels.json is
// sent by the background, panel-guide.json is used by the background), and no key unused.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { AGE_BANDS, AUDIENCES, CONTEXTS, PLATFORM_IDS } from '../../../utils/taxonomy';

const ROOT = resolve(import.meta.dirname, '../../..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const catalog = (lang: string, file: string) => JSON.parse(read(`utils/i18n/locales/${lang}/${file}`)) as Record<string, string>;
const FILES = ['panel.json', 'panel-labels.json', 'panel-guide.json'];

/** The source of a folder's .ts files, joined. */
const sourceOf = (folder: string, only?: string[]) =>
  readdirSync(join(ROOT, folder))
    .filter((name) => name.endsWith('.ts') && (!only || only.includes(name)))
    .map((name) => read(`${folder}/${name}`))
    .join('\n');

/** Keys written out in the source as 'panel.something' (dynamic keys are expanded by the tests). */
const literalKeys = (source: string) => new Set([...source.matchAll(/'(panel\.[\w.]+)'/g)].map((m) => m[1]!));

describe('panel locale files', () => {
  it.each(FILES)('%s has the same keys in English and French, every one translated', (file) => {
    const en = catalog('en', file);
    const fr = catalog('fr', file);
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
    for (const [key, text] of Object.entries(fr)) expect(text.trim(), `${file} ${key}`).not.toBe('');
    for (const key of Object.keys(en)) expect(key.startsWith('panel.'), `${file}: ${key} must start with "panel."`).toBe(true);
  });

  it('keeps in the content script only the words the shell shows before the guide arrives', () => {
    const shellKeys = Object.keys(catalog('en', 'panel.json')).sort();
    expect(shellKeys).toEqual(['panel.collapse', 'panel.failed', 'panel.loading', 'panel.open']);
    const shell = literalKeys(sourceOf('components/panel', ['panel.ts']));
    for (const key of shellKeys) expect(shell.has(key), `${key} is not used by the shell`).toBe(true);
  });

  it('has every key the panel uses, and uses every key it has', () => {
    const available = new Set([...Object.keys(catalog('en', 'panel.json')), ...Object.keys(catalog('en', 'panel-labels.json'))]);
    const used = literalKeys(sourceOf('components/panel'));
    for (const audience of AUDIENCES) used.add(`panel.audience.${audience}`);
    for (const band of AGE_BANDS) used.add(`panel.age.guidingFor.${band}`);
    for (const key of used) expect(available.has(key), `${key} is used by the panel but in no locale file it receives`).toBe(true);
    for (const key of available) expect(used.has(key), `${key} is in the locale files but the panel never uses it`).toBe(true);
  });

  it('names every platform and context for pages without a name of their own', () => {
    const guide = catalog('en', 'panel-guide.json');
    for (const platform of PLATFORM_IDS) expect(guide[`panel.platform.${platform}`], platform).toBeTruthy();
    for (const context of CONTEXTS) expect(guide[`panel.context.${context}`], context).toBeTruthy();
    const used = literalKeys(sourceOf('utils/guide'));
    for (const key of Object.keys(guide).filter((k) => !/^panel\.(platform|context)\./.test(k))) {
      expect(used.has(key), `${key} is in panel-guide.json but the background never uses it`).toBe(true);
    }
  });
});
