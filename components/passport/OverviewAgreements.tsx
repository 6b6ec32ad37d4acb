// A child's agreements on their page: each topic, the words agreed, who agreed and when, and
// when to look at it again; the soonest review first.
import { agreementDueForReview, byReviewDate, reviewStatus, todayIso } from '../../utils/passport/reviews';
import type { ChildRecord } from '../../utils/passport/types';
import { labelledBy, topicLabel } from './labels';
import { useLocale } from './locale';
import { ReviewBadge } from './ReviewBadge';

export function OverviewAgreements({ record, idPrefix = '', ownerId }: { record: ChildRecord; idPrefix?: string; ownerId?: string }) {
  const { t, day } = useLocale();
  const { child } = record;
  const today = todayIso();
  return (
    <section class="passport-section" aria-labelledby={labelledBy(ownerId, `${idPrefix}agreements-title`)}>
      <div class="section-head">
        <h2 id={`${idPrefix}agreements-title`}>{t('passport.agreements.title')}</h2>
        <a class="button no-print" href={`#child/${child.id}/agreement/new`}>
          {t('passport.agreements.new')}
        </a>
      </div>
      {record.agreements.length === 0 ? (
        <p class="muted">{t('passport.agreements.none', { name: child.name })}</p>
      ) : (
        <ul class="item-list">
          {byReviewDate(record.agreements).map((a) => (
            <li key={a.id} class="item">
              <h3>
                <a href={`#agreement/${a.id}`}>{topicLabel(t, a)}</a>
              </h3>
              <blockquote class="agreed-words">{a.words}</blockquote>
              <p class="muted">
                {t('passport.agreements.madeBy', { names: a.agreedBy.join(', '), date: day(a.agreedOn) })}
                {a.reviews.length > 0 && ` · ${t('passport.agreements.reviewCount', { count: a.reviews.length })}`}
              </p>
              <p>
                {t('passport.agreements.nextReview', { date: day(agreementDueForReview(a)) })} <ReviewBadge status={reviewStatus(a, today)} />
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
