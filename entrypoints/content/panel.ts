// Shows the panel on a settings page and removes it when the page is left. What the page gets is
// a host element with a closed shadow root holding one frame: the panel itself is an extension
// page (entrypoints/panel-frame/) in that frame, in the extension's origin, where the web page can
// neither read it (window.find(), the selection, hit-testing stop at the frame) nor script it.
// The content script passes the frame only the page it was opened for, in the frame's URL
// fragment (utils/guide/framed-page.ts); it never sees a tick, a date or the audience. From the
// frame it takes only layout: open or folded (and the pill's size), and "give the focus back".
// Where the panel sits, the sites where the person turned it off, and whether it is folded (so
// the frame gets its final box from the start, utils/guide/panel-folded.ts), it reads from the
// extension's storage.local (utils/guide/panel-placement.ts) before drawing anything, and follows
// the placement's changes at once; it never writes them. While the checklist is docked in the
// browser's side panel, it draws nothing and tells the side panel the page instead (dock-link.ts).
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageMatch } from '../../utils/detection/platforms/types';
import { framedPageFragment, PANEL_FRAME_FILE } from '../../utils/guide/framed-page';
import { isFrameLayout, type FrameLayout } from '../../utils/guide/frame-layout';
import { createIsolatedHost } from './isolated-host';
import { keepAttached } from './keep-attached';
import { insertHost } from './insert-host';
import { frameBoxCss } from './frame-box';
import { linkToSidePanel } from './dock-link';
import { DEFAULT_PLACEMENT, panelHiddenOn, readPlacement, watchPlacement, type PanelPlacement } from '../../utils/guide/panel-placement';
import { readFolded } from '../../utils/guide/panel-folded';
import type { PlatformId } from '../../utils/taxonomy';

export interface PanelController {
  show(match: PageMatch): void;
  hide(): void;
  /** Moves the focus into the panel (the keyboard shortcut); Escape in the panel brings it back. */
  focus(): void;
}

/** Keys typed in the panel stay in its frame; these are the ones that could reach the host. */
const ISOLATED_EVENTS = ['keydown', 'keyup', 'keypress', 'input', 'beforeinput'];

/** How many times the host is put back after the page removed it, per page shown (keep-attached.ts). */
const REATTACH_LIMIT = 10;

interface Shown {
  platform: PlatformId;
  host: HTMLElement;
  frame: HTMLIFrameElement;
  setCss(css: string): void;
  stopKeeping(): void;
}

/** The origins a frame of ours can have: Chromium serves a dynamic URL's page from the static origin. */
function frameOrigins(): Set<string> {
  return new Set([new URL(browser.runtime.getURL('/')).origin, `chrome-extension://${browser.runtime.id}`]);
}

export function createPanelController(ctx: ContentScriptContext): PanelController {
  let shown: Shown | undefined;
  // The settings page the panel is for, shown or not (off on this site, or waiting for the placement).
  let wanted: PageMatch | undefined;
  let placement: PanelPlacement | undefined;
  // The platforms whose panel is folded, as last read (the frame tells its own changes by layout).
  let folded: readonly PlatformId[] = [];
  // Where the focus was before the shortcut moved it into the panel, to give it back on Escape.
  let focusBefore: Element | null = null;
  const origins = frameOrigins();
  const dock = linkToSidePanel(ctx, () => wanted);
  const tellDock = () => dock.pageChanged(wanted, placement?.docked === true);

  const applyLayout = (layout: FrameLayout) => {
    if (!shown) return;
    const { platform } = shown;
    folded = layout.open ? folded.filter((id) => id !== platform) : [...folded.filter((id) => id !== platform), platform];
    shown.frame.className = layout.open ? 'open' : 'folded';
    if (layout.open) shown.frame.style.removeProperty('width');
    else shown.frame.style.width = `${layout.pillWidth}px`;
    if (layout.release) {
      const target = focusBefore instanceof HTMLElement && focusBefore.isConnected ? focusBefore : document.body;
      focusBefore = null;
      target?.focus({ preventScroll: true });
    }
  };

  // Only messages from our own frame's window, sent from the extension's origin, are read; a page
  // can post to this window but cannot be that window or that origin.
  window.addEventListener(
    'message',
    (event) => {
      if (!shown || event.source !== shown.frame.contentWindow || !origins.has(event.origin)) return;
      if (isFrameLayout(event.data)) applyLayout(event.data);
    },
    { signal: ctx.signal },
  );

  const hide = () => {
    if (!shown) return;
    shown.stopKeeping();
    shown.host.remove();
    shown = undefined;
  };
  ctx.onInvalidated(hide);

  const frameUrl = (match: PageMatch) => {
    const isFolded = folded.includes(match.platform) ? '&folded=1' : '';
    return `${browser.runtime.getURL(`/${PANEL_FRAME_FILE}`)}#${framedPageFragment(match)}&origin=${encodeURIComponent(location.origin)}${isFolded}`;
  };

  const draw = (match: PageMatch, where: PanelPlacement) => {
    hide();
    if (panelHiddenOn(where, location.hostname)) return;
    const { host, container, setCss } = createIsolatedHost('vigie-panel', frameBoxCss(where.side), ISOLATED_EVENTS);
    const frame = document.createElement('iframe');
    frame.src = frameUrl(match);
    frame.className = folded.includes(match.platform) ? 'folded' : 'open';
    // The frame's own document names itself; the title is what a screen reader announces for the frame.
    frame.title = 'Vigie';
    container.append(frame);
    // Shown as soon as inserted: hiding it stops the keeping, and the insertion if still pending.
    const insertion = new AbortController();
    let stopKeeping = () => insertion.abort();
    shown = { platform: match.platform, host, frame, setCss, stopKeeping: () => stopKeeping() };
    insertHost(host, insertion.signal, () => (stopKeeping = keepAttached(host, REATTACH_LIMIT)));
  };

  // Unreadable storage is no reason to hide the checklist: the defaults hold.
  Promise.all([readPlacement().catch(() => DEFAULT_PLACEMENT), readFolded().catch(() => [])]).then(([read, foldedOn]) => {
    folded = foldedOn;
    placement = read;
    tellDock();
    if (wanted && !shown) draw(wanted, read);
  });
  watchPlacement((next) => {
    const before = placement;
    placement = next;
    tellDock();
    if (!wanted) return;
    if (panelHiddenOn(next, location.hostname)) hide();
    else if (!shown) draw(wanted, next);
    else if (before?.side !== next.side) shown.setCss(frameBoxCss(next.side));
  }, ctx.signal);

  return {
    show(match) {
      wanted = match;
      tellDock();
      if (placement) draw(match, placement);
      else hide();
    },
    hide() {
      wanted = undefined;
      tellDock();
      hide();
    },
    focus() {
      if (!shown) return;
      focusBefore = document.activeElement;
      // The frame, once focused, puts the focus on its first control (entrypoints/panel-frame/focus.ts).
      shown.frame.focus();
    },
  };
}
