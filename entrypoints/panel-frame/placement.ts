// The frame's side of "out of the way" (issue 15, point 4): what the placement controls do. The
// frame writes the placement to storage.local; the content script around it, which reads the same
// key, moves the box or removes it at once (entrypoints/content/panel.ts). The site is the web
// page's, as the content script wrote its origin in the frame's fragment. Docking opens the
// browser's side panel first (dock.ts) and marks the placement docked only once it opened.
import type { PanelPlaceProps } from '../../components/panel/types';
import {
  DEFAULT_PLACEMENT, readPlacement, siteOf, turnOffOn, updatePlacement, watchPlacement, type PanelPlacement,
} from '../../utils/guide/panel-placement';
import { sidePanelOpener } from './dock';

function siteOfOrigin(origin: string | null): string | undefined {
  try {
    return origin ? siteOf(new URL(origin).hostname) : undefined;
  } catch {
    return undefined;
  }
}

/** Placement controls for the panel, and a call back whenever they should be drawn again. */
export function framePlacement(origin: string | null, redraw: () => void): () => PanelPlaceProps {
  const site = siteOfOrigin(origin);
  const openSidePanel = sidePanelOpener();
  let placement: PanelPlacement = DEFAULT_PLACEMENT;
  const set = (next: PanelPlacement) => {
    placement = next;
    redraw();
  };
  // Saving can fail only if the browser refuses storage; the panel then stays where it is.
  const change = (how: (p: PanelPlacement) => PanelPlacement) => void updatePlacement(how).then(set, () => undefined);
  readPlacement().then(set, () => undefined);
  watchPlacement(set);
  return () => ({
    side: placement.side,
    site,
    introDismissed: placement.introDismissed,
    move: () => change((p) => ({ ...p, side: p.side === 'right' ? 'left' : 'right' })),
    turnOffHere: () => site && change(turnOffOn(site)),
    turnOffEverywhere: () => change((p) => ({ ...p, offEverywhere: true })),
    dismissIntro: () => change((p) => ({ ...p, introDismissed: true })),
    // A side panel that did not open (no tab known yet, the browser refused) leaves the panel here.
    dock: openSidePanel && (() => void openSidePanel().then(() => change((p) => ({ ...p, docked: true })), () => undefined)),
  });
}
