// "Dock in the side panel" (issue 15, point 4): the panel frame opens the browser's side panel
// (Chromium's side panel, Firefox's sidebar), which shows this tab's checklist
// (entrypoints/sidepanel/), and then marks the placement docked, so the content script takes the
// in-page panel away. Both browsers open it only from a person's action: the call is made in the
// click's own handler, synchronously (Firefox keeps "handling user input" only for that long), so
// the tab it opens for is looked up before the click. In Chromium the frame, an extension page,
// has these APIs although it is drawn inside a web page. Firefox ESR gives an add-on's frame inside
// a web page only the content scripts' APIs (runtime, storage, i18n: no sidebarAction, no tabs):
// there the panel offers no Dock button, and the person docks by opening Vigie's sidebar with
// Firefox's own sidebar controls, whose page docks the checklist itself (entrypoints/sidepanel/).
import { browser } from 'wxt/browser';

type SidebarAction = { open(): Promise<void> };
type SidePanel = { open(options: { tabId: number }): Promise<void> };

function sidePanelApi(): { sidebar?: SidebarAction; sidePanel?: SidePanel } {
  const firefox = (browser as unknown as { sidebarAction?: SidebarAction }).sidebarAction;
  const chromium = (globalThis as { chrome?: { sidePanel?: SidePanel } }).chrome?.sidePanel;
  return { sidebar: firefox, sidePanel: chromium };
}

/** How this frame opens the side panel, or undefined where the browser has none. */
export function sidePanelOpener(): (() => Promise<void>) | undefined {
  const { sidebar, sidePanel } = sidePanelApi();
  if (sidebar) return () => sidebar.open();
  if (!sidePanel) return undefined;
  let tabId: number | undefined;
  void browser.tabs.getCurrent().then((tab) => (tabId = tab?.id), () => undefined);
  return () => (tabId === undefined ? Promise.reject(new Error('no-tab')) : sidePanel.open({ tabId }));
}
