// The keyboard shortcut into the panel: the background hears the command (manifest `commands`)
// and tells this tab's content script, which focuses the panel's frame (the frame then focuses its
// first control; Escape there gives the focus back, entrypoints/content/panel.ts). Runtime
// messages never come from web pages, so a page cannot pull the focus into the panel this way.
import { browser } from 'wxt/browser';
import { FOCUS_PANEL_MESSAGE } from '../../utils/guide/framed-page';

export function focusPanelOnShortcut(ctx: { onInvalidated(callback: () => void): unknown }, panel: { focus(): void }): void {
  const listener = (message: unknown): undefined => {
    if (typeof message === 'object' && message !== null && (message as { type?: unknown }).type === FOCUS_PANEL_MESSAGE) panel.focus();
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
}
