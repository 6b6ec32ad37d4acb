// The top of a child's page: the next reviews due, the latest incidents, and what the child
// enjoys, so the passport opens on what matters now and on what goes well.
import { agreementDueForReview, byReviewDate, reviewStatus, todayIso } from '../../utils/passport/reviews';
import type { ChildRecord } from '../../utils/passport/types';
import { platformLabel, topicLabel } from './labels';
import { useLocale } from './locale';
import { ReviewBadge } from './ReviewBadge';

const FEW = 3;

export function AtAGlance({ record, voiceOpen = true }: { record: ChildRecord; voiceOpen?: boolean }) {
  const { t, day, moment } = useLocale();
  const { child } = record;
  const today = todayIso();
  const reviews = byReviewDate(record.agreements).slice(0, FEW);
  const incidents = [...record.incidents].sort((a, b) => b.occurredAt.localeCompare(a.occurredAt)).slice(0, FEW);
  const celebrations = [...record.celebrations].sort((a, b) => b.date.localeCompare(a.date)).slice(0, FEW);
  return (
    <section class="at-a-glance no-print" aria-labelledby="glance-title">
      <h2 id="glance-title" class="visually-hidden">
        {t('passport.glance.title')}
      </h2>
      <div class="glance-card">
        <h3>{t('passport.glance.reviews')}</h3>
        {reviews.length === 0 ? (
          <p class="muted">{t('passport.glance.noReviews')}</p>
        ) : (
          <ul>
            {reviews.map((a) => (
              <li key={a.id}>
                <a href={`#agreement/${a.id}`}>{topicLabel(t, a)}</a> — {day(agreementDueForReview(a))} <ReviewBadge status={reviewStatus(a, today)} />
              </li>
            ))}
          </ul>
        )}
      </div>
      <div class="glance-card">
        <h3>{t('passport.glance.incidents')}</h3>
        {incidents.length === 0 ? (
          <p class="muted">{t('passport.glance.noIncidents')}</p>
        ) : (
          <ul>
            {incidents.map((i) => (
              <li key={i.id}>
                <a href={`#incident/${i.id}`}>{moment(i.occurredAt)}</a> — {platformLabel(t, i.platform)}
              </li>
            ))}
          </ul>
        )}
      </div>
      <div class="glance-card glance-enjoys">
        <h3>{t('passport.glance.enjoys', { name: child.name })}</h3>
        {/* The child's own words only while their part is open. */}
        {(voiceOpen && child.voice.likes) || celebrations.length > 0 ? (
          <>
            {voiceOpen && child.voice.likes && <p class="quote">{child.voice.likes}</p>}
            <ul>
              {celebrations.map((c) => (
                <li key={c.id}>{c.text}</li>
              ))}
            </ul>
          </>
        ) : (
          <p class="muted">{t('passport.glance.noEnjoys', { name: child.name })}</p>
        )}
      </div>
    </section>
  );
}
