// Issue 17, point 3: every message of every shipped language is ICU MessageFormat that parses,
// names the same arguments as its English original, gives every plural the CLDR categories its
// language needs (Intl.PluralRules), and never fakes a plural with "(s)". Point 7's part for
// plurals: each plural message reads right for 0, 1, 2, 5 and 21 (and a million).
import { parse, type Token } from '@messageformat/parser';
import { describe, expect, it } from 'vitest';
import { catalogs } from '../../../utils/i18n/locales';
import { LANGUAGES } from '../../../utils/taxonomy';
import { argumentNames, sourceCatalogs } from '../../support/catalogues';

/** Every plural in a message, with the case keys it gives. */
function pluralsOf(tokens: readonly Token[], into: Array<{ arg: string; keys: string[]; ordinal: boolean }> = []) {
  for (const token of tokens) {
    if (token.type === 'plural' || token.type === 'selectordinal') {
      into.push({ arg: token.arg, keys: token.cases.map((c) => c.key), ordinal: token.type === 'selectordinal' });
    }
    if (token.type === 'plural' || token.type === 'select' || token.type === 'selectordinal') for (const c of token.cases) pluralsOf(c.tokens, into);
  }
  return into;
}

/** "child(ren)", "enfant(s)", "nouveau(x)": a plural written for both numbers at once. */
const FAKE_PLURAL = /\p{L}\((s|x|es|ren|en|nen|e?s)\)/u;

describe.each(LANGUAGES)('messages in %s', (language) => {
  const source = sourceCatalogs[language];
  const needed = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
  const ordinalNeeded = new Intl.PluralRules(language, { type: 'ordinal' }).resolvedOptions().pluralCategories;

  it('has exactly the keys English has', () => {
    expect(Object.keys(source).sort()).toEqual(Object.keys(sourceCatalogs.en).sort());
  });

  it.each(Object.keys(source))('%s parses, with English’s arguments and real plurals', (key) => {
    const text = source[key]!;
    const tokens = parse(text);
    expect(argumentNames(text), 'the same arguments as the English message').toEqual(argumentNames(sourceCatalogs.en[key] ?? ''));
    expect(text, 'a fake plural: write {count, plural, one {…} other {…}}').not.toMatch(FAKE_PLURAL);
    for (const plural of pluralsOf(tokens)) {
      const categories = plural.ordinal ? ordinalNeeded : needed;
      for (const category of categories) expect(plural.keys, `{${plural.arg}, plural} needs "${category}" in ${language}`).toContain(category);
    }
  });
});

describe.each(LANGUAGES)('plural messages in %s, as a person reads them', (language) => {
  const source = sourceCatalogs[language];
  const withPlurals = Object.keys(source).filter((key) => pluralsOf(parse(source[key]!)).length > 0);
  const t = (key: string, params: Record<string, string | number>) => {
    const message = catalogs[language][key];
    return typeof message === 'function' ? message(params) : String(message);
  };

  it('exist (the passport and the import count things)', () => {
    expect(withPlurals.length).toBeGreaterThan(5);
  });

  it.each(withPlurals)('%s reads right for 0, 1, 2, 5, 21 and 1 000 000', (key) => {
    const args = argumentNames(source[key]!);
    for (const n of [0, 1, 2, 5, 21, 1_000_000]) {
      const params = Object.fromEntries(args.map((arg) => [arg, pluralsOf(parse(source[key]!)).some((p) => p.arg === arg) ? n : `«${arg}»`]));
      const text = t(key, params);
      expect(text, `${key} with ${n}`).not.toMatch(/undefined|\{|\}/);
      for (const arg of args.filter((a) => typeof params[a] === 'string')) expect(text, `${key} shows ${arg}`).toContain(`«${arg}»`);
    }
    // One and many are worded apart where the language has the two forms.
    const one = t(key, Object.fromEntries(args.map((a) => [a, 1])));
    const five = t(key, Object.fromEntries(args.map((a) => [a, 5])));
    expect(one).not.toBe(five);
  });
});
