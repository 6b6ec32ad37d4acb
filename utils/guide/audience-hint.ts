// A copy of the audience the guide remembers per platform and kind of page (panel-prefs.ts), so
// the frame's preview (routes.ts, previewGuide) lists the items the guide will answer with and
// nothing changes under the person's eyes when the ticks arrive. The frame learns it from the
// guide's answers (an audience other than the page's default can only be the remembered one) and
// from the person's own switch. The audience is the family's choice: it is kept in the extension's
// `storage.session`, which the content script (in the web page's process) cannot read: "By
// default, it's not exposed to content scripts, but this behavior can be changed through
// storage.session.setAccessLevel()" (MDN, storage.session, read 2026-12-04; Chromium's default
// is TRUSTED_CONTEXTS), and Vigie never changes it. The browser clears it when it closes. The
// state of record stays in the guide (IndexedDB, panel-prefs.ts); after a restart the preview
// shows the page's default audience until the guide answers. Read and written by the panel frame.
import { browser } from 'wxt/browser';
import { defaultAudienceFor, isAudience, type Audience, type Context, type PlatformId } from '../taxonomy';

const HINT_KEY = 'panelAudience';
type HintPage = { platform: PlatformId; context: Context };
/** As the guide keeps it: one for a platform's family pages, one for its group and page settings. */
const keyOf = (page: HintPage) => `${page.platform}/${defaultAudienceFor(page.context) === 'organisation' ? 'organisation-pages' : 'family-pages'}`;

/** storage.session, where the browser has it (Chromium 102, Firefox 115). */
const session = () => (browser.storage as { session?: typeof browser.storage.local }).session;

export interface AudienceHints {
  /** The audience remembered for pages like `page`, as last learned in this browser session (synchronous: read once). */
  get(page: HintPage): Audience | undefined;
  /** Records the audience remembered for pages like `page`, writing only a change. */
  remember(page: HintPage, audience: Audience): Promise<void>;
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
