// "Is this your country: Germany?" — asked on first use when the browser's language named no
// country Vigie covers ("de", "fr", "nl", or "en-NZ"), under the country picker and above the
// guessed country's emergency numbers, which show all the while (no number waits for an answer).
// "Yes" (or "Keep these") remembers the guess; "Choose another" takes the person to the picker,
// where a choice is remembered as always.
import type { DirectoryId } from '../../utils/help/helplines';
import { usePopupEnv } from './context';
import { countryName } from './format';

export interface CountryQuestionProps {
  guess: DirectoryId;
  onConfirm(): void;
  /** The country picker's id, to move the focus there. */
  pickerId: string;
}

export function CountryQuestion({ guess, onConfirm, pickerId }: CountryQuestionProps) {
  const { t, locale } = usePopupEnv();
  const known = guess !== 'INT';
  return (
    <section class="country-question" aria-labelledby="country-question">
      <h2 id="country-question">{known ? t('popup.countryQuestion.heading', { country: countryName(guess, locale) }) : t('popup.countryQuestion.unknownHeading')}</h2>
      <p>{known ? t('popup.countryQuestion.why') : t('popup.countryQuestion.unknownWhy')}</p>
      <p class="country-question-actions">
        <button type="button" onClick={onConfirm}>
          {known ? t('popup.countryQuestion.yes') : t('popup.countryQuestion.keep')}
        </button>
        <button type="button" onClick={() => document.getElementById(pickerId)?.focus()}>
          {t('popup.countryQuestion.other')}
        </button>
      </p>
    </section>
  );
}
