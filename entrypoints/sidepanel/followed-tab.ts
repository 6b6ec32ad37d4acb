// Which settings page the side panel shows: the one of the tab it follows, as that tab's content
// script detected it (utils/guide/docked-page.ts). The browser's side panel (Chromium) and sidebar
// (Firefox) belong to a window and stay open across its tabs: the page follows the window's
// active tab, its switches (tabs.onActivated), its loads (tabs.onUpdated: status only, since Vigie
// may not read tab addresses) and its in-page navigations (the content script says so). Opened as
// a tab with ?tab=<id>, as the browser tests do, it follows that one tab.
import { browser } from 'wxt/browser';
import type { FramedPage } from '../../utils/guide/framed-page';
import { DETECTED_PAGE_CHANGED, DETECTED_PAGE_QUERY, parseDetectedPage } from '../../utils/guide/docked-page';

export function followCurrentTab(search: string, onPage: (page: FramedPage | undefined) => void): void {
  const requested = Number(new URLSearchParams(search).get('tab'));
  const fixed = Number.isInteger(requested) && requested > 0 ? requested : undefined;
  let tabId = fixed;
  let windowId: number | undefined;

  const ask = (id: number) =>
    browser.tabs.sendMessage(id, { type: DETECTED_PAGE_QUERY }, { frameId: 0 }).then(
      (answer) => id === tabId && onPage(parseDetectedPage(answer)),
      // No content script there: not a page of a platform Vigie supports.
      () => id === tabId && onPage(undefined),
    );

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    const ours = sender.id === browser.runtime.id && sender.frameId === 0 && sender.tab?.id !== undefined && sender.tab.id === tabId;
    if (ours && (message as { type?: unknown } | null)?.type === DETECTED_PAGE_CHANGED) onPage(parseDetectedPage(message));
    return undefined;
  });
  browser.tabs.onActivated.addListener((info) => {
    if (fixed !== undefined || info.windowId !== windowId) return;
    tabId = info.tabId;
    void ask(info.tabId);
  });
  browser.tabs.onUpdated.addListener((id, change) => {
    if (id === tabId && change.status === 'complete') void ask(id);
  });

  if (fixed !== undefined) {
    void ask(fixed);
    return;
  }
  void browser.windows.getCurrent().then(async (current) => {
    windowId = current.id;
    const [active] = await browser.tabs.query({ active: true, windowId });
    tabId = active?.id;
    if (tabId === undefined) onPage(undefined);
    else await ask(tabId);
  });
}
