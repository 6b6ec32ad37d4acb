// The side panel's part of docking (issue 15, point 4): while this page is open the checklist is
// docked (storage.local placement, utils/guide/panel-placement.ts) and the content scripts draw no
// panel in pages; when it goes away — "Undock", or the person closes the side panel with the
// browser's own button — it is undocked and the in-page panel comes back at once.
import { browser } from 'wxt/browser';
import { updatePlacement } from '../../utils/guide/panel-placement';
import { request } from '../../utils/messaging';
import '../../utils/guide/dock-routes';

const setDocked = (docked: boolean) => updatePlacement((p) => ({ ...p, docked }));

type Closer = { close(options?: { windowId: number }): Promise<void> };

/** Closes the browser's side panel (Firefox's sidebar) this page is in. */
async function closeSidePanel(): Promise<void> {
  const sidebar = (browser as unknown as { sidebarAction?: Closer }).sidebarAction;
  if (sidebar) return sidebar.close();
  // chrome.sidePanel.close: Chromium 141 and later.
  const sidePanel = (globalThis as { chrome?: { sidePanel?: Partial<Closer> } }).chrome?.sidePanel;
  const { id } = await browser.windows.getCurrent();
  if (sidePanel?.close && id !== undefined) return sidePanel.close({ windowId: id });
  window.close();
}

/** `inSidePanel`: false when opened as a tab (the browser tests), which Undock does not close. */
export function keepDocked(inSidePanel: boolean): { undock(): void } {
  void setDocked(true).catch(() => undefined);
  // Going away: the background writes it (a write begun here may be lost with the page, dock-routes.ts).
  addEventListener('pagehide', () => void request('dock.closed', { docked: false }).catch(() => undefined));
  return {
    // Closed from the person's click (Firefox closes the sidebar only during a user action).
    undock() {
      const closing = inSidePanel ? closeSidePanel().catch(() => undefined) : Promise.resolve();
      void Promise.all([setDocked(false), closing]).catch(() => undefined);
    },
  };
}
