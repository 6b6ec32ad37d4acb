// The panel's line saying whom it guides for, and the country's age of digital consent beside it.
import { describe, expect, it } from 'vitest';
import { ageLine } from '../../components/panel/age-line';
import { createTranslator } from '../../utils/i18n/translator';
import type { GuideView } from '../../utils/guide/messages';
import labelsEn from '../../utils/i18n/locales/en/panel-labels.json';
import labelsFr from '../../utils/i18n/locales/fr/panel-labels.json';
import { AGE_BANDS } from '../../utils/taxonomy';

const translators = { en: createTranslator({ en: labelsEn, fr: labelsFr }, 'en'), fr: createTranslator({ en: labelsEn, fr: labelsFr }, 'fr') };
const view = (overrides: Partial<GuideView>) => ({ language: 'en', ...overrides }) as GuideView;
const text = (v: GuideView) => {
  const line = ageLine(v, translators[v.language as 'en' | 'fr']);
  return line === false ? undefined : line.textContent;
};

describe('the age line', () => {
  it('is absent when no child’s band is known', () => {
    expect(text(view({}))).toBeUndefined();
  });

  it('names the band it guides for, in both languages, for every band', () => {
    expect(text(view({ ageBand: '11-12' }))).toBe('Guiding for a child aged 11–12');
    expect(text(view({ language: 'fr', ageBand: '11-12' }))).toBe('Conseils pour un enfant de 11 à 12\u00a0ans');
    for (const band of AGE_BANDS) for (const language of ['en', 'fr'] as const) {
      expect(text(view({ language, ageBand: band }))).not.toContain('panel.age');
    }
  });

  it('adds the country’s age of digital consent when the child may be under it', () => {
    const line = text(view({ ageBand: '13-15', digitalConsent: { country: 'FR', age: 15 } }));
    expect(line).toContain('France: under 15');
    expect(text(view({ language: 'fr', ageBand: '13-15', digitalConsent: { country: 'ie', age: 16 } }))).toContain('Irlande\u00a0: avant 16\u00a0ans');
  });
});
