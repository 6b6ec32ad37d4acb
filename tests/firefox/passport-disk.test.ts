// What the passport leaves in Firefox's profile folder: a child, an incident and a half-written
// form typed through the page, the lock turned on, the passport used while locked, then Firefox
// closed and every file of the profile read, all bytes (as tests/e2e/passport-disk.test.ts does in
// Chromium). Firefox keeps each IndexedDB database in a SQLite file of its own: turning the lock on
// moves the passport to a new database and deletes the old one (utils/storage/places.ts). Firefox
// also overwrites deleted rows itself, so the canaries were already gone before that rewrite; the
// deleted file is what this test adds.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ElementHandle, Page } from 'puppeteer-core';
import { launchVigieInFirefox, type FirefoxVigie } from './harness';
import { byLabel, byText, click, type, waitForText } from './by-text';
import { findInFiles } from '../e2e/profile-files';

const PASSPHRASE = 'purple otter reads maps';
// Random letters, none shared between canaries: Firefox compresses what it stores (snappy), which
// would replace a sequence of letters already seen in the same record by a reference to it.
const token = () => Array.from(randomBytes(14), (byte) => String.fromCharCode(65 + (byte % 26) + (byte & 32))).join('');
const CANARIES = { name: token(), incident: token(), draftInClear: token(), draftLocked: token() };

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the Firefox profile folder after the lock is on and Firefox is closed', () => {
  const profile = mkdtempSync(join(tmpdir(), 'vigie-firefox-profile-'));
  let vigie: FirefoxVigie;
  let page: Page;
  let before: Record<string, string[]>;
  afterAll(async () => {
    await vigie?.close().catch(() => undefined);
    rmSync(profile, { recursive: true, force: true });
  });

  beforeAll(async () => {
    vigie = await launchVigieInFirefox({ profile });
    page = await vigie.openExtensionPage('passport.html');
    await click(byText(page, 'a', "Start a child's passport"));
    await type(await byLabel(page, 'First name or nickname'), CANARIES.name);
    await (await byLabel(page, 'Age')).select('11-12');
    await click(byText(page, 'button', 'Start the passport'));
    await waitForText(page, `${CANARIES.name}'s passport has started.`);
    await click(byText(page, 'a', 'Record an incident'));
    // Firefox's date and time field takes digits in its locale's order (see portability.test.ts).
    await (await byLabel(page, 'When did it happen?')).focus();
    await page.keyboard.type('010820250630P');
    await type(await byLabel(page, 'What happened'), CANARIES.incident);
    await click(byText(page, 'button', 'Save the incident'));
    await waitForText(page, 'Incident recorded.');
    await click(byText(page, 'a', 'Record an incident'));
    await type(await byLabel(page, 'What happened'), CANARIES.draftInClear);
    await pause(1000);
    before = findInFiles(profile, Object.values(CANARIES));

    await click(byText(page, 'nav a', 'Children'));
    await click(byText(page, 'a', 'Lock with a passphrase'));
    await type(await byLabel(page, 'Passphrase for the lock'), PASSPHRASE);
    await type(await byLabel(page, 'Type the passphrase again'), PASSPHRASE);
    await click(byText(page, 'button', 'Continue'));
    await click(byLabel(page, 'I have written the recovery code down and will keep it safe'));
    await click(byText(page, 'button', 'Turn on the lock'));
    await waitForText(page, 'The lock is on');
    await click(byText(page, '.child-card a', CANARIES.name));
    await click(byText(page, 'a', 'Record an incident'));
    await type(await byLabel(page, 'What happened'), CANARIES.draftLocked);
    await pause(1000);
    await click(byText(page, 'nav a', 'Children'));
    await pause(500);
    await vigie.close();
  }, 240_000);

  it('held the child and the incident in its files before the lock (the search can find them)', () => {
    expect(before[CANARIES.incident]).toBeDefined();
    expect(before[CANARIES.name]).toBeDefined();
  });

  it("deleted the database file that held them: Firefox removes a deleted database's files", () => {
    const held = new Set(Object.values(before).flat().map((file) => file.replace(/-wal$/, '')));
    expect(held.size).toBeGreaterThan(0);
    for (const file of held) {
      expect(existsSync(join(profile, file)), file).toBe(false);
      expect(existsSync(join(profile, `${file}-wal`)), `${file}-wal`).toBe(false);
      expect(existsSync(join(profile, file.replace(/\.sqlite$/, '.files'))), 'its .files folder').toBe(false);
    }
  });

  it('holds none of them anywhere afterwards: IndexedDB, places.sqlite, the session store or any other file', () => {
    expect(findInFiles(profile, Object.values(CANARIES))).toEqual({});
    expect(vigie.strayRequests).toEqual([]);
  });
});
