// "Whom is this review for?": asked once per platform when the passport has children, remembered,
// changed in one click. The children's names and age bands are drawn here, in the panel's frame
// (the extension's origin), never in the web page. Buttons rather than radios: moving through
// radios with the arrow keys would choose each child in turn.
import type { Translate } from '../../utils/i18n/translator';
import type { GuideForWhom, GuideView } from '../../utils/guide/messages';
import type { PanelActions } from './types';
import { el } from './dom';

const childLabel = (child: GuideForWhom['children'][number], t: Translate) =>
  t('panel.forWhom.child', { name: child.name, age: t(`passport.ageBand.${child.ageBand}`) });

function question(view: GuideView, forWhom: GuideForWhom, t: Translate, actions: PanelActions, paused: boolean): HTMLElement {
  const choices = [
    ...forWhom.children.map((child) => ({
      value: child.id,
      label: childLabel(child, t),
      detail: child.hasAccountHere ? t('panel.forWhom.hasAccount', { platform: view.platformName }) : '',
    })),
    { value: 'none', label: t('panel.forWhom.none'), detail: '' },
  ];
  const current = forWhom.state === 'child' ? forWhom.childId : forWhom.state === 'none' ? 'none' : undefined;
  return el(
    'div',
    { class: 'for-whom asking', role: 'group', 'aria-labelledby': 'vigie-for-whom-question' },
    el('p', { id: 'vigie-for-whom-question', class: 'question' }, t('panel.forWhom.question')),
    el('p', { class: 'hint' }, t('panel.forWhom.hint', { platform: view.platformName })),
    el(
      'ul',
      { class: 'choices' },
      choices.map((choice, i) =>
        el(
          'li',
          null,
          el(
            'button',
            {
              type: 'button',
              class: choice.value === current ? 'choice picked' : 'choice',
              id: i === 0 ? 'vigie-for-whom-first' : `vigie-for-whom-${i}`,
              'aria-pressed': choice.value === current ? 'true' : 'false',
              disabled: paused,
              onclick: () => actions.setForWhom(choice.value),
            },
            choice.label,
            choice.detail && el('span', { class: 'detail' }, ` · ${choice.detail}`),
          ),
        ),
      ),
    ),
  );
}

function answer(forWhom: GuideForWhom, t: Translate, actions: PanelActions): HTMLElement {
  const child = forWhom.children.find((c) => c.id === forWhom.childId);
  const words = child
    ? t('panel.forWhom.forChild', { name: child.name, age: t(`passport.ageBand.${child.ageBand}`) })
    : t('panel.forWhom.forNone');
  return el(
    'p',
    { class: 'for-whom' },
    el('span', null, words),
    ' ',
    el('button', { type: 'button', class: 'change', id: 'vigie-for-whom-change', 'aria-label': t('panel.forWhom.changeLabel'), onclick: actions.toggleForWhom }, t('panel.forWhom.change')),
  );
}

export function forWhomSection(view: GuideView, t: Translate, actions: PanelActions, choosing: boolean, paused: boolean): Array<HTMLElement | false> {
  const { forWhom } = view;
  if (!forWhom) return [];
  if (forWhom.state === 'locked') return [el('p', { class: 'note for-whom-locked', role: 'status' }, t('panel.forWhom.locked'))];
  return [
    forWhom.childGone === true && el('p', { class: 'covered', role: 'alert' }, t('panel.forWhom.childGone')),
    // No child left in the passport: nothing to ask.
    forWhom.children.length > 0 && (forWhom.state === 'ask' || choosing ? question(view, forWhom, t, actions, paused) : answer(forWhom, t, actions)),
  ];
}
