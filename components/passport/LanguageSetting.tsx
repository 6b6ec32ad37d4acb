// The passport's language setting (the same as the popup's): shown in the page's footer, on every view.
import { useEffect, useState } from 'preact/hooks';
import { browserLanguage, chooseLanguage, languageChoice, onLanguageChange, type LanguageChoice } from '../../utils/i18n/language-setting';
import { LanguageSelect } from '../shared/LanguageSelect';
import { useLocale } from './locale';

/** The stored choice, followed when it changes here or in another Vigie page. */
export function useLanguageChoice(): [LanguageChoice | undefined, (choice: LanguageChoice) => void] {
  const [choice, setChoice] = useState<LanguageChoice | undefined>(undefined);
  useEffect(() => {
    void languageChoice().then(setChoice);
    return onLanguageChange((_language, next) => setChoice(next));
  }, []);
  const choose = (next: LanguageChoice) => {
    setChoice(next);
    void chooseLanguage(next).catch(() => undefined);
  };
  return [choice, choose];
}

export function LanguageSetting() {
  const { t } = useLocale();
  const [choice, choose] = useLanguageChoice();
  if (choice === undefined) return null;
  return (
    <p class="language-setting">
      <LanguageSelect id="passport-language" t={t} choice={choice} browser={browserLanguage()} onChoose={choose} />
    </p>
  );
}
