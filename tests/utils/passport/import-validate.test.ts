import { describe, expect, it, vi } from 'vitest';
import english from '../../../utils/i18n/locales/en/portability.json';
import french from '../../../utils/i18n/locales/fr/portability.json';
import { buildExport, serializeExport } from '../../../utils/passport/export-format';
import { PROBLEM_CODES, describeProblem, problemKey, type ImportProblem } from '../../../utils/passport/import-problems';
import { MAX_FILE_BYTES, readPassportText } from '../../../utils/passport/import-validate';
import { readPassportFile } from '../../../utils/passport/import';
import { makeHousehold } from '../../fixtures/passport/household';

type Json = Record<string, unknown>;
const base = () => JSON.parse(serializeExport(buildExport(makeHousehold({ children: 3, agreements: 6, incidents: 3, seed: 3 })))) as Json;

/** The problem found in `file` (an object, serialised here, or raw text). */
function problemIn(file: Json | string): ImportProblem {
  const result = readPassportText(typeof file === 'string' ? file : JSON.stringify(file));
  if (result.ok) throw new Error('expected the file to be refused');
  return result.problem;
}

/** Follows a path like children.2.agreements.0 and returns the object there. */
function at(file: Json, path: string): Json {
  return path.split('.').reduce<Json>((node, key) => node[key] as Json, file);
}

function edited(path: string, edit: (node: Json) => void): Json {
  const file = base();
  edit(at(file, path));
  return file;
}

describe('readable messages naming the problem and the place', () => {
  it.each([
    ['children.2.agreements.0', (n: Json) => { n.agreedOn = '2024-02-30'; }, 'children[2].agreements[0].agreedOn: not a date'],
    ['children.0.child', (n: Json) => { delete n.ageBand; }, 'children[0].child.ageBand: missing'],
    ['children.1.child', (n: Json) => { n.name = 42; }, 'children[1].child.name: should be text'],
    ['children.1.child', (n: Json) => { n.name = '   '; }, 'children[1].child.name: should not be empty'],
    ['children.0.child', (n: Json) => { n.name = 'Léa\u0000'; }, 'children[0].child.name: contains hidden control characters or broken text'],
    ['children.0.child', (n: Json) => { n.name = 'Léa\nSmith'; }, 'children[0].child.name: contains hidden control characters or broken text'],
    ['children.0.child', (n: Json) => { n.name = 'L\uD800a'; }, 'children[0].child.name: contains hidden control characters or broken text'],
    ['children.0.child', (n: Json) => { n.ageBand = 'baby'; }, 'children[0].child.ageBand: not one of the allowed values'],
    ['children.0.child', (n: Json) => { n.adults = {}; }, 'children[0].child.adults: should be a list'],
    ['children.0.child', (n: Json) => { n.extra = 1; }, 'children[0].child.extra: not a field of a passport'],
    ['children.0.child', (n: Json) => { n.voice = 'happy'; }, 'children[0].child.voice: should be a group of fields'],
    ['children.0.agreements.1', (n: Json) => { n.reviewEveryDays = 7.5; }, 'children[0].agreements[1].reviewEveryDays: should be a whole number'],
    ['children.0.agreements.1', (n: Json) => { n.reviewEveryDays = 99999; }, 'children[0].agreements[1].reviewEveryDays: should be between 0 and 3650'],
    ['children.0.agreements.1', (n: Json) => { n.words = 'x'.repeat(20_001); }, 'children[0].agreements[1].words: too long (at most 20000 characters)'],
    ['children.0.agreements.1', (n: Json) => { n.id = 'has space'; }, 'children[0].agreements[1].id: not a valid identifier'],
    ['children.0.agreements.1', (n: Json) => { n.childId = 'someone-else'; }, 'children[0].agreements[1].childId: belongs to another child than the one it is filed under'],
    ['children.1.incidents.0', (n: Json) => { n.reportedTo = ['3018', '119', '3018']; }, 'children[1].incidents[0].reportedTo[2]: listed twice'],
    ['children.1.incidents.0', (n: Json) => { n.evidence = Array.from({ length: 101 }, () => ({ url: '', account: '', time: '', note: '' })); }, 'children[1].incidents[0].evidence: too many entries (at most 100)'],
  ])('%s → %s', (path, edit, message) => {
    expect(describeProblem(problemIn(edited(path, edit)))).toBe(message);
  });

  it('names a duplicate id where it is used the second time', () => {
    const file = base();
    const children = file.children as Json[];
    (at(children[2]!, 'child') as Json).id = (at(children[0]!, 'child') as Json).id;
    expect(describeProblem(problemIn(file))).toMatch(/^children\[2\]\.child\.id: the identifier child-3-1 is used twice$/);
    const items = base();
    const incident = at(items, 'children.1.incidents.0');
    incident.id = at(items, 'children.0.agreements.0').id;
    expect(problemIn(items)).toMatchObject({ code: 'duplicateId', path: 'children[1].incidents[0].id' });
  });

  it('accepts what people really type: tabs and line breaks in long text, emoji counted as one character', () => {
    const file = edited('children.0.agreements.0', (n) => { n.words = `First line\n\tthen more 🙂\r\n${'🎬'.repeat(19_970)}`; });
    expect(readPassportText(JSON.stringify(file)).ok).toBe(true);
  });

  it('checks dates against the calendar', () => {
    const dateAt = (value: string) => readPassportText(JSON.stringify(edited('children.0.agreements.0', (n) => { n.agreedOn = value; }))).ok;
    for (const good of ['2024-02-29', '2024-02-29T23:59', '2024-02-29T23:59:59.999Z', '2024-02-29T10:00:00+05:30']) expect(dateAt(good), good).toBe(true);
    for (const bad of ['2023-02-29', '2024-13-01', '2024-00-10', '2024-01-01T24:00', '2024-01-01 10:00', '01/02/2024', '', '2024-1-1']) expect(dateAt(bad), bad).toBe(false);
  });
});

describe('hostile files', () => {
  it('refuses prototype-polluting keys, and the prototype stays clean', () => {
    const text = serializeExport(buildExport([])).replace('"children": []', '"children": [], "__proto__": { "polluted": true }');
    expect(problemIn(text)).toEqual({ code: 'forbiddenKey', path: '__proto__' });
    const nested = JSON.stringify(base()).replace('"ageBand":', '"constructor": {"prototype": {"polluted": 1}}, "ageBand":');
    expect(problemIn(nested)).toEqual({ code: 'forbiddenKey', path: 'children[0].child.constructor' });
    expect(({} as Json).polluted).toBeUndefined();
  });

  it('quotes and shortens a hostile field name in the message', () => {
    const key = `\u0007${'k'.repeat(5000)}`;
    const problem = problemIn(edited('children.0.child', (n) => { n[key] = 1; }));
    expect(problem.code).toBe('unknownField');
    expect(problem.path).toBe(`children[0].child[${JSON.stringify(`\u0007${'k'.repeat(39)}…`)}]`);
    expect(problem.path).not.toContain('\u0007');
  });

  it('refuses what is not a passport', () => {
    expect(problemIn('')).toEqual({ code: 'notJson', path: '' });
    expect(problemIn('{"format": "vigie-passport", ')).toEqual({ code: 'notJson', path: '' });
    expect(problemIn('[1, 2]')).toEqual({ code: 'wrongFormat', path: '' });
    expect(problemIn('"vigie-passport"')).toEqual({ code: 'wrongFormat', path: '' });
    expect(problemIn({ format: 'vigie-pasport', version: 1 })).toEqual({ code: 'wrongFormat', path: 'format' });
    expect(problemIn({ children: [] })).toEqual({ code: 'wrongFormat', path: '' });
  });

  it('reads a file that starts with a byte-order mark', () => {
    expect(readPassportText(`\uFEFF${serializeExport(buildExport([]))}`).ok).toBe(true);
  });

  it('refuses a huge file by its size, before reading it', async () => {
    const text = vi.fn(async () => '{}');
    const result = await readPassportFile({ size: MAX_FILE_BYTES + 1, text });
    expect(result).toEqual({ ok: false, problem: { code: 'tooLarge', path: '', params: { maxMb: 27 } } });
    expect(text).not.toHaveBeenCalled();
    expect(describeProblem(result.ok ? ({} as ImportProblem) : result.problem)).toContain('more than 27 MB');
  });

  it('refuses a huge text before parsing it, counting UTF-8 bytes', () => {
    // Fewer UTF-16 units than the limit, but more UTF-8 bytes (each "é" is two).
    const padded = `{"format":"vigie-passport","pad":"${'é'.repeat(Math.ceil(MAX_FILE_BYTES / 2))}"}`;
    expect(padded.length).toBeLessThan(MAX_FILE_BYTES);
    const parse = vi.spyOn(JSON, 'parse');
    expect(problemIn(padded).code).toBe('tooLarge');
    expect(parse).not.toHaveBeenCalled();
  }, 60_000);

  it('refuses too many children or items without walking them', () => {
    const file = base();
    file.children = Array.from({ length: 501 }, () => 0);
    expect(problemIn(file)).toEqual({ code: 'tooMany', path: 'children', params: { max: 500 } });
  });

  it('returns fresh values: changing the parsed input afterwards changes nothing', () => {
    const file = base();
    const result = readPassportText(JSON.stringify(file));
    if (!result.ok || result.value.kind !== 'plain') throw new Error('expected a plain file');
    expect(result.value.file).toEqual(file);
    expect(result.value.file.children[0]!.child).not.toBe((file.children as Json[])[0]!.child);
  });
});

describe('encrypted envelopes are checked before any key is derived', () => {
  const envelope = () => ({
    format: 'vigie-passport-encrypted', version: 1,
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: 600_000, salt: 'AAAAAAAAAAAAAAAAAAAAAA==' },
    cipher: { name: 'AES-GCM', iv: 'AAAAAAAAAAAAAAAA', tagLength: 128 },
    ciphertext: 'AAAAAAAAAAAAAAAAAAAAAAAA',
  });

  it('accepts a well-formed envelope', () => {
    expect(readPassportText(JSON.stringify(envelope()))).toMatchObject({ ok: true, value: { kind: 'encrypted' } });
  });

  it.each([
    [(e: Json) => { (e.kdf as Json).iterations = 1000; }, 'kdf.iterations: should be between 600000 and 10000000'],
    [(e: Json) => { (e.kdf as Json).iterations = 1e12; }, 'kdf.iterations: should be between 600000 and 10000000'],
    [(e: Json) => { (e.kdf as Json).name = 'scrypt'; }, 'kdf.name: not one of the allowed values'],
    [(e: Json) => { (e.kdf as Json).salt = 'AAAA'; }, 'kdf.salt: damaged (should be 16 bytes)'],
    [(e: Json) => { (e.cipher as Json).iv = 'AAAA AAAA'; }, 'cipher.iv: damaged (not base64)'],
    [(e: Json) => { (e.cipher as Json).tagLength = 32; }, 'cipher.tagLength: not one of the allowed values'],
    [(e: Json) => { e.ciphertext = 'AAAA'; }, 'ciphertext: damaged (should be 16 bytes)'],
    [(e: Json) => { delete e.cipher; }, 'cipher: missing'],
    [(e: Json) => { e.version = 2; }, 'This passport file was made by a newer version of Vigie (format version 2; this one reads up to 1). Update Vigie, then import it again. Nothing was imported.'],
  ])('%#: %s', (edit, message) => {
    const file = envelope();
    edit(file);
    expect(describeProblem(problemIn(file))).toBe(message);
  });
});

describe('every problem is translated', () => {
  const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
  it.each(PROBLEM_CODES)('%s has English and French text with the same placeholders', (code) => {
    const key = problemKey({ code, path: 'x' });
    const en = (english as Record<string, string>)[key];
    const fr = (french as Record<string, string>)[key];
    expect(en, key).toBeTruthy();
    expect(fr, key).toBeTruthy();
    expect(fr).not.toBe(en);
    expect(placeholders(fr!)).toEqual(placeholders(en!));
  });

  it('has no key that no problem uses', () => {
    const used = new Set(PROBLEM_CODES.map((code) => problemKey({ code, path: '' })));
    expect(Object.keys(english).filter((key) => key.startsWith('portability.problem.') && !used.has(key))).toEqual([]);
    expect(Object.keys(french).sort()).toEqual(Object.keys(english).sort());
  });
});
