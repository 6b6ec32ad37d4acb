// Beside the child's own words, a quiet way on: record an incident about this child, or open the
// helplines of the family's country (the toolbar popup's page for that country, drawn from its
// directory: no number is written here). The help link waits until the country is known.
import { popupPagePath } from '../../utils/help/popup-pages';
import type { Child } from '../../utils/passport/types';
import { countryName } from './IncidentHelpText';
import { useLocale } from './locale';
import { useCountry } from './use-country';

export function WorryLine({ child }: { child: Child }) {
  const { t, language } = useLocale();
  const country = useCountry();
  return (
    <p class="worry-line muted small no-print">
      {t('passport.voice.worrying')}{' '}
      <a href={`#child/${child.id}/incident/new`}>{t('passport.voice.recordIncident')}</a>
      {country && (
        <>
          {' · '}
          <a href={popupPagePath(language, country)} aria-label={t('passport.voice.getHelpIn', { country: countryName(country, language) })}>
            {t('passport.voice.getHelp')}
          </a>
        </>
      )}
    </p>
  );
}
