// Out of the way (issue 15, point 4): at the foot of the card, move the panel to the other edge,
// dock it in the browser's side panel, turn it off on this site or everywhere (the way back is in the toolbar's popup); and, the first
// time, one line at the top saying what the panel is and how to fold or turn it off.
import type { Translate } from '../../utils/i18n/translator';
import type { PanelPlaceProps } from './types';
import { el } from './dom';

export function firstTimeLine(place: PanelPlaceProps, t: Translate): HTMLElement | false {
  if (place.introDismissed) return false;
  return el(
    'div',
    { class: 'intro', role: 'note' },
    el('p', null, t('panelPlace.intro')),
    el('button', { type: 'button', id: 'vigie-intro-dismiss', class: 'link-button', onclick: place.dismissIntro }, t('panelPlace.introDismiss')),
  );
}

export function placementControls(place: PanelPlaceProps, t: Translate): HTMLElement {
  const other = place.side === 'right' ? 'left' : 'right';
  return el(
    'div',
    { class: 'placement', role: 'group', 'aria-label': t('panelPlace.group') },
    el('button', { type: 'button', id: 'vigie-move', class: 'link-button', onclick: place.move }, t(`panelPlace.moveTo.${other}`)),
    place.dock && el('button', { type: 'button', id: 'vigie-dock', class: 'link-button', onclick: place.dock }, t('panelPlace.dock')),
    place.site && el('button', { type: 'button', id: 'vigie-off-here', class: 'link-button', onclick: place.turnOffHere }, t('panelPlace.offHere', { site: place.site })),
    el('button', { type: 'button', id: 'vigie-off-everywhere', class: 'link-button', onclick: place.turnOffEverywhere }, t('panelPlace.offEverywhere')),
    el('p', { class: 'note' }, t('panelPlace.wayBack')),
  );
}
