// A child's settings reviews, beside the agreements: each platform settings page checked for the
// child with Vigie's panel, when it was last checked and by whom, how much is done, what is left,
// and when it is due again (90 days after it was finished, or as soon as Vigie's advice for the
// page changed). Also printed.
import { settingsReviewState } from '../../utils/passport/settings-reviews';
import { todayIso } from '../../utils/passport/reviews';
import type { ChildRecord, SettingsReview } from '../../utils/passport/types';
import { labelledBy, platformLabel } from './labels';
import { useLocale } from './locale';
import { useGuideWords, type GuideWords } from './use-guide-words';
import { SettingsRemindersChoice } from './SettingsRemindersChoice';

const localDay = (iso: string) => todayIso(new Date(iso));

function ReviewState({ review, guide }: { review: SettingsReview; guide: GuideWords | undefined }) {
  const { t, day } = useLocale();
  const status = settingsReviewState(review, new Date(), guide?.versionOf(review.platform, review.pageId));
  if (status.state === 'due') {
    return (
      <p>
        <span class="badge badge-overdue">{t('passport.settingsReviews.dueBadge')}</span>{' '}
        {status.reason === 'version' ? t('passport.settingsReviews.dueVersion') : t('passport.settingsReviews.dueAge', { date: day(status.due) })}
      </p>
    );
  }
  if (status.state === 'current') return <p>{t('passport.settingsReviews.due', { date: day(status.due) })}</p>;
  return <p>{t('passport.settingsReviews.unfinished', { count: review.itemsLeft.length })}</p>;
}

function ItemsLeft({ review, guide }: { review: SettingsReview; guide: GuideWords | undefined }) {
  const { t } = useLocale();
  if (review.itemsLeft.length === 0 || !guide) return null;
  return (
    <details class="items-left">
      <summary>{t('passport.settingsReviews.itemsLeft', { count: review.itemsLeft.length })}</summary>
      <ul>
        {review.itemsLeft.map((id) => <li key={id}>{guide.itemName(review.platform, id)}</li>)}
      </ul>
    </details>
  );
}

export function OverviewSettingsReviews({ record, idPrefix = '', ownerId }: { record: ChildRecord; idPrefix?: string; ownerId?: string }) {
  const { t, day, language } = useLocale();
  const { child, settingsReviews } = record;
  const guide = useGuideWords(settingsReviews.map((review) => review.platform), language);
  const newestFirst = [...settingsReviews].sort((a, b) => b.checkedAt.localeCompare(a.checkedAt));
  return (
    <section class="passport-section" aria-labelledby={labelledBy(ownerId, `${idPrefix}settings-reviews-title`)}>
      <h2 id={`${idPrefix}settings-reviews-title`}>{t('passport.settingsReviews.title')}</h2>
      {newestFirst.length === 0 ? (
        <p class="muted">{t('passport.settingsReviews.none', { name: child.name })}</p>
      ) : (
        <ul class="item-list settings-reviews">
          {newestFirst.map((review) => (
            <li key={review.id} class="item">
              <h3>{t('passport.settingsReviews.page', { platform: platformLabel(t, review.platform), page: guide?.pageName(review.platform, review.pageId) ?? review.pageId })}</h3>
              <p class="muted">
                {t('passport.settingsReviews.checked', { date: day(localDay(review.checkedAt)), audience: review.audience, done: review.done, total: review.total })}
                {review.completedAt && ` · ${t('passport.settingsReviews.finishedOn', { date: day(localDay(review.completedAt)) })}`}
              </p>
              <ReviewState review={review} guide={guide} />
              <ItemsLeft review={review} guide={guide} />
            </li>
          ))}
        </ul>
      )}
      {newestFirst.length > 0 && <SettingsRemindersChoice idPrefix={idPrefix} />}
    </section>
  );
}
