// "Instagram settings for Léa: due for a re-check" (issue 16, point 5): the children's settings
// reviews that are due again, one line each, leading to the child's passport. Read after the first
// screen, from the passport's own code and words loaded on demand, so the popup's emergency
// numbers never wait for it; nothing while the passport is locked (its reviews are sealed).
import { useEffect, useState } from 'preact/hooks';
import { loadCatalogue } from '../../utils/i18n/catalogue-loader';
import { createTranslator, type Catalog, type Translate } from '../../utils/i18n/translator';
import type { Language } from '../../utils/taxonomy';
import type { DueSettingsReview } from '../../utils/passport/settings-review-reminders';

const words = import.meta.glob<Catalog>(
  ['../../utils/i18n/locales/*/passport-child.json', '../../utils/i18n/locales/*/passport-settings-reviews.json'],
  { import: 'default', query: '?icu' },
);

async function readDue(language: Language): Promise<{ due: DueSettingsReview[]; t: Translate }> {
  const [reminders, versions, catalogue] = await Promise.all([
    import('../../utils/passport/settings-review-reminders'),
    import('../../utils/guide/checklist-version'),
    loadCatalogue(words, language),
  ]);
  const due = await reminders.readDueSettingsReviews(new Date(), versions.checklistVersionOf);
  return { due, t: createTranslator(catalogue, language) };
}

export function DueReviews({ language, passportUrl }: { language: Language; passportUrl: string }) {
  const [shown, setShown] = useState<{ due: DueSettingsReview[]; t: Translate } | undefined>(undefined);
  useEffect(() => {
    let live = true;
    readDue(language).then((read) => live && setShown(read), () => undefined);
    return () => {
      live = false;
    };
  }, [language]);
  if (!shown || shown.due.length === 0) return null;
  const { due, t } = shown;
  return (
    <ul class="due-reviews" aria-label={t('passport.settingsReviews.title')}>
      {due.map((review) => (
        <li key={review.reviewId}>
          <a href={`${passportUrl}#child/${review.childId}`} target="_blank" rel="noopener">
            {t('passport.settingsReviews.reminderTitle', { platform: t(`passport.platform.${review.platform}`), name: review.childName })}
          </a>
        </li>
      ))}
    </ul>
  );
}
