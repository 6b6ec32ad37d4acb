// "Report this": the platform of a page and its reporting pages, and the passport incident link.
import { describe, expect, it } from 'vitest';
import { incidentFormUrl, reportTargetFor } from '../../../utils/help/report-links';

describe('the platform of the current tab', () => {
  it('finds Facebook on any page of its hosts, settings or not', () => {
    for (const url of ['https://www.facebook.com/settings?tab=privacy', 'https://www.facebook.com/some.profile', 'https://m.facebook.com/']) {
      const target = reportTargetFor(url);
      expect(target?.platform, url).toBe('facebook');
      expect(target?.name).toBe('Facebook');
      expect(target?.links.map((l) => l.url)).toEqual(['https://www.facebook.com/help/contact/209046679279097', 'https://www.facebook.com/help/1380418588640631']);
      expect(target?.inApp).toBe(true);
    }
  });

  it('finds nothing on other sites, look-alike hosts and non-web pages', () => {
    for (const url of ['https://example.org/', 'https://facebook.com.evil.example/settings', 'chrome://extensions', 'not a url']) {
      expect(reportTargetFor(url), url).toBeUndefined();
    }
  });
});

describe('the passport incident link', () => {
  it('carries the page and the time, and reads back with URLSearchParams', () => {
    const page = 'https://www.facebook.com/settings?tab=privacy&x=1#frag';
    const at = new Date('2026-11-21T19:30:00.000Z');
    const link = incidentFormUrl('chrome-extension://abc/passport.html', page, at);
    expect(link.startsWith('chrome-extension://abc/passport.html#incident?')).toBe(true);
    const params = new URLSearchParams(new URL(link).hash.split('?')[1]);
    expect(params.get('url')).toBe(page);
    expect(params.get('at')).toBe('2026-11-21T19:30:00.000Z');
  });
});
