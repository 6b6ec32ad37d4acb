import { deleteEveryDatabase } from '../../support/databases';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { resetConnection } from '../../../utils/storage/db';
import { openReminderFromNotification, registerReviewReminders, remindAbout } from '../../../utils/passport/review-reminders';
import { readNotified, reminderTime, syncReviewAlarms } from '../../../utils/passport/review-alarms';
import { addDays, todayIso } from '../../../utils/passport/reviews';
import { addReview, createChild, deleteAgreement, saveAgreement } from '../../../utils/passport/store';
import { agreementFields, childFields } from './passport-fixtures';

beforeEach(() => {
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-GB');
});
afterEach(async () => {
  await resetConnection();
  await deleteEveryDatabase();
});

const today = todayIso();

async function agreementDueIn(days: number, words = 'Phones downstairs at 9.') {
  const child = await createChild(childFields({ name: 'Sam' }));
  // Agreed `30 - days` days ago, reviewed every 30 days: due in `days` days.
  return saveAgreement(agreementFields(child.id, { agreedOn: addDays(today, days - 30), reviewEveryDays: 30, words }));
}

const alarmNames = async () => (await fakeBrowser.alarms.getAll()).map((a) => a.name);

describe('review alarms', () => {
  it('sets one alarm per agreement, at 9 in the morning of the day the review is due', async () => {
    const soon = await agreementDueIn(3);
    await syncReviewAlarms();
    const alarm = await fakeBrowser.alarms.get(`passport-review:${soon.id}`);
    expect(alarm?.scheduledTime).toBe(reminderTime(addDays(today, 3)));
    expect(new Date(alarm!.scheduledTime).getHours()).toBe(9);
  });

  it('moves the alarm when a review is added, and removes it with the agreement', async () => {
    const agreement = await agreementDueIn(3);
    await syncReviewAlarms();
    await addReview(agreement.id, { id: 'r1', date: today, stillWorking: 'yes', notes: '', changes: '' });
    await syncReviewAlarms();
    expect((await fakeBrowser.alarms.get(`passport-review:${agreement.id}`))?.scheduledTime).toBe(reminderTime(addDays(today, 30)));
    await deleteAgreement(agreement.id);
    await syncReviewAlarms();
    expect(await alarmNames()).toEqual([]);
  });

  it('leaves alarms that are not review alarms alone', async () => {
    await fakeBrowser.alarms.create('backup-reminder', { periodInMinutes: 60 });
    await agreementDueIn(3);
    await syncReviewAlarms();
    expect(await alarmNames()).toContain('backup-reminder');
  });
});

describe('review notifications', () => {
  it('names the child and the topic, never the words agreed, and only once per due day', async () => {
    const agreement = await agreementDueIn(-2, 'Secret words the child wrote');
    expect(await remindAbout(agreement.id, today)).toBe(true);
    const shown = await fakeBrowser.notifications.getAll();
    const notification = shown[`passport-review:${agreement.id}`] as { title: string; message: string; iconUrl: string };
    expect(notification.title).toBe('Time to talk with Sam');
    expect(notification.message).toContain('Managing time online');
    expect(notification.message).not.toContain('Secret words');
    expect(notification.iconUrl).toMatch(/\/icon\/128\.png$/);
    expect(await readNotified()).toEqual({ [agreement.id]: addDays(today, -2) });
    expect(await remindAbout(agreement.id, today)).toBe(false);
    // Already announced for this due day: no alarm is set again for it.
    await syncReviewAlarms();
    expect(await alarmNames()).toEqual([]);
  });

  it('says nothing before the review is due, or for an agreement that no longer exists', async () => {
    const agreement = await agreementDueIn(5);
    expect(await remindAbout(agreement.id, today)).toBe(false);
    expect(await remindAbout('deleted-agreement', today)).toBe(false);
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual([]);
  });

  it('speaks French in a French browser', async () => {
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('fr-FR');
    const agreement = await agreementDueIn(0);
    await remindAbout(agreement.id, today);
    const shown = (await fakeBrowser.notifications.getAll())[`passport-review:${agreement.id}`] as { title: string; message: string };
    expect(shown.title).toBe("C'est le moment d'en parler avec Sam");
    expect(shown.message).toContain('Gérer le temps en ligne');
  });

  it('opens the passport at the agreement when the notification is clicked', async () => {
    const agreement = await agreementDueIn(0);
    await remindAbout(agreement.id, today);
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await openReminderFromNotification(`passport-review:${agreement.id}`);
    expect(create).toHaveBeenCalledWith({ url: expect.stringMatching(new RegExp(`/passport\\.html#agreement/${agreement.id}$`)) });
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
    await openReminderFromNotification('someone-else:1');
    expect(create).toHaveBeenCalledTimes(1);
    // A locked passport's reminder is a day's, about no agreement: it opens the passport, which asks for the passphrase.
    await openReminderFromNotification('passport-review:day-2027-01-05');
    expect(create).toHaveBeenLastCalledWith({ url: expect.stringMatching(/\/passport\.html$/) });
  });

  it('is wired to the alarms and notifications of the background', async () => {
    registerReviewReminders();
    const agreement = await agreementDueIn(-1);
    await fakeBrowser.alarms.onAlarm.trigger({ name: `passport-review:${agreement.id}`, scheduledTime: Date.now() });
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual([`passport-review:${agreement.id}`]);
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await fakeBrowser.notifications.onClicked.trigger(`passport-review:${agreement.id}`);
    await vi.waitFor(() => expect(create).toHaveBeenCalledTimes(1));
  });
});
