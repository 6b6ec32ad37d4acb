// A child's page, what happened: incidents (latest first) and celebrations.
import { useState } from 'preact/hooks';
import { deleteCelebration } from '../../utils/passport/store';
import type { ChildRecord } from '../../utils/passport/types';
import { labelledBy, platformLabel, reportLabel } from './labels';
import { useLocale } from './locale';
import { statusMessage } from './navigation';

export function OverviewIncidents({ record, idPrefix = '', ownerId }: { record: ChildRecord; idPrefix?: string; ownerId?: string }) {
  const { t, moment } = useLocale();
  const { child } = record;
  const incidents = [...record.incidents].sort((a, b) => b.occurredAt.localeCompare(a.occurredAt));
  return (
    <section class="passport-section" aria-labelledby={labelledBy(ownerId, `${idPrefix}incidents-title`)}>
      <div class="section-head">
        <h2 id={`${idPrefix}incidents-title`}>{t('passport.incidents.title')}</h2>
        <a class="button no-print" href={`#child/${child.id}/incident/new`}>
          {t('passport.incidents.new')}
        </a>
      </div>
      {incidents.length === 0 ? (
        <p class="muted">{t('passport.incidents.none')}</p>
      ) : (
        <ul class="item-list">
          {incidents.map((i) => (
            <li key={i.id} class="item">
              <h3>
                <a href={`#incident/${i.id}`}>{moment(i.occurredAt)}</a> <span class="muted">· {platformLabel(t, i.platform)}</span>
              </h3>
              <p>{i.whatHappened}</p>
              <dl class="facts compact">
                {i.whoWasTold && (
                  <>
                    <dt>{t('passport.incident.whoWasTold')}</dt>
                    <dd>{i.whoWasTold}</dd>
                  </>
                )}
                {i.reportedTo.length > 0 && (
                  <>
                    <dt>{t('passport.incident.reportedTo')}</dt>
                    <dd>{i.reportedTo.map((r) => reportLabel(t, r)).join(', ')}</dd>
                  </>
                )}
                {i.outcome && (
                  <>
                    <dt>{t('passport.incident.outcome')}</dt>
                    <dd>{i.outcome}</dd>
                  </>
                )}
                {i.followUp && (
                  <>
                    <dt>{t('passport.incident.followUp')}</dt>
                    <dd>{i.followUp}</dd>
                  </>
                )}
                {i.evidence.length > 0 && (
                  <>
                    <dt>{t('passport.incident.evidence')}</dt>
                    <dd>
                      <ul class="plain">
                        {/* Addresses are shown as text, never as links: nobody should land on harmful content by a click. */}
                        {i.evidence.map((e, n) => (
                          <li key={n} class="break">
                            {[e.url, e.account, e.time, e.note].filter(Boolean).join(' · ')}
                          </li>
                        ))}
                      </ul>
                    </dd>
                  </>
                )}
              </dl>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function OverviewCelebrations({ record, idPrefix = '', ownerId }: { record: ChildRecord; idPrefix?: string; ownerId?: string }) {
  const { t, day } = useLocale();
  const { child } = record;
  const [removing, setRemoving] = useState<string>();
  const celebrations = [...record.celebrations].sort((a, b) => b.date.localeCompare(a.date));
  return (
    <section class="passport-section" aria-labelledby={labelledBy(ownerId, `${idPrefix}celebrations-title`)}>
      <div class="section-head">
        <h2 id={`${idPrefix}celebrations-title`} tabIndex={-1}>
          {t('passport.celebrations.title')}
        </h2>
        <a class="button no-print" href={`#child/${child.id}/celebration/new`}>
          {t('passport.celebrations.new')}
        </a>
      </div>
      {celebrations.length === 0 ? (
        <p class="muted">{t('passport.celebrations.none', { name: child.name })}</p>
      ) : (
        <ul class="item-list celebrations">
          {celebrations.map((c) => (
            <li key={c.id} class="item">
              <p>
                <strong>{day(c.date)}</strong> — {c.text}
              </p>
              <button
                type="button"
                class="link-button no-print"
                disabled={removing === c.id}
                onClick={() => {
                  setRemoving(c.id);
                  void deleteCelebration(c.id)
                    .then(() => {
                      statusMessage.value = t('passport.celebrations.removed');
                      // The button is gone: focus goes back to the list's heading.
                      document.getElementById(`${idPrefix}celebrations-title`)?.focus();
                    })
                    .finally(() => setRemoving(undefined));
                }}
              >
                {t('passport.celebrations.remove', { date: day(c.date) })}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
