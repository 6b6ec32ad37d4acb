// "In danger now?": the country's emergency numbers as big call (or text) links, first on screen.
import type { Service } from '../../utils/help/helplines';
import { CallLink, TextLink } from './CallLink';
import { usePopupEnv } from './context';

function EmergencyLink({ service }: { service: Service }) {
  const { t } = usePopupEnv();
  if (service.phone) return <CallLink phone={service.phone} name={t(`helplines.${service.id}.purpose`)} />;
  const sms = service.channels.find((c) => c.kind === 'sms');
  if (!sms) return null;
  return <TextLink href={sms.href} number={sms.label} name={t(`helplines.${service.id}.purpose`)} />;
}

export function EmergencyBlock({ services }: { services: readonly Service[] }) {
  const { t } = usePopupEnv();
  return (
    <section class="danger" aria-labelledby="danger-heading">
      <h2 id="danger-heading">{t('popup.danger.heading')}</h2>
      {services.length === 0 ? <p>{t('popup.danger.other')}</p> : null}
      <ul class="danger-list">
        {services.map((service) => (
          <li key={service.id}>
            <EmergencyLink service={service} />
          </li>
        ))}
      </ul>
    </section>
  );
}
