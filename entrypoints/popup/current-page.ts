// Which page the popup was opened from. Clicking the toolbar button grants activeTab, so the
// active tab's URL is visible. Without that grant (the popup opened as a tab, with ?tab=<id>, as
// the browser tests do) Chromium hides the URL; the content script of a supported platform then
// answers "page.current" (entrypoints/content/tab-query.ts). Any failure means "unknown page".
import { browser } from 'wxt/browser';
import { PAGE_QUERY, type PageQueryAnswer } from '../content/tab-query';

async function askContentScript(tabId: number): Promise<string | undefined> {
  try {
    const answer = (await browser.tabs.sendMessage(tabId, { type: PAGE_QUERY })) as PageQueryAnswer | undefined;
    return typeof answer?.url === 'string' ? answer.url : undefined;
  } catch {
    // No content script in that tab: not a platform Vigie supports.
    return undefined;
  }
}

export async function currentPageUrl(search: string): Promise<string | undefined> {
  const requested = Number(new URLSearchParams(search).get('tab'));
  const tab = Number.isInteger(requested) && requested > 0
    ? await browser.tabs.get(requested).catch(() => undefined)
    : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  if (!tab?.id) return undefined;
  return tab.url ?? (await askContentScript(tab.id));
}
