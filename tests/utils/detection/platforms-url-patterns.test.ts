// The pattern language of the rule packs (utils/detection/platforms/lib/url-patterns.ts).
import { describe, expect, it } from 'vitest';
import { compileHosts, compilePaths } from '../../../utils/detection/platforms/lib/url-patterns';

const seg = (path: string) => path.split('/').filter(Boolean);

describe('compilePaths', () => {
  it.each([
    ['/settings', '/settings', true],
    ['/settings', '/settings/privacy', false],
    ['/settings/**', '/settings', true],
    ['/settings/**', '/settings/privacy/blocked', true],
    ['/settings/**', '/settingsx', false],
    ['/groups/*/pending_posts', '/groups/123/pending_posts', true],
    ['/groups/*/pending_posts', '/groups/pending_posts', false],
    ['/account_*', '/account_privacy', true],
    ['/account_*', '/account', false],
    ['/a|b|c*/x', '/c42/x', true],
    ['/a|b|c*/x', '/d/x', false],
    ['/**/login/**', '/accounts/v2/login', true],
    ['/**/login/**', '/login', true],
    ['/**/login/**', '/accounts/loginx', false],
    ['/', '/', true],
    ['/', '/home', false],
    ['/mypreferences/**/*privacy*', '/mypreferences/d/categories/data-privacy', true],
  ])('%s against %s is %s', (pattern, path, expected) => {
    expect(compilePaths([pattern])(seg(path))).toBe(expected);
  });

  it('treats regular-expression characters in patterns literally', () => {
    expect(compilePaths(['/settings.php'])(['settings.php'])).toBe(true);
    expect(compilePaths(['/settings.php'])(['settingsxphp'])).toBe(false);
    expect(compilePaths(['/privacy-&-safety*'])(['privacy-&-safety-tab'])).toBe(true);
  });
});

describe('compileHosts', () => {
  it('matches exact hosts and any subdomain of a wildcard, never a look-alike domain', () => {
    const test = compileHosts(['www.pinterest.com', '*.index-education.net']);
    expect(test('www.pinterest.com')).toBe(true);
    expect(test('pinterest.com')).toBe(false);
    expect(test('0123456a.index-education.net')).toBe(true);
    expect(test('a.b.index-education.net')).toBe(true);
    expect(test('evilindex-education.net')).toBe(false);
    expect(test('index-education.net.example.org')).toBe(false);
  });
});
