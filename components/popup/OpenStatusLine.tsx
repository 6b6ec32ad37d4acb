// "Open now, until 23:00" for a service, with the date of the hours when they may be stale. When the
// computer's clock is not the service's, the time is given on both clocks so it cannot be misread.
import { openStatus, type Hours } from '../../utils/help/hours';
import { usePopupEnv } from './context';
import { sourceDateText, statusText } from './format';

export function OpenStatusLine({ hours, asOf }: { hours: Hours; asOf?: string }) {
  const env = usePopupEnv();
  // A prerendered page cannot know the time: it keeps the line's place, and the popup's script
  // writes the status into it before the next frame.
  if (env.now === undefined) return <p class="status status-pending" />;
  const status = openStatus(hours, env.now);
  const dated = asOf === undefined ? undefined : sourceDateText(asOf, env);
  return (
    <p class={`status status-${status.state}`}>
      <span class="status-dot" aria-hidden="true" />
      <span>{statusText(status, env.now, env, hours.kind === 'weekly' ? hours.timeZone : undefined)}</span>
      {hours.kind === 'weekly' && asOf !== undefined ? (
        <span class="status-asof">{dated ? env.t('popup.hoursAsOf', { date: dated }) : env.t('popup.hoursUndated')}</span>
      ) : null}
    </p>
  );
}
