// Who the checklist is for: parent, carer or organisation. Native radio buttons, so arrow keys
// move between them as everywhere else; styled as one segmented control.
import { AUDIENCES, type Audience } from '../../utils/taxonomy';
import type { Translate } from '../../utils/i18n/translator';
import type { GuideView } from '../../utils/guide/messages';
import { el } from './dom';

export function audienceSwitch(view: GuideView, t: Translate, onPick: (audience: Audience) => void, paused = false): HTMLElement {
  return el(
    'fieldset',
    { class: 'audience' },
    el('legend', null, t('panel.audience.legend')),
    el(
      'div',
      { class: 'segments' },
      AUDIENCES.map((audience) =>
        el(
          'label',
          { class: audience === view.audience ? 'segment picked' : 'segment' },
          el('input', {
            type: 'radio',
            name: 'vigie-audience',
            id: `vigie-audience-${audience}`,
            value: audience,
            checked: audience === view.audience,
            disabled: paused,
            onchange: () => onPick(audience),
          }),
          el('span', null, t(`panel.audience.${audience}`)),
        ),
      ),
    ),
  );
}
