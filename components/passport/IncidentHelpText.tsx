// The incident form's words about help, from the chosen country's directory only: whom to call in
// danger, the line for a child at risk, and where sexual images of a child are reported. Nothing
// is written before the country is known, rather than a number that may not work there.
import type { IncidentHelp } from '../../utils/help/incident-help';
import { serviceLabel } from '../../utils/help/incident-help';
import { useLocale } from './locale';

function orList(language: string, items: readonly string[]): string {
  return new Intl.ListFormat(language, { type: 'disjunction' }).format(items);
}

/** "If Léa is in danger now, call 999. For a child at risk: NSPCC Helpline (0808 800 5000)." */
export function DangerLine({ name, help }: { name: string; help: IncidentHelp | undefined }) {
  const { t, language } = useLocale();
  if (!help) return null;
  return (
    <p class="danger-line">
      {help.emergencyNumbers.length > 0
        ? t('passport.incident.danger', { name, numbers: orList(language, help.emergencyNumbers) })
        : t('passport.incident.dangerElsewhere', { name })}
      {help.childAtRisk ? ` ${t('passport.incident.childAtRisk', { service: serviceLabel(help.childAtRisk) })}` : null}
    </p>
  );
}

/** Where sexual images of a child are reported: the country's services, then the platform. */
export function imageReportPlaces(help: IncidentHelp | undefined, t: (key: string) => string, language: string): string {
  const names = (help?.imageReports ?? []).map((service) => service.name);
  return orList(language, [...names, t('passport.incident.thePlatform')]);
}

/** "United Kingdom", "Royaume-Uni": the chosen country in the page's language. */
export function countryName(country: string, language: string): string {
  return new Intl.DisplayNames([language], { type: 'region' }).of(country) ?? country;
}
