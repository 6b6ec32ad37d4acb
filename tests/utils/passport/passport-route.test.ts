import { describe, expect, it } from 'vitest';
import { parseRoute, routeHref, type Route } from '../../../utils/passport/route';

describe('passport page routes', () => {
  const cases: Array<[string, Route]> = [
    ['', { view: 'home' }],
    ['#', { view: 'home' }],
    ['#child/new', { view: 'child-new' }],
    ['#child/c-1', { view: 'child', childId: 'c-1' }],
    ['#child/c-1/edit', { view: 'child-section', childId: 'c-1', section: 'edit' }],
    ['#child/c-1/agreement/new', { view: 'child-section', childId: 'c-1', section: 'agreement/new' }],
    ['#agreement/a-1', { view: 'agreement', agreementId: 'a-1' }],
    ['#agreement/a-1/edit', { view: 'agreement', agreementId: 'a-1', edit: true }],
    ['#incident/i-1', { view: 'incident', incidentId: 'i-1' }],
    ['#export', { view: 'export' }],
    ['#export/c-1', { view: 'export', childId: 'c-1' }],
    ['#import', { view: 'import' }],
    ['#lock', { view: 'lock' }],
    ['#print', { view: 'print' }],
    ['#print/c-1', { view: 'print', childId: 'c-1' }],
    ['#move/c-1', { view: 'move', childId: 'c-1' }],
  ];
  for (const [hash, route] of cases) {
    it(`reads ${hash || '(no hash)'} and writes it back`, () => {
      expect(parseRoute(hash)).toEqual(route);
      if (hash.length > 1) expect(routeHref(route)).toBe(hash);
    });
  }

  it('reads the popup’s incident link exactly as the popup writes it', () => {
    const url = 'https://www.instagram.com/direct/t/123?x=1&y=2#frag';
    const at = '2025-06-15T10:42:00.000Z';
    const hash = `#incident?url=${encodeURIComponent(url)}&at=${encodeURIComponent(at)}`;
    const route = parseRoute(hash);
    expect(route).toEqual({ view: 'incident-start', prefill: { url, at } });
    expect(parseRoute(routeHref(route))).toEqual(route);
    // The prefill travels through "add a child first" to the child's new incident form.
    expect(parseRoute(routeHref({ view: 'child-new', prefill: { url, at } }))).toEqual({ view: 'child-new', prefill: { url, at } });
    expect(parseRoute(routeHref({ view: 'child-section', childId: 'c1', section: 'incident/new', prefill: { url, at } }))).toEqual({ view: 'child-section', childId: 'c1', section: 'incident/new', prefill: { url, at } });
  });

  it('accepts an offset time whose "+" was not encoded, and drops a time that is not one', () => {
    expect(parseRoute('#incident?at=2025-06-15T12:42:00+02:00')).toEqual({ view: 'incident-start', prefill: { at: '2025-06-15T12:42:00+02:00' } });
    expect(parseRoute('#incident?at=yesterday')).toEqual({ view: 'incident-start', prefill: {} });
  });

  it('refuses what is not ours', () => {
    for (const hash of ['#child/<img>', '#child/c1/settings', '#agreement', '#elsewhere/1', '#agreement/a1/delete', '#export/<b>', '#print/c1/x', '#move', '#import/x', '#lock/off']) {
      expect(parseRoute(hash), hash).toEqual({ view: 'not-found' });
    }
  });
});
