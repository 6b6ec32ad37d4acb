// The hand-over, when a child moves on (`#move/<childId>`): first give the passport to the next
// carer or the social worker (print it, or export it as a file), then delete it from this browser
// after a clear confirmation. The fostering service's own record-keeping rules come first: the
// page says so (research/NOTES.md, "Fostering agencies' record-keeping rules").
import { useState } from 'preact/hooks';
import { listChildren, readChildRecord } from '../../utils/passport/store';
import type { Child, ChildRecord } from '../../utils/passport/types';
import { DeleteChildButton } from './DeleteChildButton';
import { ExportForm } from './ExportForm';
import { LoadingOr } from './Loading';
import { useLocale } from './locale';
import { PageHeading } from './PageHeading';
import { useLoaded } from './use-loaded';

function DeleteStep({ record, handedOver }: { record: ChildRecord; handedOver: boolean }) {
  const { t } = useLocale();
  const { child } = record;
  return (
    <li class="step">
      <h2 id="move-step-delete">{t('portability.move.deleteTitle', { name: child.name })}</h2>
      <p>{t('portability.move.deleteWhat', { name: child.name })}</p>
      <DeleteChildButton
        dialogId="move-delete"
        record={record}
        openLabel={t('portability.move.deleteOpen', { name: child.name })}
        warning={handedOver ? undefined : t('portability.move.notHandedOver', { name: child.name })}
        cannotUndo={t('portability.move.cannotUndo')}
        doneMessage={t('portability.move.done', { name: child.name })}
      />
    </li>
  );
}

function GiveStep({ child, children, onExported }: { child: Child; children: Child[]; onExported(name: string): void }) {
  const { t } = useLocale();
  return (
    <li class="step">
      <h2 id="move-step-give">{t('portability.move.giveTitle')}</h2>
      <p>{t('portability.move.giveWhat', { name: child.name })}</p>
      <h3>{t('portability.move.printTitle')}</h3>
      <p>
        <a class="button" href={`#print/${child.id}`}>
          {t('portability.move.print', { name: child.name })}
        </a>
      </p>
      <h3>{t('portability.move.exportTitle')}</h3>
      <p>{t('portability.move.exportWhat')}</p>
      <ExportForm children={children} childId={child.id} onExported={onExported} />
    </li>
  );
}

export function HandOver({ childId }: { childId: string }) {
  const { t } = useLocale();
  const loaded = useLoaded(async () => {
    const [record, children] = await Promise.all([readChildRecord(childId), listChildren()]);
    return record && { record, children };
  }, [childId]);
  const [exported, setExported] = useState<string>();
  return (
    <LoadingOr loaded={loaded}>
      {({ record, children }) => {
        const { child } = record;
        const title = t('portability.move.title', { name: child.name });
        return (
          <section class="hand-over">
            <nav aria-label={t('passport.breadcrumb')} class="breadcrumb">
              <a href="#">{t('passport.home.title')}</a>
              <span aria-hidden="true">›</span>
              <a href={`#child/${child.id}`}>{child.name}</a>
            </nav>
            <PageHeading>{title}</PageHeading>
            <p class="lead">{t('portability.move.lead', { name: child.name })}</p>
            <div class="notice">
              <p>{t('portability.move.agency', { name: child.name })}</p>
            </div>
            <ol class="steps">
              <GiveStep child={child} children={children} onExported={setExported} />
              <DeleteStep record={record} handedOver={exported !== undefined} />
            </ol>
          </section>
        );
      }}
    </LoadingOr>
  );
}
