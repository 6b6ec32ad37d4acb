// One service, one card: its name, whom it is for, what it is for (or why it fits the chosen
// situation), the big call link, whether it is open now, one link per real channel and its caveat;
// in the full variant the facts (hours, cost, anonymity, languages) and, collapsed beneath, its
// sources. Where a country's lines answer in different languages (Belgium), every card says which.
import { languageNoteFor, type Service } from '../../utils/help/helplines';
import { CallLink } from './CallLink';
import { samePage } from './channel-groups';
import { usePopupEnv } from './context';
import { ExternalLink } from './ExternalLink';
import { OpenStatusLine } from './OpenStatusLine';
import { ServiceChannels } from './ServiceChannels';
import { ServiceCaveat, ServiceFacts, ServiceSources } from './ServiceFacts';
import { hostOf, languagesText } from './format';

export interface ServiceCardProps {
  service: Service;
  /** Locale key of the text under the name: the reason in the router, the purpose elsewhere. */
  textKey?: string;
  variant: 'main' | 'route' | 'full';
  headingLevel?: 3 | 4;
}

/** "For your child to call" / "For you"; nothing for a line anyone may use. */
function AudienceLine({ service }: { service: Service }) {
  const { t } = usePopupEnv();
  if (service.audience === 'anyone') return null;
  const key = service.audience === 'adult' ? 'popup.audience.adult' : service.phone ? 'popup.audience.childCall' : 'popup.audience.childUse';
  return <p class={`audience audience-${service.audience}`}>{t(key)}</p>;
}

/** "In Dutch": on the short cards of a country whose lines answer in different languages. */
function LanguageLine({ service }: { service: Service }) {
  const env = usePopupEnv();
  const languages = languageNoteFor(service);
  if (!languages) return null;
  return <p class="service-languages">{env.t('popup.answersIn', { list: languagesText(languages, env) })}</p>;
}

export function ServiceCard({ service, textKey, variant, headingLevel = 3 }: ServiceCardProps) {
  const { t } = usePopupEnv();
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const text = <p class="service-text">{t(textKey ?? `helplines.${service.id}.purpose`)}</p>;
  // An emergency number's unconfirmed hours are not worth a "not confirmed" line beside it.
  const status = service.phone && !(service.kind === 'emergency' && service.hours.kind === 'unknown');
  const siteIsAChannel = service.url !== undefined && service.channels.some((c) => samePage(c.href) === samePage(service.url!));
  return (
    <article class={`service service-${variant}`} aria-label={service.name}>
      <Heading class="service-name">{service.name}</Heading>
      <AudienceLine service={service} />
      {variant === 'full' ? null : <LanguageLine service={service} />}
      {/* On the main line the number comes first: it is what a worried person is looking for. */}
      {variant === 'main' ? null : text}
      {service.phone ? <CallLink phone={service.phone} size={variant === 'full' ? 'normal' : 'big'} /> : null}
      {status ? <OpenStatusLine hours={service.hours} asOf={service.hoursAsOf} /> : null}
      {variant === 'main' ? text : null}
      {service.url && !siteIsAChannel ? (
        <p class="service-site">
          <ExternalLink href={service.url}>
            {t('popup.website')}: {hostOf(service.url)}
          </ExternalLink>
        </p>
      ) : null}
      <ServiceChannels channels={service.channels} />
      <ServiceCaveat service={service} />
      {variant === 'full' ? <ServiceFacts service={service} /> : null}
      {variant === 'full' ? <ServiceSources service={service} /> : null}
    </article>
  );
}
