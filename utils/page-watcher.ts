// Decides, at load and on every in-page navigation, whether the tab shows a settings page.
// Cheap on pages that are not settings pages: one listener for WXT's location-change event and,
// only for platforms whose rule packs need the document, one narrowly scoped observer.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { detectPage } from './detect';
import type { PageMatch } from './platforms/types';

export interface PageWatcherEvents {
  /** A settings page is shown (called again when the user moves to another settings page). */
  onMatch(match: PageMatch): void;
  /** The tab left the settings page. */
  onLeave(): void;
}

export function watchSettingsPage(ctx: ContentScriptContext, events: PageWatcherEvents): void {
  let current: string | undefined;
  const decide = (url: string) => {
    const match = detectPage(url, document);
    const key = match ? `${match.platform}/${match.pageId}` : undefined;
    if (key === current) return;
    current = key;
    if (match) events.onMatch(match);
    else events.onLeave();
  };
  decide(location.href);
  // Where the Navigation API exists (Chromium, Firefox 147+), WXT fires this event from the
  // `navigate` event, before history.pushState has changed location.href: read the new URL from
  // the event, not from location.
  ctx.addEventListener(window, 'wxt:locationchange', (event) => decide(event.newUrl.href));
}
