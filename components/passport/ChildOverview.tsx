// A child's page: at a glance (next reviews, recent incidents, what they enjoy), then the whole
// passport as one readable document (agreements, their own part, digital life, the adults,
// incidents, celebrations), which is also what prints. The child's own part is folded on screen
// until opened (use-voice-fold.ts); what the child enjoys, in their words, shows only then.
import { useState } from 'preact/hooks';
import { readChildRecord } from '../../utils/passport/store';
import { todayIso } from '../../utils/passport/reviews';
import { AtAGlance } from './AtAGlance';
import { DeleteChild } from './DeleteChild';
import { LoadingOr } from './Loading';
import { useLocale } from './locale';
import { OverviewAgreements } from './OverviewAgreements';
import { OverviewSettingsReviews } from './OverviewSettingsReviews';
import { OverviewAdults, OverviewDigitalLife, OverviewVoice } from './OverviewChild';
import { OverviewCelebrations, OverviewIncidents } from './OverviewIncidents';
import { PageHeading } from './PageHeading';
import { ChildSafekeeping } from './Safekeeping';
import { useLoaded } from './use-loaded';
import { useVoiceFold } from './use-voice-fold';

function PrintOptions({ name }: { name: string }) {
  const { t } = useLocale();
  const [withVoice, setWithVoice] = useState(false);
  return (
    <div class={`print-options no-print${withVoice ? '' : ' print-without-voice'}`}>
      <div class="choice">
        <input type="checkbox" id="print-with-voice" checked={withVoice} onChange={(e) => setWithVoice(e.currentTarget.checked)} />
        <label for="print-with-voice">{t('passport.print.withVoice', { name })}</label>
      </div>
      <button type="button" onClick={() => print()}>
        {t('passport.print.button')}
      </button>
    </div>
  );
}

export function ChildOverview({ childId }: { childId: string }) {
  const { t, day } = useLocale();
  const loaded = useLoaded(() => readChildRecord(childId), [childId]);
  const [voiceOpen, setVoiceOpen] = useVoiceFold(childId);
  return (
    <LoadingOr loaded={loaded}>
      {(record) => {
        const { child } = record;
        return (
          <article class="child-passport">
            <nav aria-label={t('passport.breadcrumb')} class="breadcrumb no-print">
              <a href="#">{t('passport.home.title')}</a>
            </nav>
            <header class="child-header">
              <PageHeading>{child.name}</PageHeading>
              <p class="muted">
                {t(`passport.ageBand.${child.ageBand}`)} · {t('passport.child.since', { date: day(child.createdAt.slice(0, 10)) })}
              </p>
              <p class="print-only muted">{t('passport.print.header', { date: day(todayIso()) })}</p>
            </header>
            <AtAGlance record={record} voiceOpen={voiceOpen} />
            <OverviewAgreements record={record} />
            <OverviewSettingsReviews record={record} />
            <OverviewVoice child={child} fold={{ open: voiceOpen, setOpen: setVoiceOpen }} />
            <OverviewDigitalLife child={child} />
            <OverviewAdults child={child} />
            <OverviewIncidents record={record} />
            <OverviewCelebrations record={record} />
            <PrintOptions name={child.name} />
            <ChildSafekeeping childId={child.id} name={child.name} />
            <DeleteChild record={record} />
          </article>
        );
      }}
    </LoadingOr>
  );
}
