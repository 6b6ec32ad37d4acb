// What the panel frame tells the content script, by postMessage to the web page's window: only
// layout, never what the panel shows. The web page's own listeners receive it too, so it says
// nothing the page could not measure anyway (the frame's box is visible to hit-testing): open or
// folded, the folded pill's width, and "the person pressed Escape: give the focus back".
// Types and a guard only; the content script bundles it.

export interface FrameLayout {
  vigie: 'layout';
  open: boolean;
  /** The folded pill's width in CSS pixels (the frame is sized to it). */
  pillWidth: number;
  /** Escape was pressed in the panel: the focus goes back where it was in the page. */
  release: boolean;
}

export function isFrameLayout(data: unknown): data is FrameLayout {
  if (typeof data !== 'object' || data === null) return false;
  const { vigie, open, pillWidth, release } = data as Partial<FrameLayout>;
  return vigie === 'layout' && typeof open === 'boolean' && typeof release === 'boolean' && typeof pillWidth === 'number' && pillWidth > 0 && pillWidth < 400;
}
