// One service: its name, what it is for (or why it fits the chosen situation), the big call link,
// whether it is open now, its other channels, its caveat, and (in the full variant) the small print.
import type { Service } from '../../utils/help/helplines';
import { CallLink } from './CallLink';
import { usePopupEnv } from './context';
import { ExternalLink } from './ExternalLink';
import { OpenStatusLine } from './OpenStatusLine';
import { ServiceChannels } from './ServiceChannels';
import { ServiceCaveat, ServiceFacts } from './ServiceFacts';
import { hostOf } from './format';

export interface ServiceCardProps {
  service: Service;
  /** Locale key of the text under the name: the reason in the router, the purpose elsewhere. */
  textKey?: string;
  variant: 'main' | 'route' | 'full';
  headingLevel?: 3 | 4;
}

export function ServiceCard({ service, textKey, variant, headingLevel = 3 }: ServiceCardProps) {
  const { t } = usePopupEnv();
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const text = <p class="service-text">{t(textKey ?? `helplines.${service.id}.purpose`)}</p>;
  return (
    <article class={`service service-${variant}`} aria-label={service.name}>
      <Heading class="service-name">{service.name}</Heading>
      {/* On the main line the number comes first: it is what a worried person is looking for. */}
      {variant === 'main' ? null : text}
      {service.phone ? <CallLink phone={service.phone} size={variant === 'full' ? 'normal' : 'big'} /> : null}
      {service.phone ? <OpenStatusLine hours={service.hours} asOf={service.hoursAsOf} /> : null}
      {variant === 'main' ? text : null}
      {service.url && !service.channels.some((c) => c.href === service.url) ? (
        <p class="service-site">
          <ExternalLink href={service.url}>
            {t('popup.website')}: {hostOf(service.url)}
          </ExternalLink>
        </p>
      ) : null}
      <ServiceChannels channels={service.channels} />
      <ServiceCaveat service={service} />
      {variant === 'full' ? <ServiceFacts service={service} /> : null}
    </article>
  );
}
