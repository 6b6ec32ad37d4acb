// The store under the lock means the same as the store in clear: the same whole-record writes
// (an import's merge, replace and replace-all) from the same starting point give the same passport.
import { deleteEveryDatabase } from '../../support/databases';
import { afterEach, describe, expect, it } from 'vitest';
import { resetConnection } from '../../../utils/storage/db';
import { prepareLock } from '../../../utils/passport/lock';
import { endSession } from '../../../utils/passport/lock-state';
import { readAllChildRecords, writeChildRecords } from '../../../utils/passport/store';
import type { ChildRecord } from '../../../utils/passport/types';
import { makeHousehold } from '../../fixtures/passport/household';

afterEach(async () => {
  endSession();
  await resetConnection();
  await deleteEveryDatabase();
});

const byId = <T extends { id: string }>(items: T[]) => [...items].sort((a, b) => a.id.localeCompare(b.id));
const normalised = (records: ChildRecord[]) =>
  records.map((r) => ({ ...r, agreements: byId(r.agreements), incidents: byId(r.incidents), celebrations: byId(r.celebrations) }));

/** The household here, and a file bringing a changed child (one item changed, one new) and a new child. */
function scenario() {
  const here = makeHousehold({ children: 3, agreements: 9, incidents: 6, seed: 5 });
  const [first] = structuredClone(here);
  const changed: ChildRecord = {
    ...first!,
    child: { ...first!.child, devices: ['a new laptop'] },
    agreements: [{ ...first!.agreements[0]!, words: 'Changed words' }, { ...first!.agreements[0]!, id: 'brand-new-agreement', words: 'New agreement' }],
    incidents: [],
    celebrations: [],
  };
  const newcomer = makeHousehold({ children: 1, agreements: 2, incidents: 1, seed: 99 })[0]!;
  newcomer.child.id = 'newcomer';
  for (const kind of ['agreements', 'incidents', 'celebrations', 'settingsReviews'] as const) {
    newcomer[kind].forEach((item, i) => Object.assign(item, { id: `newcomer-${kind}-${i}`, childId: 'newcomer' }));
  }
  return { here, incoming: [changed, newcomer] };
}

async function afterWriting(mode: 'merge' | 'replace' | 'replace-all', locked: boolean) {
  endSession();
  await resetConnection();
  await deleteEveryDatabase();
  const { here, incoming } = scenario();
  await writeChildRecords(here, 'replace-all');
  if (locked) await (await prepareLock('purple otter reads maps')).commit();
  await writeChildRecords(incoming, mode);
  return normalised(await readAllChildRecords());
}

describe('whole-record writes under the lock', { timeout: 60_000 }, () => {
  for (const mode of ['merge', 'replace', 'replace-all'] as const) {
    it(`${mode}: the same passport as in clear`, async () => {
      const clear = await afterWriting(mode, false);
      const sealed = await afterWriting(mode, true);
      expect(sealed).toEqual(clear);
      // And the writes did something: the changed child has the file's words.
      expect(clear.flatMap((r) => r.agreements).some((a) => a.words === 'Changed words')).toBe(true);
    });
  }
});
