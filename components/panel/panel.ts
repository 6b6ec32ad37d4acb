// The in-page panel: a small button in the corner when collapsed, a card with the page's
// checklist when open. Built from the state on each change (see mount.ts for how focus and
// scroll survive that). Every word comes from the locale files: the shell's from panel.json,
// the rest translated by the background (GuideView.labels and the guide itself).
import type { PanelProps } from './types';
import { el, svg } from './dom';
import { audienceSwitch } from './audience-switch';
import { checklistItem } from './checklist-item';
import { readingTicks, reviewStatus } from './review-status';
import { helpSection, helpToggle } from './help-section';
import { takeAlongLink } from './take-along-link';
import { firstTimeLine, placementControls } from './placement-controls';
import { ageLine } from './age-line';
import { forWhomSection } from './for-whom';

/** A lookout's eye: the brand mark, decorative (its button has its own words). */
function lookout(): SVGElement {
  return svg(
    'svg',
    { class: 'mark', width: 18, height: 18, viewBox: '0 0 24 24', 'aria-hidden': 'true', focusable: 'false' },
    svg('path', { d: 'M2 12c2.6-4.3 6-6.5 10-6.5s7.4 2.2 10 6.5c-2.6 4.3-6 6.5-10 6.5S4.6 16.3 2 12z', fill: 'none', stroke: 'currentColor', 'stroke-width': 2 }),
    svg('circle', { cx: 12, cy: 12, r: 3.2, fill: 'currentColor' }),
  );
}

function opener({ state, t, actions }: PanelProps): HTMLElement {
  const review = state.pending ? undefined : state.view?.review;
  const count = review && review.total > 0 ? `${review.done}/${review.total}` : '';
  // Small on the page, "Vigie" and the count; its name says what it opens (and contains what it shows).
  return el(
    'button',
    { type: 'button', class: 'opener', id: 'vigie-toggle', 'aria-expanded': 'false', 'aria-label': count ? `${t('panel.open')} (${count})` : t('panel.open'), onclick: actions.toggleCollapsed },
    lookout(),
    el('span', null, 'Vigie'),
    count && el('span', { class: 'count' }, count),
  );
}

function body({ state, t, actions, place }: PanelProps): Array<HTMLElement | false> {
  const { view } = state;
  if (!view) return [el('p', { class: 'note', role: 'status' }, t(state.failed ? 'panel.failed' : 'panel.loading'))];
  // Nothing is ticked or switched until the person's own ticks are read (or while covered).
  const paused = state.covered || state.pending === true;
  return [
    state.covered && el('p', { class: 'covered', role: 'alert' }, t('panel.covered')),
    place !== undefined && firstTimeLine(place, t),
    !state.pending && helpSection(view, t, state.helpOpen),
    ...forWhomSection(view, t, actions, state.choosingForWhom === true, paused),
    audienceSwitch(view, t, actions.setAudience, paused),
    ageLine(view, t),
    state.pending ? readingTicks(t) : reviewStatus(view, t),
    view.items.some((item) => item.path) && el('p', { class: 'note menus-move' }, t('panel.menusMove')),
    view.items.length === 0
      ? el('p', { class: 'note' }, t('panel.noItems'))
      : el('ol', { class: 'items' }, view.items.map((item) => checklistItem(item, view.language, t, actions.tick, paused))),
    view.items.length > 0 && takeAlongLink(view, t),
    place !== undefined && placementControls(place, t),
  ];
}

export function renderPanel(props: PanelProps): HTMLElement {
  const { state, t, actions } = props;
  if (state.collapsed) return opener(props);
  return el(
    'section',
    { class: 'card', 'aria-labelledby': 'vigie-title', lang: state.language, 'aria-busy': state.pending ? 'true' : undefined },
    el(
      'div',
      { class: 'top' },
      el('p', { class: 'brand' }, lookout(), 'Vigie'),
      state.view && helpToggle(t, state.helpOpen, actions.toggleHelp, !state.pending),
      el(
        'button',
        { type: 'button', class: 'close', id: 'vigie-toggle', 'aria-expanded': 'true', 'aria-label': t('panel.collapse'), title: t('panel.collapse'), onclick: actions.toggleCollapsed },
        svg('svg', { width: 14, height: 14, viewBox: '0 0 14 14', 'aria-hidden': 'true', focusable: 'false' }, svg('path', { d: 'M2 7h10', stroke: 'currentColor', 'stroke-width': 2, 'stroke-linecap': 'round' })),
      ),
    ),
    el('h2', { id: 'vigie-title', class: 'title' }, state.view?.pageName ?? t('panel.open')),
    el('div', { class: 'body', id: 'vigie-body' }, body(props)),
  );
}
