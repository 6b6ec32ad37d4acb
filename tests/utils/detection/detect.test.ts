// detectPage against the URL corpora: the shared one (shared/fixtures/settings-urls.tsv, copied
// into tests/fixtures/urls/) and our own (tests/fixtures/urls/corpus.tsv), positives and
// look-alikes, each failure saying which rule pack to fix.
import { describe, expect, it } from 'vitest';
import { detectPage, packForUrl, pageDetails } from '../../../utils/detection/detect';
import { OWN_CORPUS, readCorpus, readSharedCorpus, type CorpusRow } from './helpers/url-corpus';

function verdict(row: CorpusRow): string | undefined {
  const match = detectPage(row.url);
  const where = `${row.file.split('/').slice(-1)[0]}:${row.line}`;
  if (row.context === null) {
    if (match === null) return undefined;
    return `${where} ${row.url} is a look-alike (${row.notes}) but matched ${match.platform}/${match.pageId}: narrow that rule in utils/detection/platforms/${match.platform}.ts (add a notPaths entry or tighten its paths).`;
  }
  if (match === null) {
    return `${where} ${row.url} is a ${row.label} page of ${row.platform} (${row.notes}) but nothing matched: ${packForUrl(row.url) ? 'widen a rule' : 'add its host'} in utils/detection/platforms/${row.platform}.ts.`;
  }
  if (match.platform !== row.platform || match.context !== row.context) {
    return `${where} ${row.url} should be ${row.platform}/${row.context} but matched ${match.platform}/${match.pageId} (${match.context}): fix the host list or the rule order in utils/detection/platforms/${row.platform}.ts.`;
  }
  return undefined;
}

describe.each([
  ['the shared corpus', readSharedCorpus()],
  ['our own corpus', readCorpus(OWN_CORPUS)],
])('%s', (_name, rows) => {
  it('has positives and look-alikes for many platforms', () => {
    expect(rows.filter((r) => r.context !== null).length).toBeGreaterThan(50);
    expect(rows.filter((r) => r.context === null).length).toBeGreaterThan(40);
    expect(new Set(rows.map((r) => r.platform)).size).toBeGreaterThan(14);
  });

  it('every row is recognised as its platform and context, every look-alike as nothing', () => {
    const failures = rows.map(verdict).filter((v): v is string => v !== undefined);
    expect(failures, failures.join('\n')).toEqual([]);
  });
});

describe('our own corpus', () => {
  const rows = readCorpus(OWN_CORPUS);
  it('has at least 150 URLs, none already in the shared corpus, each with a source', () => {
    expect(rows.length).toBeGreaterThanOrEqual(150);
    const shared = new Set(readSharedCorpus().map((r) => r.url));
    expect(rows.filter((r) => shared.has(r.url)).map((r) => r.url)).toEqual([]);
    expect(rows.filter((r) => r.source.trim() === '').map((r) => r.url)).toEqual([]);
    expect(new Set(rows.map((r) => r.url)).size).toBe(rows.length);
  });
});

describe('detectPage', () => {
  it('returns the platform, context, page id and page name key, and no links', () => {
    expect(detectPage('https://www.facebook.com/settings?tab=privacy')).toEqual({
      platform: 'facebook',
      context: 'privacy',
      pageId: 'privacy',
      nameKey: 'pages.facebook.privacy',
    });
  });

  it('gives extension pages the links that go with a page: deep link, help and report pages', () => {
    expect(pageDetails('facebook', 'privacy')).toEqual({
      deepLink: 'https://www.facebook.com/settings/?tab=privacy',
      reportUrl: 'https://www.facebook.com/help/1380418588640631',
    });
    expect(pageDetails('instagram', 'accounts-centre-security')?.deepLink).toBe('https://accountscenter.instagram.com/password_and_security/');
    expect(pageDetails('tiktok', 'privacy')?.appOnly?.map((hint) => hint.id)).toEqual(['family-pairing-setup']);
    expect(pageDetails('facebook', 'no-such-page')).toBeUndefined();
  });

  it('says which controls exist only in the app', () => {
    const match = detectPage('https://www.tiktok.com/setting/privacy');
    expect(match?.appOnly).toEqual([
      { id: 'family-pairing-setup', context: 'supervision', nameKey: 'pages.tiktok.family-pairing-setup', inAppKey: 'pages.tiktok.family-pairing-setup.inApp' },
    ]);
    expect(detectPage('https://x.com/settings/privacy_and_safety')?.appOnly).toBeUndefined();
  });

  it('reads the hash of hash-routed apps, and ignores case and trailing slashes', () => {
    expect(detectPage('https://www.roblox.com/my/account#!/parental-controls')?.context).toBe('supervision');
    expect(detectPage('https://www.roblox.com/my/account#!/privacy/BlockedUsers')?.pageId).toBe('blocked-users');
    expect(detectPage('https://WWW.ROBLOX.COM/My/Account/#!/Security')?.pageId).toBe('security');
    expect(detectPage('https://home.classdojo.com/#/story')).toBeNull();
  });

  it('matches whole segments, never substrings', () => {
    expect(detectPage('https://x.com/settingsfoo')).toBeNull();
    expect(detectPage('https://x.com/mysettings')).toBeNull();
    expect(detectPage('https://www.youtube.com/accounts/login')).toBeNull();
    expect(detectPage('https://www.facebook.com/groups/123/?sorting_setting=CHRONOLOGICAL')).toBeNull();
  });

  it('knows old and new domains', () => {
    expect(detectPage('https://mobile.twitter.com/settings/account')?.platform).toBe('x');
    expect(detectPage('https://www.threads.net/settings/privacy')?.platform).toBe('threads');
    expect(detectPage('https://discordapp.com/settings/privacy-and-safety')?.platform).toBe('discord');
  });

  it('gives Accounts Centre to the brand whose host it is on', () => {
    expect(detectPage('https://accountscenter.facebook.com/password_and_security')?.platform).toBe('facebook');
    expect(detectPage('https://accountscenter.instagram.com/password_and_security')?.platform).toBe('instagram');
    expect(detectPage('https://accountscenter.meta.com/password_and_security')?.platform).toBe('meta');
  });

  it('knows Pronote on every school subdomain but has no settings page there', () => {
    expect(packForUrl('https://0692866r.index-education.net/pronote/parent.html')?.id).toBe('pronote');
    expect(packForUrl('https://index-education.net.example.org/')).toBeUndefined();
    expect(detectPage('https://0692866r.index-education.net/pronote/parent.html')).toBeNull();
  });

  it('answers null for other hosts, other schemes and malformed URLs', () => {
    expect(detectPage('https://example.org/settings')).toBeNull();
    expect(detectPage('https://facebook.com.example.org/settings?tab=privacy')).toBeNull();
    expect(detectPage('chrome-extension://abc/settings')).toBeNull();
    expect(detectPage('not a url')).toBeNull();
    expect(detectPage('https://www.facebook.com/settings/%E0%A4%A')?.platform).toBe('facebook');
  });
});
