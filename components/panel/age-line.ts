// Whom the list is for, in one line ("Guiding for a child aged 11–12"), and, where the person's
// country sets an age of digital consent the child may be under, the line that says so. Drawn in
// the panel's frame only (the extension's origin): the web page never sees a child's age band.
import type { Translate } from '../../utils/i18n/translator';
import type { GuideView } from '../../utils/guide/messages';
import { el } from './dom';

function countryName(country: string, language: string): string {
  return new Intl.DisplayNames([language], { type: 'region' }).of(country.toUpperCase()) ?? country.toUpperCase();
}

export function ageLine(view: GuideView, t: Translate): HTMLElement | false {
  if (!view.ageBand) return false;
  const consent = view.digitalConsent;
  return el(
    'div',
    { class: 'age-line' },
    el('p', { class: 'note', id: 'vigie-age-band' }, t(`panel.age.guidingFor.${view.ageBand}`)),
    consent && el('p', { class: 'note' }, t('panel.age.consent', { country: countryName(consent.country, view.language), age: consent.age })),
  );
}
