// How the browser's side panel learns which settings page the current tab shows, when the
// checklist is docked there (entrypoints/sidepanel/). Only the content script of that tab knows:
// Vigie has no host permission, so the tab's address is hidden from the side panel. The content
// script tells it the detected page and nothing more, as the fragment the panel frame is opened
// with (framed-page.ts): asked ("which page?"), and on every change while docked. Runtime messages
// never come from web pages. Imports only framed-page.ts: the content script bundles it.
import { framedPageFragment, parseFramedPage, type FramedPage } from './framed-page';

/** The side panel asks a tab's content script (tabs.sendMessage); the answer is a `DetectedPage`. */
export const DETECTED_PAGE_QUERY = 'page.detected';
/** The content script of a tab tells the side panel its page changed (runtime.sendMessage), while docked. */
export const DETECTED_PAGE_CHANGED = 'page.detectedChanged';

export interface DetectedPage {
  /** The settings page as a frame fragment, or null on a page that is not one. */
  page: string | null;
}

export function detectedPage(page: FramedPage | undefined): DetectedPage {
  return { page: page ? framedPageFragment(page) : null };
}

/** The page a content script's message names, or undefined (no settings page, or not ours). */
export function parseDetectedPage(message: unknown): FramedPage | undefined {
  if (typeof message !== 'object' || message === null) return undefined;
  const { page } = message as { page?: unknown };
  return typeof page === 'string' ? parseFramedPage(page) : undefined;
}
