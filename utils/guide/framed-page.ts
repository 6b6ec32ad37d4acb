// The page a panel frame was opened for. The content script opens the panel as an extension page
// (panel-frame.html) in a frame inside its closed-root host, and names the settings page in that
// frame's URL fragment: the only thing it passes, and nothing private (the page is public, and the
// fragment of a cross-origin frame is out of the web page's reach). The frame keeps its fragment
// naming the page it shows, so whoever stores a tick (the frame itself, or the background when
// the frame cannot open the database) checks the tick against the page of the frame's own URL.
// Imports only the shared vocabulary: the content script bundles it.
import { isContext, isPlatformId, type Context, type PlatformId } from '../taxonomy';

export const PANEL_FRAME_FILE = 'panel-frame.html';

/** The keyboard shortcut's command (manifest `commands`), and the message the background passes on to the tab's content script. */
export const FOCUS_PANEL_COMMAND = 'focus-panel';
export const FOCUS_PANEL_MESSAGE = 'panel.focus';

export interface FramedPage {
  platform: PlatformId;
  context: Context;
  pageId: string;
}

/** Longer than any page id of the rule packs; a fragment naming more is not ours. */
const MAX_PAGE_ID = 100;

export function framedPageFragment(page: FramedPage): string {
  return new URLSearchParams({ platform: page.platform, context: page.context, pageId: page.pageId }).toString();
}

/** The page named by a fragment ("#platform=…&context=…&pageId=…"), or undefined if it names none. */
export function parseFramedPage(fragment: string): FramedPage | undefined {
  const fields = new URLSearchParams(fragment.replace(/^#/, ''));
  const platform = fields.get('platform');
  const context = fields.get('context');
  const pageId = fields.get('pageId');
  if (!isPlatformId(platform) || !isContext(context) || !pageId || pageId.length > MAX_PAGE_ID) return undefined;
  return { platform, context, pageId };
}

export function isPanelFrameUrl(url: string | undefined, baseUrl: string): url is string {
  return url !== undefined && url.startsWith(`${baseUrl}${PANEL_FRAME_FILE}`);
}
