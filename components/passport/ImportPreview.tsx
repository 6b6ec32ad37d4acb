// What an import would do, child by child, for the strategy chosen: new children, identical ones,
// ones that differ (items added, updated because the file's copy is newer, kept because this
// browser's copy is newer), and children only in this browser (kept by a merge, deleted by a
// replace). Nothing here writes.
import type { ChildPreview, ImportPreview, ImportStrategy, ItemCounts } from '../../utils/passport/import-plan';
import { useLocale } from './locale';

const KINDS = ['agreements', 'incidents', 'celebrations', 'settingsReviews'] as const;

function MergeDetails({ child }: { child: ChildPreview }) {
  const { t } = useLocale();
  const lines = KINDS.map((kind) => [kind, child.counts[kind]] as [string, ItemCounts])
    .filter(([, c]) => c.added + c.updated + c.keptNewer > 0);
  if (lines.length === 0 && !child.detailsDiffer) return null;
  return (
    <ul class="preview-details">
      {child.detailsDiffer && <li>{t(child.takesFileDetails ? 'portability.import.detailsFromFile' : 'portability.import.detailsKept')}</li>}
      {lines.map(([kind, c]) => (
        <li key={kind}>{t(`portability.import.counts.${kind}`, { added: c.added, updated: c.updated, kept: c.keptNewer })}</li>
      ))}
    </ul>
  );
}

function ChildLine({ child, strategy }: { child: ChildPreview; strategy: ImportStrategy }) {
  const { t } = useLocale();
  const total = (side: 'added' | 'onlyHere') => ({
    agreements: child.counts.agreements[side],
    incidents: child.counts.incidents[side],
    celebrations: child.counts.celebrations[side],
  });
  let text: string;
  if (child.status === 'new') text = t('portability.import.status.new', total('added'));
  else if (child.status === 'same') text = t('portability.import.status.same');
  else if (child.status === 'onlyHere') text = t(`portability.import.status.onlyHere.${strategy}`, total('onlyHere'));
  else text = t(`portability.import.status.differs.${strategy}`);
  // The name that will be there afterwards: a replace takes the file's, a merge the newer one.
  const name = strategy === 'replace' && child.status !== 'onlyHere' ? child.fileName : child.name;
  return (
    <li class={`preview-child preview-${child.status}`}>
      <strong>{name}</strong> — {text}
      {child.status === 'differs' && strategy === 'merge' && <MergeDetails child={child} />}
    </li>
  );
}

export function ImportPreviewList({ preview, strategy }: { preview: ImportPreview; strategy: ImportStrategy }) {
  const { t } = useLocale();
  return (
    <>
      <p>{t('portability.import.totals', preview.totals)}</p>
      <ul class="preview-list">
        {preview.children.map((child) => (
          <ChildLine key={child.id} child={child} strategy={strategy} />
        ))}
      </ul>
    </>
  );
}
