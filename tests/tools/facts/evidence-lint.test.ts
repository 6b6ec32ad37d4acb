// @vitest-environment node
// The rules the integrity tests apply, on passages made to break them one at a time, and the
// listed-exceptions check on a list that grew and on one that should have shrunk.
import { describe, expect, it } from 'vitest';
import { evidenceProblems, MAX_QUOTE } from '../../../tools/facts/evidence-lint';
import { forbiddenBecause } from '../../../tools/facts/forbidden-hosts';
import { quoted } from '../../../utils/guide/checklists/build';
import { expectOnlyListed } from '../../support/listed-exceptions';

const context = { domains: ['tiktok.com'], kinds: ['path', 'default', 'claim', 'advice'] as const, today: '2026-12-03' };
const good = quoted('https://support.tiktok.com/en/account', 'en', '2026-12-03', ['path'], 'Settings and privacy › Content preferences › Restricted Mode');
const problems = (changes: Partial<typeof good>) => evidenceProblems({ ...good, ...changes }, context);

describe('evidenceProblems', () => {
  it('accepts a short official passage read on a real day', () => {
    expect(evidenceProblems(good, context)).toEqual([]);
    // advice alone may come from a recognised body
    expect(problems({ url: 'https://www.nspcc.org.uk/keeping-children-safe/online-safety/', supports: ['advice'] })).toEqual([]);
  });

  it('refuses each broken part, saying what to do', () => {
    expect(problems({ url: 'http://support.tiktok.com/x' })).toEqual(['url "http://support.tiktok.com/x" must be an https address']);
    expect(problems({ url: 'https://www.nspcc.org.uk/x' })[0]).toMatch(/not on the official domains \(tiktok\.com\)$/);
    expect(problems({ url: 'https://www.pocket-lint.com/tiktok' }).join()).toMatch(/forbidden host \(www\.pocket-lint\.com: blog\)/);
    expect(problems({ quote: '  ' })).toEqual(['quote is empty: copy the passage verbatim']);
    expect(problems({ quote: 'x'.repeat(MAX_QUOTE + 1) })[0]).toMatch(/401 characters/);
    expect(problems({ lang: 'French' })[0]).toMatch(/BCP 47/);
    expect(problems({ read: '2026-02-30' })[0]).toMatch(/real day/);
    expect(problems({ read: '2026-12-04' })[0]).toMatch(/not after 2026-12-03/);
    expect(problems({ supports: [] })).toEqual(['supports names no fact']);
    expect(problems({ supports: ['hours'] })[0]).toMatch(/supports "hours", not a fact of this entry/);
    expect(problems({ note: '' })).toEqual(['note is empty: leave it out']);
  });
});

describe('forbiddenBecause', () => {
  it('names listed hosts with their subdomains, and upload, staging and pre-release hosts of any site', () => {
    expect(forbiddenBecause('https://www.thesun.ie/tech/1')).toBe('www.thesun.ie: tabloid');
    expect(forbiddenBecause('https://nettkompass.pages.dev/en/')).toBe('nettkompass.pages.dev: upload, staging or file host');
    expect(forbiddenBecause('https://upload.latest.workplace.com/x')).toMatch(/upload, staging/);
    expect(forbiddenBecause('https://irishtimes-irishtimes-staging.cdn.arcpublishing.com/x')).toMatch(/upload, staging/);
    expect(forbiddenBecause('https://preprod.tageblatt.lu/x')).toMatch(/upload, staging/);
    expect(forbiddenBecause('https://en.wikipedia.org/wiki/Internet_Matters')).toBe('en.wikipedia.org: forum or wiki');
    expect(forbiddenBecause('https://help.instagram.com/1')).toBeUndefined();
    expect(forbiddenBecause('https://blog.youtube/news')).toBeUndefined();
  });
});

describe('expectOnlyListed', () => {
  const listed = { 'x/a': 'blog.example', 'x/b': 'blog.example' };
  it('passes while the breaches are exactly the listed ones', () => {
    expect(() => expectOnlyListed('rule', listed, listed, 'fix it')).not.toThrow();
  });
  it('fails on a new breach, and on a listed one that moved to another host', () => {
    expect(() => expectOnlyListed('rule', { ...listed, 'x/c': 'blog.example' }, listed, 'fix it')).toThrow(/x\/c: blog\.example/);
    expect(() => expectOnlyListed('rule', { ...listed, 'x/b': 'other.example' }, listed, 'fix it')).toThrow(/new/);
  });
  it('fails on a listed exception that no longer applies, and prints the shorter list', () => {
    expect(() => expectOnlyListed('rule', { 'x/a': 'blog.example' }, listed, 'fix it')).toThrow(/take them off the list, which now reads:\n\{\n {2}'x\/a': 'blog\.example',\n\}/);
  });
});
