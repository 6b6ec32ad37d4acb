// The reviews of an agreement, the latest first: when, whether it was still working for the
// child, notes, changes, and the words as they were before a change.
import type { Agreement } from '../../utils/passport/types';
import { useLocale } from './locale';

export function ReviewHistory({ agreement }: { agreement: Agreement }) {
  const { t, day } = useLocale();
  const reviews = [...agreement.reviews].sort((a, b) => b.date.localeCompare(a.date));
  return (
    <section class="review-history" aria-labelledby="review-history-title">
      <h2 id="review-history-title">{t('passport.review.history')}</h2>
      {reviews.length === 0 ? (
        <p class="muted">{t('passport.review.none')}</p>
      ) : (
        <ol class="timeline">
          {reviews.map((review) => (
            <li key={review.id}>
              <h3>{day(review.date)}</h3>
              <p>
                <span class={`still-working still-working-${review.stillWorking}`}>{t(`passport.stillWorking.${review.stillWorking}`)}</span>
              </p>
              {review.notes && <p><strong>{t('passport.review.notes')}:</strong> {review.notes}</p>}
              {review.changes && <p><strong>{t('passport.review.changes')}:</strong> {review.changes}</p>}
              {review.previousWords && (
                <p class="muted">
                  <strong>{t('passport.review.previousWords')}:</strong> {review.previousWords}
                </p>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
