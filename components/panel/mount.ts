// Draws the panel into its container on every state change. The panel is rebuilt rather than
// patched, so this keeps what a person would lose: the element they were on keeps the focus
// (found again by its id) and the card keeps its scroll position.
import type { DrawCause, PanelProps } from './types';
import { renderPanel } from './panel';

export interface PanelDrawer {
  draw(props: PanelProps, cause?: DrawCause): void;
  clear(): void;
}

/** After answering "for whom" (or pressing Change): the answer's Change button, else the question's first choice. */
function forWhomTarget(container: HTMLElement): string {
  return container.querySelector('#vigie-for-whom-change') ? 'vigie-for-whom-change' : 'vigie-for-whom-first';
}

export function panelDrawer(container: HTMLElement): PanelDrawer {
  const root = container.getRootNode() as Document | ShadowRoot;
  return {
    draw(props, cause) {
      const focused = root.activeElement;
      const focusedId = focused && container.contains(focused) ? focused.id : '';
      const scrollTop = container.querySelector('#vigie-body')?.scrollTop ?? 0;
      const next = renderPanel(props);
      // The background's answer to a tick usually draws exactly what the tick already showed:
      // keeping the elements then means a key pressed at that moment is never split between an
      // old checkbox (keydown) and its replacement (keyup).
      const current = container.firstElementChild;
      if (cause === undefined && current && container.childElementCount === 1 && current.isEqualNode(next)) return;
      container.replaceChildren(next);
      const body = container.querySelector('#vigie-body');
      if (body) body.scrollTop = cause === 'help' ? 0 : scrollTop;
      // Focus moves only where the person already was, never on its own.
      const target = cause === 'toggle' ? 'vigie-toggle' : cause === 'for-whom' ? forWhomTarget(container) : focusedId;
      if (target) container.querySelector<HTMLElement>(`#${target}`)?.focus({ preventScroll: true });
    },
    clear() {
      container.replaceChildren();
    },
  };
}
