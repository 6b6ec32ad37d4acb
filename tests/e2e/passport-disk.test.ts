// What the passport leaves in the browser's profile folder, in real Chromium: a household is
// written in clear, the lock is turned on through the page, the passport is used while locked (a
// child's page, a half-written incident, printing), then the browser is closed and every file of
// the profile is read, all bytes. No canary may be anywhere: not in IndexedDB's files (rows
// deleted when sealing stay in LevelDB's log until a compaction; utils/storage/places.ts), not in
// History or the session files (page titles, form fields; components/passport/tab-title.ts,
// hidden-forms.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchVigie, type Vigie } from './harness';
import { turnLockOn } from './portability-kit';
import { household, seed, SECRETS } from './portability-helpers';
import { findInFiles } from './profile-files';

const CANARIES = {
  ...SECRETS,
  worries: 'Canary worry about the bus stop',
  handle: 'zeph_builds',
  draftInClear: 'Canary draft typed before the lock',
  draftLocked: 'Canary draft typed while locked',
};

function householdWithWorries() {
  const records = household();
  records[0]!.child.voice.worries = CANARIES.worries;
  return records;
}

describe('the profile folder after the lock is on and the browser is closed', () => {
  let vigie: Vigie;
  let before: Record<string, string[]>;

  beforeAll(async () => {
    vigie = await launchVigie();
    const page = await vigie.openPassport();
    await page.getByRole('link', { name: 'Import a passport file' }).waitFor();
    await seed(page, householdWithWorries());
    await page.reload();
    await page.getByRole('link', { name: SECRETS.firstName }).click();
    await page.getByRole('link', { name: 'Record an incident' }).first().click();
    await page.getByLabel('What happened').fill(CANARIES.draftInClear);
    await page.waitForTimeout(500);
    before = findInFiles(vigie.profile, Object.values(CANARIES));

    await turnLockOn(page);
    await page.getByRole('link', { name: SECRETS.firstName }).click();
    await page.getByRole('link', { name: 'Record an incident' }).first().click();
    await page.getByLabel('What happened').fill(CANARIES.draftLocked);
    await page.waitForTimeout(500);
    await page.goto(page.url().replace(/#.*$/, '#print'));
    await page.getByText(SECRETS.incident).first().waitFor();
    await page.goto(page.url().replace(/#.*$/, '#'));
    await page.getByRole('link', { name: SECRETS.firstName }).waitFor();
    await page.waitForTimeout(1000);
    await vigie.closeBrowser();
  }, 180_000);
  afterAll(() => vigie?.close());

  it('held the canaries in the browser files before the lock (the search can find them)', () => {
    for (const canary of [SECRETS.incident, CANARIES.worries, CANARIES.handle, SECRETS.firstName]) expect(before[canary], canary).toBeDefined();
  });

  it('holds none of them anywhere afterwards: IndexedDB, History, Sessions or any other file', () => {
    expect(findInFiles(vigie.profile, Object.values(CANARIES))).toEqual({});
    expect(vigie.strayRequests).toEqual([]);
  });
});
