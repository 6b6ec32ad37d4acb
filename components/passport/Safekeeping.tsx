// "Keeping the passport safe", on the first page: when it was last exported (the footer says that
// removing Vigie deletes the passport), and the ways to export, import, print and lock it. Also, on a child's page,
// the way to hand their passport over when they move on.
import { LastExport, useLastExport } from './BackupSettings';
import { useLocale } from './locale';
import { lockView } from './use-lock';

export function Safekeeping({ hasChildren }: { hasChildren: boolean }) {
  const { t } = useLocale();
  const last = useLastExport();
  return (
    <section class="passport-section safekeeping no-print" aria-labelledby="safekeeping-title">
      <h2 id="safekeeping-title">{t('portability.safe.title')}</h2>
      {hasChildren && <LastExport last={last} />}
      <ul class="actions plain">
        {hasChildren && (
          <li>
            <a class="button" href="#export">{t('portability.safe.export')}</a>
          </li>
        )}
        <li>
          <a class="button" href="#import">{t('portability.safe.import')}</a>
        </li>
        {hasChildren && (
          <li>
            <a class="button" href="#print">{t('portability.safe.print')}</a>
          </li>
        )}
        <li>
          <a class="button" href="#lock">{t(lockView.value === 'unlocked' ? 'portability.safe.lockOn' : 'portability.safe.lock')}</a>
        </li>
      </ul>
    </section>
  );
}

export function ChildSafekeeping({ childId, name }: { childId: string; name: string }) {
  const { t } = useLocale();
  return (
    <section class="passport-section no-print" aria-labelledby="child-safe-title">
      <h2 id="child-safe-title">{t('portability.safe.childTitle', { name })}</h2>
      <p>{t('portability.safe.childWhat', { name })}</p>
      <ul class="actions plain">
        <li>
          <a class="button" href={`#move/${childId}`}>{t('portability.safe.handOver', { name })}</a>
        </li>
        <li>
          <a class="button" href={`#export/${childId}`}>{t('portability.safe.exportChild', { name })}</a>
        </li>
        <li>
          <a class="button" href={`#print/${childId}`}>{t('portability.safe.printChild', { name })}</a>
        </li>
      </ul>
    </section>
  );
}
