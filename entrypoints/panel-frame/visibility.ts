// Whether the person can see the panel. A web page cannot read the frame, but it can cover it
// (an element in the top layer, a decoy that lets clicks through) or make it invisible
// (`html { opacity: 0 }`) and have the person tick what they never saw (security audit 2026-12,
// probe 1e). Chromium's IntersectionObserver v2 tells a frame whether its content is really
// visible, occlusion and the page's opacity, filters and transforms included:
// https://web.dev/articles/intersectionobserver-v2. Its first answer comes within about a frame
// and its delay (100 ms) of the panel being drawn; until then the panel counts as seen, so that
// nothing blinks or moves under a person's pointer as it opens.
// Firefox has no trackVisibility (nor any other way for a frame to see what covers it): there the
// panel takes a person's clicks as any page does, and only trusted events (which a page cannot
// send into another origin's frame); covering it with a decoy still works there, which
// PRIVACY.md and docs/DEVELOPING.md say.

interface VisibilityEntry extends IntersectionObserverEntry {
  isVisible?: boolean;
}

/** Calls `onChange(covered)` whenever Chromium's answer changes (never where the browser cannot tell). */
export function watchCovered(target: Element, onChange: (covered: boolean) => void): void {
  if (!('isVisible' in IntersectionObserverEntry.prototype)) return;
  const options = { threshold: [0.99], trackVisibility: true, delay: 100 } as IntersectionObserverInit;
  new IntersectionObserver((entries) => {
    const last = entries[entries.length - 1] as VisibilityEntry | undefined;
    if (last) onChange(last.isVisible !== true);
  }, options).observe(target);
}
