// Every service of the chosen country with its small print and sources, then the services that
// work anywhere: the EU-wide 116 111 (EU members), Child Helpline International and INHOPE.
import { euHelplineFor, helplinesFor, serviceById, type DirectoryId, type Service } from '../../utils/help/helplines';
import { usePopupEnv } from './context';
import { countryName } from './format';
import { ServiceCard } from './ServiceCard';

export function AllServices({ country }: { country: DirectoryId }) {
  const { t, locale } = usePopupEnv();
  const elsewhere = [euHelplineFor(country), serviceById('int-chi'), serviceById('int-inhope')].filter((s): s is Service => s !== undefined);
  return (
    <>
      <section class="all" aria-labelledby="all-heading">
        <h2 id="all-heading">{country === 'INT' ? t('popup.all.other') : t('popup.all.heading', { country: countryName(country, locale) })}</h2>
        {helplinesFor(country).map((service) => (
          <ServiceCard key={service.id} service={service} variant="full" />
        ))}
      </section>
      {country === 'INT' ? null : (
        <section class="all" aria-labelledby="elsewhere-heading">
          <h2 id="elsewhere-heading">{t('popup.elsewhere.heading')}</h2>
          {elsewhere.map((service) => (
            <ServiceCard key={service.id} service={service} variant="full" />
          ))}
        </section>
      )}
    </>
  );
}
