// Putting the panel's host back when the page takes it out, in happy-dom: removed, moved into
// another element, <body> re-rendered or replaced; bounded, and stopped when the panel goes.
import { afterEach, describe, expect, it } from 'vitest';
import { keepAttached } from '../../../entrypoints/content/keep-attached';

const settle = () => new Promise((done) => setTimeout(done, 0));
let stop: () => void = () => undefined;

function mountHost(limit = 10): HTMLElement {
  document.body.replaceChildren(Object.assign(document.createElement('main'), { textContent: 'site' }));
  const host = document.createElement('vigie-panel');
  document.body.append(host);
  stop = keepAttached(host, limit);
  return host;
}

afterEach(() => stop());

describe('keepAttached', () => {
  it('puts the host back at the end of <body> when it is removed or moved elsewhere', async () => {
    const host = mountHost();
    host.remove();
    await settle();
    expect(host.parentNode).toBe(document.body);
    document.querySelector('main')!.append(host);
    await settle();
    expect(host.parentNode).toBe(document.body);
    expect(document.body.lastElementChild).toBe(host);
  });

  it('follows a re-rendered or replaced <body>', async () => {
    const host = mountHost();
    document.body.replaceChildren(document.createElement('div'));
    await settle();
    expect(host.parentNode).toBe(document.body);
    const fresh = document.createElement('body');
    document.documentElement.replaceChild(fresh, document.body);
    await settle();
    expect(host.parentNode).toBe(fresh);
    // …and keeps watching the new <body>.
    host.remove();
    await settle();
    expect(host.parentNode).toBe(fresh);
  });

  it('gives up after `limit` returns, so a page that keeps removing it does not fight forever', async () => {
    const host = mountHost(3);
    let removals = 0;
    for (let i = 0; i < 10; i++) {
      if (host.isConnected) removals++;
      host.remove();
      await settle();
    }
    expect(removals).toBe(4);
    expect(host.isConnected).toBe(false);
  });

  it('does nothing once stopped (the panel was hidden on purpose)', async () => {
    const host = mountHost();
    stop();
    host.remove();
    await settle();
    expect(host.isConnected).toBe(false);
  });
});
