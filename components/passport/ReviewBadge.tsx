// A small label saying how close a review is; the words carry the meaning, the colour only helps.
import type { ReviewStatus } from '../../utils/passport/reviews';
import { useLocale } from './locale';

export function ReviewBadge({ status }: { status: ReviewStatus }) {
  const { t } = useLocale();
  if (status === 'later') return null;
  return <span class={`badge badge-${status}`}>{t(`passport.reviewStatus.${status}`)}</span>;
}
