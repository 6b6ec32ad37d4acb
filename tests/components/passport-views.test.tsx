import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deleteDB } from 'idb';
import { resetConnection } from '../../utils/storage/db';
import { DeleteChild } from '../../components/passport/DeleteChild';
import { DeleteChildButton } from '../../components/passport/DeleteChildButton';
import { IncidentStart } from '../../components/passport/IncidentStart';
import { Home } from '../../components/passport/Home';
import { lockView } from '../../components/passport/use-lock';
import { currentRoute, statusMessage } from '../../components/passport/navigation';
import { createChild, readAllChildRecords, readChildRecord, saveAgreement } from '../../utils/passport/store';
import { agreementFields, childFields } from '../utils/passport/passport-fixtures';
import { byLabel, byText, click, eventually, mount, type, unmount } from './passport-helpers';

let root: HTMLElement | undefined;
beforeEach(() => {
  location.hash = '';
});
afterEach(async () => {
  if (root) unmount(root);
  root = undefined;
  await resetConnection();
  await deleteDB('vigie');
});

const prefill = { url: 'https://www.tiktok.com/@x', at: '2025-06-15T10:42:00.000Z' };

describe('starting an incident from the popup', () => {
  it('asks to start a child first when there is none, carrying the tab along', async () => {
    root = mount(<IncidentStart prefill={prefill} />);
    await eventually(() => expect(root!.textContent).toContain('There is no child yet'));
    expect(root.textContent).toContain('https://www.tiktok.com/@x');
    const link = byText<HTMLAnchorElement>(root, 'a', "Start a child's passport");
    expect(link.getAttribute('href')).toBe(`#child/new?url=${encodeURIComponent(prefill.url)}&at=${encodeURIComponent(prefill.at)}`);
  });

  it('asks which child when there are several', async () => {
    const sam = await createChild(childFields({ name: 'Sam' }));
    await createChild(childFields({ name: 'Robin' }));
    root = mount(<IncidentStart prefill={prefill} />);
    await eventually(() => expect(root!.textContent).toContain('Which child is it about?'));
    expect(byText<HTMLAnchorElement>(root, 'a', 'About Sam').getAttribute('href')).toMatch(new RegExp(`^#child/${sam.id}/incident/new\\?url=`));
    expect(location.hash).toBe('');
  });

  it('goes straight to the only child’s form', async () => {
    const sam = await createChild(childFields({ name: 'Sam' }));
    root = mount(<IncidentStart prefill={prefill} />);
    await eventually(() => expect(location.hash).not.toBe(''));
    expect(location.hash).toBe(`#child/${sam.id}/incident/new?url=${encodeURIComponent(prefill.url)}&at=${encodeURIComponent(prefill.at)}`);
  });
});

describe("deleting a child's passport", () => {
  it('asks in a dialog naming the child, and deletes only once the name is typed', async () => {
    const sam = await createChild(childFields({ name: 'Sam' }));
    await saveAgreement(agreementFields(sam.id));
    const record = (await readChildRecord(sam.id))!;
    root = mount(<DeleteChild record={record} />);
    await click(byText(root, 'button', "Delete Sam's passport…"));
    const dialog = root.querySelector('dialog')!;
    expect(dialog.open).toBe(true);
    expect(dialog.getAttribute('aria-labelledby')).toBe('delete-child-title');
    expect(root.querySelector('#delete-child-title')?.textContent).toBe('Delete everything about Sam?');
    expect(dialog.textContent).toContain('1 agreement with their reviews');

    await type(byLabel(root, 'To confirm, type the name “Sam”'), 'Robin');
    await click(byText(root, 'dialog button[type="submit"]', "Delete Sam's passport"));
    expect(dialog.textContent).toContain('Type “Sam” exactly to confirm, or choose Cancel.');
    expect(document.activeElement).toBe(byLabel(root, 'To confirm, type the name “Sam”'));
    expect(await readAllChildRecords()).toHaveLength(1);

    await type(byLabel(root, 'To confirm, type the name “Sam”'), 'sam');
    await click(byText(root, 'dialog button[type="submit"]', "Delete Sam's passport"));
    await eventually(async () => expect(await readAllChildRecords()).toEqual([]));
    // Back to the list of children, saying what happened.
    expect(currentRoute.value).toEqual({ view: 'home' });
    expect(statusMessage.value).toBe("Sam's passport was deleted from this browser.");
  });

  it('closes on Cancel without deleting anything', async () => {
    const sam = await createChild(childFields({ name: 'Sam' }));
    root = mount(<DeleteChild record={(await readChildRecord(sam.id))!} />);
    await click(byText(root, 'button', "Delete Sam's passport…"));
    await click(byText(root, 'dialog button', 'Cancel'));
    expect(root.querySelector('dialog')).toBeNull();
    expect(await readAllChildRecords()).toHaveLength(1);
  });

  it('says the warning and the closing message its page gives it (the hand-over)', async () => {
    const sam = await createChild(childFields({ name: 'Sam' }));
    root = mount(
      <DeleteChildButton dialogId="move-delete" record={(await readChildRecord(sam.id))!} openLabel="Delete it" warning="Not exported yet." cannotUndo="No way back." doneMessage="Gone." />,
    );
    await click(byText(root, 'button', 'Delete it'));
    const dialog = root.querySelector('dialog')!;
    expect(dialog.id).toBe('move-delete');
    expect(byText(dialog, 'p.notice', 'Not exported yet.')).toBeTruthy();
    expect(dialog.querySelector('#move-delete-body p:last-child')?.textContent).toBe('No way back.');

    await type(byLabel(root, 'To confirm, type the name “Sam”'), 'Sam');
    await click(byText(root, 'dialog button[type="submit"]', "Delete Sam's passport"));
    await eventually(async () => expect(await readAllChildRecords()).toEqual([]));
    expect(currentRoute.value).toEqual({ view: 'home' });
    expect(statusMessage.value).toBe('Gone.');
  });

  it('has no notice without a warning', async () => {
    const sam = await createChild(childFields({ name: 'Sam' }));
    root = mount(<DeleteChildButton dialogId="move-delete" record={(await readChildRecord(sam.id))!} openLabel="Delete it" cannotUndo="No way back." doneMessage="Gone." />);
    await click(byText(root, 'button', 'Delete it'));
    expect(root.querySelector('dialog .notice')).toBeNull();
  });
});

describe('the first page before the first child', () => {
  it('offers the lock before anything is written, and not once it is on', async () => {
    lockView.value = 'off';
    root = mount(<Home />);
    await eventually(() => expect(root!.textContent).toContain('Lock it before you start?'));
    expect(byText<HTMLAnchorElement>(root, 'a', 'Lock the passport first').getAttribute('href')).toBe('#lock');
    lockView.value = 'unlocked';
    await eventually(() => expect(root!.textContent).not.toContain('Lock it before you start?'));
    lockView.value = 'checking';
  });
});
