// The content script's side of docking (utils/guide/docked-page.ts): it answers the side panel's
// "which settings page is this tab on?" and, while the checklist is docked, tells it at once when
// the page changes (an in-page navigation, a settings page left). It says only the detected page
// (platform, context, page id), never the address, and only to Vigie's own pages: runtime messages
// never come from web pages, and web pages cannot hear them.
import { browser } from 'wxt/browser';
import type { FramedPage } from '../../utils/guide/framed-page';
import { DETECTED_PAGE_CHANGED, DETECTED_PAGE_QUERY, detectedPage, type DetectedPage } from '../../utils/guide/docked-page';

export interface DockLink {
  /** The page shown changed (undefined: not a settings page); told to the side panel while docked. */
  pageChanged(page: FramedPage | undefined, docked: boolean): void;
}

export function linkToSidePanel(ctx: { onInvalidated(callback: () => void): unknown }, current: () => FramedPage | undefined): DockLink {
  const listener = (message: unknown): Promise<DetectedPage> | undefined => {
    if (typeof message !== 'object' || message === null || (message as { type?: unknown }).type !== DETECTED_PAGE_QUERY) return undefined;
    return Promise.resolve(detectedPage(current()));
  };
  browser.runtime.onMessage.addListener(listener);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
  let told: string | null | undefined;
  return {
    pageChanged(page, docked) {
      const { page: fragment } = detectedPage(page);
      if (!docked) {
        told = undefined;
        return;
      }
      if (fragment === told) return;
      told = fragment;
      // Nobody listening (the side panel closed a moment ago) is no error of the page's.
      browser.runtime.sendMessage({ type: DETECTED_PAGE_CHANGED, page: fragment }).catch(() => undefined);
    },
  };
}
