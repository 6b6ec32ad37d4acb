// One thing to check: a checkbox with the imperative, why it matters, where the switch is, and
// the source with the date it was verified. Enter toggles the tick as Space does, because people
// expect both on a checklist.
import type { Translate } from '../../utils/i18n/translator';
import type { Language } from '../../utils/taxonomy';
import type { GuideItem } from '../../utils/guide/messages';
import { el, newTab, outLink } from './dom';
import { formatDate } from './format';

export function checklistItem(item: GuideItem, language: Language, t: Translate, onTick: (itemId: string, ticked: boolean) => void, paused = false): HTMLElement {
  const id = `vigie-item-${item.id}`;
  const ticked = item.current;
  const source = t('panel.item.source', { title: item.source.title });
  return el(
    'li',
    { class: ticked ? 'item done' : 'item' },
    el(
      'div',
      { class: 'tick' },
      el('input', {
        type: 'checkbox',
        id,
        checked: ticked,
        disabled: paused,
        'aria-describedby': item.why ? `${id}-why` : undefined,
        onchange: (event: Event) => onTick(item.id, (event.currentTarget as HTMLInputElement).checked),
        onkeydown: (event: Event) => {
          if ((event as KeyboardEvent).key !== 'Enter') return;
          event.preventDefault();
          onTick(item.id, !ticked);
        },
      }),
      // elementtiming: the benchmark reads when the first item was painted (tests/bench/measures/checklist-paint.mjs).
      el('label', { for: id, elementtiming: 'vigie-item' }, item.do),
    ),
    item.why && el('p', { class: 'why', id: `${id}-why` }, item.why),
    item.path &&
      el(
        'p',
        { class: 'path' },
        el('span', { class: 'label' }, t(item.appOnly ? 'panel.item.inApp' : 'panel.item.where')),
        ` ${item.path}`,
        !item.pathConfirmed && el('em', { class: 'unconfirmed' }, ` (${t('panel.item.pathUnconfirmed')})`),
        item.pathConfirmed && item.pathNote && el('em', { class: 'path-note' }, ` (${item.pathNote})`),
      ),
    el(
      'p',
      { class: 'meta' },
      item.deepLink && [outLink(item.deepLink, t('panel.item.open'), newTab(t)), ' · '],
      item.source.url ? outLink(item.source.url, source, newTab(t)) : source,
      `, ${t('panel.item.verifiedOn', { date: formatDate(item.verifiedOn, language) })}`,
      item.tickedOn && ` · ${t(ticked ? 'panel.item.doneOn' : 'panel.item.lastDoneOn', { date: formatDate(item.tickedOn, language) })}`,
    ),
  );
}
