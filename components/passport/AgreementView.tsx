// One agreement: its words, who agreed and when, when to look at it again, its review history,
// and the form to review it together. Review notifications open this view.
import { useState } from 'preact/hooks';
import { readAgreement, readChild, deleteAgreement } from '../../utils/passport/store';
import { agreementDueForReview, reviewStatus, todayIso } from '../../utils/passport/reviews';
import type { Agreement, Child } from '../../utils/passport/types';
import { AgreementForm } from './AgreementForm';
import { ConfirmDialog } from './ConfirmDialog';
import { intervalLabel, topicLabel } from './labels';
import { LoadingOr } from './Loading';
import { useLocale } from './locale';
import { navigate } from './navigation';
import { PageHeading } from './PageHeading';
import { ReviewBadge } from './ReviewBadge';
import { ReviewForm } from './ReviewForm';
import { ReviewHistory } from './ReviewHistory';
import { useLoaded } from './use-loaded';

function Breadcrumb({ child }: { child: Child }) {
  const { t } = useLocale();
  return (
    <nav aria-label={t('passport.breadcrumb')} class="breadcrumb">
      <a href="#">{t('passport.home.title')}</a> <span aria-hidden="true">›</span> <a href={`#child/${child.id}`}>{child.name}</a>
    </nav>
  );
}

function AgreementDetails({ agreement, child }: { agreement: Agreement; child: Child }) {
  const { t, day } = useLocale();
  const [confirming, setConfirming] = useState(false);
  const topic = topicLabel(t, agreement);
  const due = agreementDueForReview(agreement);
  const title = t('passport.agreement.title', { topic });
  return (
    <article class="agreement">
      <Breadcrumb child={child} />
      <PageHeading>{title}</PageHeading>
      <blockquote class="agreed-words">{agreement.words}</blockquote>
      <dl class="facts">
        <dt>{t('passport.agreement.agreedBy')}</dt>
        <dd>{agreement.agreedBy.join(', ')}</dd>
        <dt>{t('passport.agreement.agreedOn')}</dt>
        <dd>{day(agreement.agreedOn)}</dd>
        <dt>{t('passport.agreement.reviewEvery')}</dt>
        <dd>{intervalLabel(t, agreement.reviewEveryDays)}</dd>
        <dt>{t('passport.agreement.nextReview')}</dt>
        <dd>
          {day(due)} <ReviewBadge status={reviewStatus(agreement, todayIso())} />
        </dd>
      </dl>
      <p class="actions no-print">
        <a class="button" href={`#agreement/${agreement.id}/edit`}>
          {t('passport.agreement.edit')}
        </a>
        <button type="button" class="danger-quiet" onClick={() => setConfirming(true)}>
          {t('passport.agreement.delete')}
        </button>
      </p>
      <ReviewHistory agreement={agreement} />
      {/* A fresh form after each review saved. */}
      <ReviewForm key={agreement.reviews.length} agreement={agreement} child={child} />
      {confirming && (
        <ConfirmDialog
          id="delete-agreement"
          title={t('passport.agreement.deleteTitle', { topic })}
          confirmLabel={t('passport.agreement.deleteConfirm')}
          onClose={() => setConfirming(false)}
          onConfirm={async () => {
            await deleteAgreement(agreement.id);
            navigate({ view: 'child', childId: child.id }, t('passport.agreement.deleted', { topic }));
          }}
        >
          <p>{t('passport.agreement.deleteText', { name: child.name })}</p>
        </ConfirmDialog>
      )}
    </article>
  );
}

export function AgreementView({ agreementId, edit }: { agreementId: string; edit: boolean }) {
  const { t } = useLocale();
  const loaded = useLoaded(async () => {
    const agreement = await readAgreement(agreementId);
    const child = agreement && (await readChild(agreement.childId));
    return agreement && child ? { agreement, child } : undefined;
  }, [agreementId]);
  return (
    <LoadingOr loaded={loaded}>
      {({ agreement, child }) =>
        edit ? (
          <section>
            <Breadcrumb child={child} />
            <PageHeading>{t('passport.agreement.editTitle')}</PageHeading>
            <AgreementForm child={child} agreement={agreement} />
          </section>
        ) : (
          <AgreementDetails agreement={agreement} child={child} />
        )
      }
    </LoadingOr>
  );
}
