import { describe, expect, it } from 'vitest';
import { createRouter, senderAllowed, type Routes } from '../../utils/messaging';

const self = { id: 'vigie-id', baseUrl: 'chrome-extension://vigie-id/' };
const contentScript = { id: 'vigie-id', url: 'https://www.facebook.com/settings', tab: { id: 3 } };
const passportPage = { id: 'vigie-id', url: 'chrome-extension://vigie-id/passport.html' };

describe('senderAllowed', () => {
  it('accepts our own pages for every route, and content scripts only for any-context routes', () => {
    expect(senderAllowed(passportPage, 'extension-page', self)).toBe(true);
    expect(senderAllowed(passportPage, 'any-context', self)).toBe(true);
    expect(senderAllowed(contentScript, 'any-context', self)).toBe(true);
    expect(senderAllowed(contentScript, 'extension-page', self)).toBe(false);
  });

  it('refuses another extension, a page URL posing as ours, and a sender without an id', () => {
    expect(senderAllowed({ ...passportPage, id: 'other' }, 'any-context', self)).toBe(false);
    expect(senderAllowed({ id: 'vigie-id', url: 'https://evil.example/chrome-extension://vigie-id/' }, 'extension-page', self)).toBe(false);
    expect(senderAllowed({ url: passportPage.url }, 'any-context', self)).toBe(false);
  });
});

describe('createRouter', () => {
  // A route defined only for this test, through the same Route shape the features use.
  const routes = {
    'test.echo': {
      origin: 'extension-page',
      parse: (payload: unknown) => (typeof payload === 'string' ? payload : undefined),
      handle: (text: string) => text.toUpperCase(),
    },
  } as unknown as Routes;
  const route = createRouter(routes, self);

  it('answers a well-formed message from an allowed sender', async () => {
    expect(await route({ type: 'test.echo', payload: 'hi' }, passportPage)).toEqual({ ok: true, value: 'HI' });
  });

  it('refuses malformed messages, unknown types, forged senders and bad payloads', async () => {
    expect(await route(null, passportPage)).toEqual({ ok: false, error: 'bad-message' });
    expect(await route({ type: 'toString' }, passportPage)).toEqual({ ok: false, error: 'unknown-type' });
    expect(await route({ type: 'test.echo', payload: 'hi' }, contentScript)).toEqual({ ok: false, error: 'forbidden-sender' });
    expect(await route({ type: 'test.echo', payload: 42 }, passportPage)).toEqual({ ok: false, error: 'bad-payload' });
  });
});
