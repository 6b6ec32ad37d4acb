// The audience the panel last showed on each page, so the frame's preview (routes.ts,
// previewGuide) lists the items the guide will answer with and nothing changes under the person's
// eyes when the ticks arrive. The audience is the family's choice: it is kept in the extension's
// `storage.session`, which the content script (in the web page's process) cannot read: "By
// default, it's not exposed to content scripts, but this behavior can be changed through
// storage.session.setAccessLevel()" (MDN, storage.session, read 2026-12-04; Chromium's default
// is TRUSTED_CONTEXTS), and Vigie never changes it. The browser clears it when it closes. The
// state of record stays in the guide (IndexedDB, panel-prefs.ts); after a restart the preview
// shows the page's default audience until the guide answers. Read and written by the panel frame.
import { browser } from 'wxt/browser';
import { isAudience, type Audience } from '../taxonomy';
import type { GuidePage } from './messages';

const HINT_KEY = 'panelAudience';
const keyOf = (page: GuidePage) => `${page.platform}/${page.pageId}`;

/** storage.session, where the browser has it (Chromium 102, Firefox 115). */
const session = () => (browser.storage as { session?: typeof browser.storage.local }).session;

export interface AudienceHints {
  /** The audience last shown on `page` in this browser session, if any (synchronous: read once). */
  get(page: GuidePage): Audience | undefined;
  /** Records the audience the guide answered with for `page`, writing only a change. */
  remember(page: GuidePage, audience: Audience): Promise<void>;
}

/** Reads the hints once; unreadable storage means no hints. */
export async function loadAudienceHints(): Promise<AudienceHints> {
  const stored = await Promise.resolve(session()?.get(HINT_KEY)).catch(() => undefined);
  const value = stored?.[HINT_KEY];
  const hints: Record<string, unknown> = typeof value === 'object' && value !== null ? { ...value } : {};
  return {
    get(page) {
      const audience = hints[keyOf(page)];
      return isAudience(audience) ? audience : undefined;
    },
    async remember(page, audience) {
      if (hints[keyOf(page)] === audience) return;
      hints[keyOf(page)] = audience;
      await session()?.set({ [HINT_KEY]: { ...hints } });
    },
  };
}
