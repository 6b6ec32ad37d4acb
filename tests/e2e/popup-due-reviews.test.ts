// Issue 16, point 5: a child's settings review due again shows as a line in the toolbar popup
// ("Instagram settings for Zéphyrine: due for a re-check", the review finished more than 90 days
// ago), leading to that child's passport; a review not due shows nothing. The emergency numbers
// are painted first; the line comes after, from the passport's own database. No request.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, describeViolations, launchVigie, type Vigie } from './harness';
import { household, SECRETS, seed } from './portability-helpers';
import reviewWords from '../../utils/i18n/locales/en/passport-settings-reviews.json';

const dueLine = (name: string) => reviewWords['passport.settingsReviews.reminderTitle'].replace('{platform}', 'Instagram').replace('{name}', name);

describe('the popup names the settings reviews due again', () => {
  let vigie: Vigie;
  beforeAll(async () => {
    vigie = await launchVigie({ lang: 'en-GB' });
  });
  afterAll(async () => {
    await vigie?.close();
  });

  it('says nothing while no review is due', async () => {
    const popup = await vigie.openPopup();
    await popup.locator('footer.bottom a').first().waitFor();
    await popup.waitForTimeout(500);
    expect(await popup.locator('.due-reviews').count()).toBe(0);
    await popup.close();
  });

  it('gives one line per review due, leading to the child’s passport', async () => {
    const passport = await vigie.openPassport();
    await passport.getByRole('link', { name: 'Import a passport file' }).waitFor();
    // The household's one review was finished on 2025-01-10: more than 90 days ago.
    await seed(passport, household());
    const popup = await vigie.openPopup();
    const line = popup.locator('.due-reviews a');
    await expect.poll(() => line.allTextContents()).toEqual([dueLine(SECRETS.firstName)]);
    expect(await line.getAttribute('href')).toBe(vigie.extensionUrl('passport.html#child/zephyrine-0001'));
    expect(describeViolations(await axeViolations(popup))).toBe('');
    const opened = vigie.context.waitForEvent('page');
    await line.click();
    const child = await opened;
    await child.waitForLoadState();
    expect(new URL(child.url()).hash).toBe('#child/zephyrine-0001');
    await Promise.all([child.close(), popup.close(), passport.close()]);
  });

  it('made no request', () => {
    expect(vigie.strayRequests).toEqual([]);
    expect(vigie.pageErrors).toEqual([]);
  });
});
