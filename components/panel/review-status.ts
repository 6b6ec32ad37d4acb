// Where this page stands: not reviewed, n of m done, reviewed on a date, or due for a re-check
// (after 90 days, or when Vigie's advice for the page changed since the review).
import type { Translate } from '../../utils/i18n/translator';
import type { GuideView } from '../../utils/guide/messages';
import { el } from './dom';
import { formatDate } from './format';

function sentence(view: GuideView, t: Translate): string {
  const { review } = view;
  const date = review.reviewedAt ? formatDate(review.reviewedAt, view.language) : '';
  if (review.state === 'recheck') return t(review.reason === 'version' ? 'panel.review.recheckVersion' : 'panel.review.recheckAge', { date });
  if (review.state === 'reviewed') return t('panel.review.reviewed', { date });
  if (review.reviewedAt) return t('panel.review.lastReviewed', { date });
  return review.done === 0 ? t('panel.review.new') : '';
}

export function reviewStatus(view: GuideView, t: Translate): HTMLElement | false {
  const { review } = view;
  if (review.total === 0) return false;
  const words = sentence(view, t);
  return el(
    'div',
    { class: review.state === 'recheck' ? 'review recheck' : 'review', role: 'status' },
    el('progress', { max: review.total, value: review.done, 'aria-hidden': 'true' }),
    el('p', null, el('strong', null, t('panel.review.progress', { done: review.done, total: review.total })), words && ` · ${words}`),
  );
}

/**
 * The review line's place while the ticks are read, of its shape and of two lines (the height of
 * the first visit's line, the most common), so that the checklist below mostly stays where it is
 * when they come: a person aiming at a box does not have it slide away.
 */
export function readingTicks(t: Translate): HTMLElement {
  return el('div', { class: 'review', role: 'status' }, el('progress', { max: 1, value: 0, 'aria-hidden': 'true' }), el('p', { class: 'reading' }, t('panel.readingTicks')));
}
