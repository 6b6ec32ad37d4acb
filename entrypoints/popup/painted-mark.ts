// Sets a performance mark at the moment the browser painted an element, for the benchmark and the
// browser tests ("popup opened → helplines visible", DESIGN.md budgets). Runs in the popup; reads
// nothing but the page's own performance timeline.
// Chromium reports the paint itself (Element Timing API, the element carries
// elementtiming="<identifier>"); elsewhere (Firefox) the mark is set after the next frame:
// requestAnimationFrame runs just before that frame is painted, the next task just after.

/** The part of PerformanceElementTiming we read (not in TypeScript's DOM library). */
interface ElementTiming extends PerformanceEntry {
  identifier: string;
  renderTime: number;
  loadTime: number;
}

export function markWhenPainted(identifier: string, markName: string): void {
  if (!PerformanceObserver.supportedEntryTypes?.includes('element')) {
    requestAnimationFrame(() => setTimeout(() => performance.mark(markName)));
    return;
  }
  const observer = new PerformanceObserver((list) => {
    const entry = (list.getEntries() as ElementTiming[]).find((e) => e.identifier === identifier);
    if (!entry) return;
    observer.disconnect();
    performance.mark(markName, { startTime: entry.renderTime || entry.loadTime });
  });
  observer.observe({ type: 'element', buffered: true });
}
