// Help, one click away: a button in the panel's top bar, and, once pressed, the country's main
// helpline (what it is for, its chat) and the platform's own report page above the checklist. Folded by
// default so the checklist stays the calm centre of the panel.
import type { Translate } from '../../utils/i18n/translator';
import type { GuideHelpline, GuideView } from '../../utils/guide/messages';
import { el, newTab, outLink } from './dom';
import { formatDate } from './format';

function helplineBlock(helpline: GuideHelpline, view: GuideView, t: Translate): HTMLElement {
  return el(
    'div',
    { class: 'helpline' },
    el('p', { class: 'purpose' }, el('strong', null, helpline.name), ` — ${helpline.purpose}`),
    el(
      'p',
      { class: 'actions' },
      helpline.chatUrl && outLink(helpline.chatUrl, t('panel.help.chat'), newTab(t), 'action'),
    ),
    // No number to dial here: a page can draw its own box over the panel (the top layer), never
    // over the toolbar's popup, where the numbers are.
    el('p', { class: 'toolbar-note' }, t('panel.help.numbersInToolbar')),
    helpline.caveat && el('p', { class: 'caveat' }, helpline.caveat),
    el(
      'p',
      { class: 'meta' },
      outLink(helpline.source.url, t('panel.item.source', { title: helpline.source.title }), newTab(t)),
      `, ${t('panel.item.verifiedOn', { date: formatDate(helpline.verifiedOn, view.language) })}`,
    ),
  );
}

/** In the top bar from the first draw, so that the checklist does not move down under the pointer when it comes; disabled until the help is there. */
export function helpToggle(t: Translate, open: boolean, onToggle: () => void, ready: boolean): HTMLElement {
  return el('button', { type: 'button', class: 'help-toggle', id: 'vigie-help-toggle', 'aria-expanded': String(open), 'aria-controls': 'vigie-help', disabled: !ready, onclick: onToggle }, t('panel.help.toggle'));
}

export function helpSection(view: GuideView, t: Translate, open: boolean): HTMLElement {
  const { helpline, reportUrl, helpUrl } = view.help;
  return el(
    'div',
    { class: 'help', id: 'vigie-help', hidden: !open },
    helpline ? helplineBlock(helpline, view, t) : el('p', null, t('panel.help.noHelpline')),
    el(
      'ul',
      { class: 'links' },
      reportUrl && el('li', null, outLink(reportUrl, t('panel.help.report', { platform: view.platformName }), newTab(t))),
      helpUrl && el('li', null, outLink(helpUrl, t('panel.help.platformHelp', { platform: view.platformName }), newTab(t))),
    ),
  );
}
