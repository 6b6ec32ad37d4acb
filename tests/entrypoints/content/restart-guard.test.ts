// The guard against forged "content script started" events, with WXT's real ContentScriptContext in
// happy-dom: without the guard a page's event stops the script (so the test can tell), with it
// the page's event is stopped; an orphaned copy and a real newer copy are still stopped.
import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { guardAgainstForgedRestarts } from '../../../entrypoints/content/restart-guard';

const STARTED = (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE: string }).SCRIPT_STARTED_MESSAGE_TYPE;
const contexts: ContentScriptContext[] = [];

function start(guarded: boolean): ContentScriptContext {
  const ctx = new ContentScriptContext('content', { noScriptStartedPostMessage: true } as never);
  contexts.push(ctx);
  if (guarded) guardAgainstForgedRestarts(ctx);
  return ctx;
}

/** What a page script can send: it shares `document`, and the extension's id is public. */
function forgeStarted(): void {
  document.dispatchEvent(new CustomEvent(STARTED, { detail: { contentScriptName: 'content', messageId: 'forged' } }));
}

afterEach(() => {
  for (const ctx of contexts.splice(0)) ctx.abort('test over');
  delete (globalThis as Record<symbol, unknown>)[Symbol.for('vigie.content-script.stop')];
});

describe('guardAgainstForgedRestarts', () => {
  it('the event is named after the extension id, which anyone can know', () => {
    expect(STARTED.startsWith(`${fakeBrowser.runtime.id}:`)).toBe(true);
    expect(STARTED.endsWith(':wxt:content-script-started')).toBe(true);
  });

  it('without it, a forged event stops the content script (what the guard is for)', () => {
    const ctx = start(false);
    forgeStarted();
    expect(ctx.isValid).toBe(false);
  });

  it('with it, forged events leave the content script running', () => {
    const ctx = start(true);
    for (let i = 0; i < 5; i++) forgeStarted();
    document.body.dispatchEvent(new CustomEvent(STARTED, { bubbles: true, detail: { contentScriptName: 'content', messageId: 'x' } }));
    expect(ctx.isValid).toBe(true);
  });

  it('lets the event through for a copy orphaned by an update or a reload (no runtime id)', () => {
    const ctx = start(true);
    const id = fakeBrowser.runtime.id;
    (fakeBrowser.runtime as { id?: string }).id = undefined;
    try {
      forgeStarted();
      expect(ctx.signal.aborted).toBe(true);
    } finally {
      (fakeBrowser.runtime as { id?: string }).id = id;
    }
  });

  it('a real newer copy in the same world stops the older one, whose guard goes with it', () => {
    const older = start(true);
    const newer = start(true);
    expect(older.isValid).toBe(false);
    expect(newer.isValid).toBe(true);
    forgeStarted();
    expect(newer.isValid).toBe(true);
  });
});
