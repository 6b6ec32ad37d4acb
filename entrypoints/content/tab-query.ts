// Answers the popup's "which page is this tab?" when the browser hides the tab's URL from it
// (no activeTab grant: the popup opened as a tab in tests). Runs in the content script, so only
// on the supported platforms' pages; it reveals nothing but the address of the page it runs in,
// and only to Vigie's own pages (runtime messages never come from web pages).
import { browser } from 'wxt/browser';

export const PAGE_QUERY = 'page.current';

export interface PageQueryAnswer {
  url: string;
}

/** Listens until the content script is invalidated (extension updated or reloaded). */
export function answerPageQueries(ctx: { onInvalidated(callback: () => void): unknown }): void {
  const listener = (message: unknown): Promise<PageQueryAnswer> | undefined => {
    if (typeof message !== 'object' || message === null || (message as { type?: unknown }).type !== PAGE_QUERY) return undefined;
    return Promise.resolve({ url: location.href });
  };
  browser.runtime.onMessage.addListener(listener);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
}
