// The passport's first page: the children, each with their next review, or, before the first
// child, what the passport is, how to start, and the lock offered before anything is written.
import { useEffect } from 'preact/hooks';
import { listAgreements, listChildren } from '../../utils/passport/store';
import { agreementDueForReview, byReviewDate, reviewStatus, todayIso } from '../../utils/passport/reviews';
import type { Agreement, Child } from '../../utils/passport/types';
import { ReviewBadge } from './ReviewBadge';
import { LoadingOr } from './Loading';
import { PageHeading } from './PageHeading';
import { useLocale } from './locale';
import { Safekeeping } from './Safekeeping';
import { useLoaded } from './use-loaded';
import { lockView } from './use-lock';

function AboutThePassport() {
  const { t } = useLocale();
  return (
    <section class="about" aria-labelledby="about-title">
      <h2 id="about-title">{t('passport.about.title')}</h2>
      <p>{t('passport.about.together')}</p>
      <p>{t('passport.about.childPart')}</p>
      <p>{t('passport.about.optional')}</p>
      <p>{t('passport.about.agency')}</p>
    </section>
  );
}

/** Before the first record, the lock is offered: turned on now, nothing is ever written in clear. */
function LockFirst() {
  const { t } = useLocale();
  if (lockView.value !== 'off') return null;
  return (
    <section class="passport-section lock-first" aria-labelledby="lock-first-title">
      <h2 id="lock-first-title">{t('portability.lock.firstTitle')}</h2>
      <p>{t('portability.lock.firstWhat')}</p>
      <p>
        <a class="button" href="#lock">{t('portability.lock.firstLink')}</a>
      </p>
    </section>
  );
}

function ChildCard({ child, agreements }: { child: Child; agreements: Agreement[] }) {
  const { t, day } = useLocale();
  const next = byReviewDate(agreements)[0];
  return (
    <li class="card child-card">
      <h2>
        <a href={`#child/${child.id}`}>{child.name}</a>
      </h2>
      <p class="muted">{t(`passport.ageBand.${child.ageBand}`)}</p>
      <p>
        {next ? (
          <>
            {t('passport.home.nextReview', { date: day(agreementDueForReview(next)) })}{' '}
            <ReviewBadge status={reviewStatus(next, todayIso())} />
          </>
        ) : (
          t('passport.home.noAgreements')
        )}
      </p>
    </li>
  );
}

/** Read by the benchmark (tests/bench/measures/passport.mjs): navigation start → household on screen. */
export const PASSPORT_READY_MARK = 'vigie:passport-ready';

/** Marks the first time the household is shown; a Preact effect runs after the frame that painted it. */
function useReadyMark(ready: boolean) {
  useEffect(() => {
    if (ready && performance.getEntriesByName(PASSPORT_READY_MARK, 'mark').length === 0) performance.mark(PASSPORT_READY_MARK);
  }, [ready]);
}

export function Home() {
  const { t } = useLocale();
  const loaded = useLoaded(async () => {
    const [children, agreements] = await Promise.all([listChildren(), listAgreements()]);
    return { children, agreements };
  }, []);
  useReadyMark(loaded.state === 'ready');
  return (
    <section>
      <PageHeading>{t('passport.home.title')}</PageHeading>
      <LoadingOr loaded={loaded}>
        {({ children, agreements }) =>
          children.length === 0 ? (
            <>
              <p class="lead">{t('passport.home.emptyLead')}</p>
              <p>
                <a class="button primary" href="#child/new">
                  {t('passport.home.addFirstChild')}
                </a>
              </p>
              <LockFirst />
              <Safekeeping hasChildren={false} />
              <AboutThePassport />
            </>
          ) : (
            <>
              <ul class="card-list">
                {children.map((child) => (
                  <ChildCard key={child.id} child={child} agreements={agreements.filter((a) => a.childId === child.id)} />
                ))}
              </ul>
              <p>
                <a class="button" href="#child/new">
                  {t('passport.home.addChild')}
                </a>
              </p>
              <Safekeeping hasChildren />
              <AboutThePassport />
            </>
          )
        }
      </LoadingOr>
    </section>
  );
}
