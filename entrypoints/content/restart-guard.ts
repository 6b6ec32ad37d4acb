// Keeps a page from stopping the content script. Runs once, first thing in the content script.
//
// WXT stops an older copy of a content script when a newer copy starts in the same page: the
// newer one dispatches a CustomEvent on `document` named "<extension id>:content:wxt:content-
// script-started" and the older one, hearing it, invalidates itself (panel removed, navigation
// no longer followed) for the rest of the page's life (wxt/utils/content-script-context). The
// page shares `document`, and an extension's id is public (and WXT also posted it to the page
// with window.postMessage, turned off in index.ts), so any page could send that event.
// Reproduced in Chromium: tests/e2e/hostile-events.test.ts.
//
// So the event is stopped before WXT hears it (a capturing listener on `window` runs before any
// listener on `document`), while this copy still belongs to a live extension. A copy orphaned by
// an update or a reload has no runtime id: for it the event is real and passes. A real newer
// copy of the same live extension (WXT's dev-mode reload) runs in the same isolated world, where
// no page script reaches, and stops this one through `olderCopy` instead.
import { browser } from 'wxt/browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';

const OLDER_COPY = Symbol.for('vigie.content-script.stop');

export function guardAgainstForgedRestarts(ctx: ContentScriptContext): void {
  // A private static of WXT's class; read rather than rebuilt, so a renamed event is still guarded.
  const type = (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE: string }).SCRIPT_STARTED_MESSAGE_TYPE;
  const world = globalThis as { [OLDER_COPY]?: () => void };
  world[OLDER_COPY]?.();
  world[OLDER_COPY] = () => ctx.abort('A newer copy of the content script started');
  window.addEventListener(
    type,
    (event) => {
      if (browser.runtime?.id !== undefined) event.stopImmediatePropagation();
    },
    { capture: true, signal: ctx.signal },
  );
}
