// The times in a passport file that a merge trusts (utils/passport/import-plan.ts keeps the newer
// of two versions by `updatedAt`), checked against the file's own `exportedAt`: a record cannot
// have changed after the file was made, and a file cannot be made tomorrow. A far-future time
// would otherwise replace a local edit and then silently win against every later genuine one.
// Such a file is refused, with the path of the first bad time. Pure.
import { fail } from './import-problems';
import type { ChildRecord } from './types';
import { at, index } from './validate-kit';

/** How far ahead of this computer's clock the exporting computer's clock may be. */
export const CLOCK_ALLOWANCE_MS = 24 * 60 * 60 * 1000;

/** Throws ImportProblemError('exportedInFuture' | 'afterExport'). */
export function checkTimes(exportedAt: string, children: readonly ChildRecord[], now = Date.now()): void {
  const exported = Date.parse(exportedAt);
  if (exported > now + CLOCK_ALLOWANCE_MS) fail('exportedInFuture', 'exportedAt', { exportedAt });
  const notAfterExport = (time: string | undefined, path: string) => {
    if (time !== undefined && Date.parse(time) > exported) fail('afterExport', path, { exportedAt });
  };
  children.forEach(({ child, agreements, incidents, celebrations, settingsReviews }, i) => {
    const path = index('children', i);
    const childPath = at(path, 'child');
    notAfterExport(child.createdAt, at(childPath, 'createdAt'));
    notAfterExport(child.updatedAt, at(childPath, 'updatedAt'));
    notAfterExport(child.voice.updatedAt, at(at(childPath, 'voice'), 'updatedAt'));
    for (const [kind, items] of [['agreements', agreements], ['incidents', incidents], ['settingsReviews', settingsReviews]] as const) {
      items.forEach((item, j) => {
        notAfterExport(item.createdAt, at(index(at(path, kind), j), 'createdAt'));
        notAfterExport(item.updatedAt, at(index(at(path, kind), j), 'updatedAt'));
      });
    }
    celebrations.forEach((item, j) => notAfterExport(item.createdAt, at(index(at(path, 'celebrations'), j), 'createdAt')));
  });
}
