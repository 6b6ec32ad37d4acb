// Which platforms' panels are folded to their pill, as a layout hint kept in the extension's
// `storage.local` beside the placement (panel-placement.ts), so that the content script can give
// the panel's frame its final box before the frame draws anything, and the frame can draw its
// final state at once: no resize after the first drawing (issue 15, point 3). The guide routes'
// own "collapsed" (IndexedDB, panel-prefs.ts) stays the state of record; the panel frame writes
// this hint whenever it learns or changes that state, so a hint missing or stale (before the first
// fold, or from a version without it) is corrected by the frame's first guide answer. Nothing
// here is private: the panel's box is visible to the page anyway. Written only by extension pages.
import { browser } from 'wxt/browser';
import { isPlatformId, type PlatformId } from '../taxonomy';

export const FOLDED_KEY = 'panelFolded';

/** Whatever is stored, as a list of platforms: anything malformed is "none folded". */
export function parseFolded(value: unknown): PlatformId[] {
  return Array.isArray(value) ? [...new Set(value.filter(isPlatformId))] : [];
}

export async function readFolded(): Promise<PlatformId[]> {
  const stored = await browser.storage.local.get(FOLDED_KEY);
  return parseFolded(stored[FOLDED_KEY]);
}

/** Records whether `platform`'s panel is folded (extension pages only), writing only a change. */
export async function rememberFolded(platform: PlatformId, folded: boolean): Promise<void> {
  const before = await readFolded();
  if (before.includes(platform) === folded) return;
  const next = folded ? [...before, platform] : before.filter((id) => id !== platform);
  await browser.storage.local.set({ [FOLDED_KEY]: next });
}
