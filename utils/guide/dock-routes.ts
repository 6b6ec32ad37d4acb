// The background's part of docking: when the side panel's page goes away (Undock, or the person
// closes the side panel or Firefox's sidebar with the browser's own button), the page asks the
// background to mark the placement undocked, so the in-page panel comes back. The page cannot be
// trusted to write it itself as it closes: Firefox runs an extension page's storage.local in that
// page's own process, and a write begun in `pagehide` was lost with the page
// (tests/firefox/panel-placement.test.ts); a message leaves the page at once.
import type { Route, Routes } from '../messaging';
import { updatePlacement } from './panel-placement';
import { exactly } from './payloads';

declare module '../messaging' {
  interface Protocol {
    /** The side panel's page is going away: the checklist goes back into pages. */
    'dock.closed': { request: { docked: false }; response: { docked: false } };
  }
}

/**
 * Only our own pages may ask (never a content script: a page must not take the checklist out of
 * the side panel); none can dock through the background, since docking needs the side panel open.
 */
export function createDockRoutes(): Routes {
  const closed: Route<'dock.closed'> = {
    origin: 'extension-page',
    parse: (payload) => (exactly(payload, ['docked'])?.docked === false ? { docked: false } : undefined),
    async handle() {
      await updatePlacement((p) => ({ ...p, docked: false }));
      return { docked: false };
    },
  };
  return { 'dock.closed': closed };
}
