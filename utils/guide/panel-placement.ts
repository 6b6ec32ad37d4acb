// Where the in-page panel sits and where it is off (issue 15, point 4): the left or right edge,
// off on some sites or everywhere, and whether its first-time line was dismissed. Kept in the
// extension's `storage.local`, which the content script can read before it draws anything (it
// cannot read the extension's IndexedDB), and written only by extension pages (the panel frame,
// the popup, the side panel) and, when the side panel closes, the background (dock-routes.ts). Nothing here is private to the family: the panel's box is visible to the page
// anyway, and a site where the panel is off simply shows none.
import { browser } from 'wxt/browser';

export const PLACEMENT_KEY = 'panelPlacement';
export const SIDES = ['right', 'left'] as const;
export type Side = (typeof SIDES)[number];

export interface PanelPlacement {
  side: Side;
  offEverywhere: boolean;
  /** Sites (hostnames without "www.") where the person turned the panel off. */
  offSites: readonly string[];
  /** The first-time line ("what this is, how to fold or turn it off") was dismissed. */
  introDismissed: boolean;
  /** The checklist is in the browser's side panel (entrypoints/sidepanel/): none is drawn in pages. */
  docked: boolean;
}

export const DEFAULT_PLACEMENT: PanelPlacement = { side: 'right', offEverywhere: false, offSites: [], introDismissed: false, docked: false };

/** More sites than anyone turns the panel off on; a longer list is not ours. */
const MAX_SITES = 200;

/** The site a page belongs to, as the person names it: "facebook.com" for www.facebook.com. */
export function siteOf(hostname: string): string {
  return hostname.toLowerCase().replace(/^www\./, '');
}

/** Whatever is stored, as a placement: anything malformed falls back to the defaults. */
export function parsePlacement(value: unknown): PanelPlacement {
  if (typeof value !== 'object' || value === null) return DEFAULT_PLACEMENT;
  const { side, offEverywhere, offSites, introDismissed, docked } = value as Partial<Record<keyof PanelPlacement, unknown>>;
  const sites = Array.isArray(offSites) ? offSites.filter((site): site is string => typeof site === 'string' && site.length > 0 && site.length < 254).slice(0, MAX_SITES) : [];
  return {
    side: side === 'left' ? 'left' : 'right',
    offEverywhere: offEverywhere === true,
    offSites: [...new Set(sites.map(siteOf))],
    introDismissed: introDismissed === true,
    docked: docked === true,
  };
}

export function isOffOn(placement: PanelPlacement, hostname: string): boolean {
  return placement.offEverywhere || placement.offSites.includes(siteOf(hostname));
}

/** No panel in this page: turned off here or everywhere, or docked in the side panel. */
export function panelHiddenOn(placement: PanelPlacement, hostname: string): boolean {
  return placement.docked || isOffOn(placement, hostname);
}

export async function readPlacement(): Promise<PanelPlacement> {
  const stored = await browser.storage.local.get(PLACEMENT_KEY);
  return parsePlacement(stored[PLACEMENT_KEY]);
}

/** Changes the placement (extension pages only: the content script never writes). */
export async function updatePlacement(change: (placement: PanelPlacement) => PanelPlacement): Promise<PanelPlacement> {
  const next = parsePlacement(change(await readPlacement()));
  await browser.storage.local.set({ [PLACEMENT_KEY]: next });
  return next;
}

export const turnOffOn = (hostname: string) => (p: PanelPlacement): PanelPlacement => ({ ...p, offSites: [...p.offSites, siteOf(hostname)] });
export const turnBackOnOn = (hostname: string) => (p: PanelPlacement): PanelPlacement => ({ ...p, offSites: p.offSites.filter((site) => site !== siteOf(hostname)) });

/** Calls `onChange` with the new placement whenever an extension page changes it. */
export function watchPlacement(onChange: (placement: PanelPlacement) => void, signal?: AbortSignal): void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && PLACEMENT_KEY in changes) onChange(parsePlacement(changes[PLACEMENT_KEY]?.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  signal?.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener));
}
