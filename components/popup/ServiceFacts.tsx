// What a person needs before calling, under the help: the ⚠ caveat, then (in the full card) hours
// with their time zone, cost, anonymity and languages, and beneath them, collapsed, "Sources": each
// official page with its date, the note on history and what is not confirmed, and the day Vigie
// checked them, written in the person's language.
import type { Fact, Service } from '../../utils/help/helplines';
import { usePopupEnv } from './context';
import { ExternalLink } from './ExternalLink';
import { hostOf, hoursText, languagesText, sourceDateText } from './format';

function factText(fact: Fact, yes: string, no: string, unknown: string): string {
  return fact === 'unconfirmed' ? unknown : fact ? yes : no;
}

export function ServiceCaveat({ service }: { service: Service }) {
  const { t } = usePopupEnv();
  if (!service.caveat) return null;
  return (
    <p class="caveat">
      <span aria-hidden="true">⚠ </span>
      <strong>{t('popup.caveat')}</strong> {t(`helplines.${service.id}.caveat`)}
    </p>
  );
}

export function ServiceFacts({ service }: { service: Service }) {
  const env = usePopupEnv();
  const { t } = env;
  // An emergency number is called whatever its hours or cost: "not confirmed" there would only
  // make someone in danger hesitate. Confirmed facts are still shown.
  const emergency = service.kind === 'emergency';
  const facts: string[] = [];
  if (!(emergency && service.free === 'unconfirmed')) facts.push(factText(service.free, t('popup.free'), t('popup.notFree'), t('popup.freeUnknown')));
  if (service.anonymous !== undefined) {
    facts.push(factText(service.anonymous, t('popup.anonymous'), t('popup.notAnonymous'), t('popup.anonymousUnknown')));
  }
  if (!emergency) {
    facts.push(service.languages.length > 0 ? t('popup.languages', { list: languagesText(service.languages, env) }) : t('popup.languagesUnknown'));
  }
  return (
    <div class="facts">
      {emergency && service.hours.kind === 'unknown' ? null : (
        <p>
          <strong>{t('popup.hours.label')}:</strong> {hoursText(service.hours, env)}
        </p>
      )}
      {facts.length > 0 ? <p>{facts.join(' · ')}</p> : null}
    </div>
  );
}

export function ServiceSources({ service }: { service: Service }) {
  const env = usePopupEnv();
  const { t } = env;
  const checked = sourceDateText(service.checkedOn, env) ?? service.checkedOn;
  return (
    <details class="sources">
      <summary>{t('popup.sources')}</summary>
      <ul>
        {service.sources.map((source) => (
          <li key={source.url}>
            <ExternalLink href={source.url}>{hostOf(source.url)}</ExternalLink> (
            {source.date === 'undated' ? t('popup.sourceUndated') : t('popup.sourceDate', { date: sourceDateText(source.date, env) ?? source.date })})
          </li>
        ))}
      </ul>
      {service.sourceNote ? <p class="source-note">{t(`helplines.${service.id}.sourceNote`)}</p> : null}
      <p>{t('popup.checkedOn', { date: checked })}</p>
    </details>
  );
}
