// The forms that belong to one child (about, digital life, their own part, a new agreement,
// incident or celebration): loads the child's record, then shows the form under a breadcrumb.
import type { IncidentPrefill } from '../../utils/passport/forms';
import type { ChildSection } from '../../utils/passport/route';
import { readChildRecord } from '../../utils/passport/store';
import type { ChildRecord } from '../../utils/passport/types';
import { AgreementForm } from './AgreementForm';
import { CelebrationForm } from './CelebrationForm';
import { ChildAboutForm } from './ChildAboutForm';
import { DigitalLifeForm } from './DigitalLifeForm';
import { IncidentForm } from './IncidentForm';
import { LoadingOr } from './Loading';
import { useLocale } from './locale';
import { PageHeading } from './PageHeading';
import { useLoaded } from './use-loaded';
import { VoiceForm } from './VoiceForm';

const TITLES: Record<ChildSection, string> = {
  edit: 'passport.child.editTitle',
  digital: 'passport.digital.editTitle',
  voice: 'passport.voice.editTitle',
  'agreement/new': 'passport.agreement.newTitle',
  'incident/new': 'passport.incident.newTitle',
  'celebration/new': 'passport.celebration.newTitle',
};

function SectionForm({ record, section, prefill }: { record: ChildRecord; section: ChildSection; prefill?: IncidentPrefill }) {
  switch (section) {
    case 'edit':
      return <ChildAboutForm child={record.child} />;
    case 'digital':
      return <DigitalLifeForm child={record.child} />;
    case 'voice':
      return <VoiceForm child={record.child} />;
    case 'agreement/new':
      return <AgreementForm child={record.child} />;
    case 'incident/new':
      return <IncidentForm child={record.child} prefill={prefill} />;
    case 'celebration/new':
      return <CelebrationForm child={record.child} />;
  }
}

export function ChildSectionView({ childId, section, prefill }: { childId: string; section: ChildSection; prefill?: IncidentPrefill }) {
  const { t } = useLocale();
  const loaded = useLoaded(() => readChildRecord(childId), [childId]);
  return (
    <LoadingOr loaded={loaded}>
      {(record) => {
        const title = t(TITLES[section], { name: record.child.name });
        return (
          <section>
            <nav aria-label={t('passport.breadcrumb')} class="breadcrumb">
              <a href="#">{t('passport.home.title')}</a> <span aria-hidden="true">›</span> <a href={`#child/${childId}`}>{record.child.name}</a>
            </nav>
            <PageHeading>{title}</PageHeading>
            <SectionForm record={record} section={section} prefill={prefill} />
          </section>
        );
      }}
    </LoadingOr>
  );
}
