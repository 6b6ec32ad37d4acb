// The export page (`#export`, or `#export/<childId>` with that child chosen): what the file holds,
// the form, when the last copy was made, and the monthly reminder.
import { listChildren } from '../../utils/passport/store';
import { BackupSettings, LastExport, useLastExport } from './BackupSettings';
import { ExportForm } from './ExportForm';
import { LoadingOr } from './Loading';
import { useLocale } from './locale';
import { PageHeading } from './PageHeading';
import { useLoaded } from './use-loaded';

export function ExportView({ childId }: { childId?: string }) {
  const { t } = useLocale();
  const loaded = useLoaded(listChildren, []);
  const last = useLastExport();
  return (
    <section>
      <nav aria-label={t('passport.breadcrumb')} class="breadcrumb">
        <a href="#">{t('passport.home.title')}</a>
      </nav>
      <PageHeading>{t('portability.export.title')}</PageHeading>
      <p class="lead">{t('portability.export.lead')}</p>
      <p>{t('portability.export.otherBrowser')}</p>
      <LastExport last={last} />
      <LoadingOr loaded={loaded}>
        {(children) =>
          children.length === 0 ? (
            <p class="notice">{t('portability.export.nothing')}</p>
          ) : (
            <ExportFormFor children={children} childId={childId} />
          )
        }
      </LoadingOr>
      <BackupSettings />
    </section>
  );
}

/** A child id in the address that is not (or no longer) in the passport falls back to the choice. */
function ExportFormFor({ children, childId }: { children: Parameters<typeof ExportForm>[0]['children']; childId?: string }) {
  const preset = children.some((c) => c.id === childId) ? childId : undefined;
  return <ExportForm key={preset ?? 'all'} children={children} initialTarget={preset} />;
}
