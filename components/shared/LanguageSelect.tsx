// "Language: [The browser's (Deutsch) ▾]": the person's own language for every Vigie page, shared
// by the popup and the passport. Each language is named in itself, marked with its own `lang` so a
// screen reader says "Deutsch" in German; choosing one is stored at once and every open Vigie
// page follows (utils/i18n/language-setting.ts).
import { LANGUAGES } from '../../utils/taxonomy';
import { LANGUAGE_NAMES } from '../../utils/i18n/language-names';
import type { LanguageChoice } from '../../utils/i18n/language-setting';
import type { Translate } from '../../utils/i18n/translator';
import type { Language } from '../../utils/taxonomy';

export interface LanguageSelectProps {
  id: string;
  t: Translate;
  choice: LanguageChoice;
  /** The browser's own language, named in the first option. */
  browser: Language;
  onChoose(choice: LanguageChoice): void;
}

export function LanguageSelect({ id, t, choice, browser, onChoose }: LanguageSelectProps) {
  return (
    <>
      <label for={id}>{t('common.language')}</label>
      <select id={id} value={choice} onChange={(event) => onChoose((event.currentTarget as HTMLSelectElement).value as LanguageChoice)}>
        <option value="browser">{t('language.browser', { name: LANGUAGE_NAMES[browser] })}</option>
        {LANGUAGES.map((language) => (
          <option key={language} value={language} lang={language}>
            {LANGUAGE_NAMES[language]}
          </option>
        ))}
      </select>
    </>
  );
}
