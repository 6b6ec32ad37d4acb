// Build-time only (imported by wxt.config.ts through WXT's `entrypoints:grouped` hook, never by the
// extension). WXT builds every extension page in one Vite build, so the code the popup shares with
// the passport page (Preact, the browser polyfill) lands in shared chunks: the popup then loads
// four scripts, and each file the browser reads from the extension costs a few milliseconds before
// the helplines can be painted (DESIGN.md: popup opened → helplines visible ≤ 50 ms). Built on its
// own, the popup's page links one small script (entrypoints/popup/start.ts, which imports the rest)
// and one stylesheet; the passport page keeps its own chunks.
import type { Entrypoint } from 'wxt';

type EntrypointGroup = Entrypoint | Entrypoint[];

/** Moves the popup, by reference, out of the extension pages' shared build into a build of its own. */
export function buildPopupAlone(groups: EntrypointGroup[]): void {
  for (const group of groups) {
    if (!Array.isArray(group) || group.length < 2) continue;
    const popup = group.findIndex((entrypoint) => entrypoint.type === 'popup');
    if (popup === -1) continue;
    const [entrypoint] = group.splice(popup, 1);
    // An array: a group of one page, built as a page (a lone entrypoint would be built as a script).
    groups.push([entrypoint!]);
    return;
  }
}
