import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deleteDB } from 'idb';
import { resetConnection } from '../../utils/storage/db';
import { ChildAboutForm } from '../../components/passport/ChildAboutForm';
import { AgreementForm } from '../../components/passport/AgreementForm';
import { IncidentForm } from '../../components/passport/IncidentForm';
import { emptyFieldsWhileHidden } from '../../components/passport/hidden-forms';
import { readDraft } from '../../utils/passport/drafts';
import { createChild, listChildren, readAllChildRecords } from '../../utils/passport/store';
import { childFields } from '../utils/passport/passport-fixtures';
import { byLabel, byText, choose, click, description, eventually, mount, settle, type, unmount } from './passport-helpers';

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

const submit = async (el: HTMLElement) => {
  await click(el.querySelector<HTMLButtonElement>('button[type="submit"]')!);
  await settle();
};
/** Waits for a form to have read its draft (if any) and appear, with every sentence filled in. */
const ready = async (el: HTMLElement) => {
  await eventually(() => expect(el.querySelector('form')).not.toBeNull());
  expect(el.textContent).not.toMatch(/\{\w+\}/);
};

describe('the child form', () => {
  it('names each problem next to its field and in a focused summary, then saves and moves on', async () => {
    root = mount(<ChildAboutForm />);
    await ready(root);
    await submit(root);
    await eventually(() => expect(root!.querySelector('.error-summary')).not.toBeNull());
    const summary = root.querySelector<HTMLElement>('.error-summary')!;
    expect(document.activeElement).toBe(summary);
    expect(summary.textContent).toContain("Write the child's first name or nickname.");
    expect(summary.textContent).toContain("Choose the child's age.");
    const name = byLabel(root, 'First name or nickname');
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(description(root, name)).toEqual(['A first name or the nickname they like — never a full name.', "Error: Write the child's first name or nickname."]);
    // The summary's entries take the focus to their field.
    await click(byText(root, '.error-summary button', "Choose the child's age."));
    expect(document.activeElement).toBe(byLabel(root, 'Age'));
    expect(await listChildren()).toEqual([]);

    await type(name, '  Sam ');
    await choose(byLabel<HTMLSelectElement>(root, 'Age'), '8-10');
    await submit(root);
    await eventually(async () => expect(await listChildren()).toHaveLength(1));
    const [sam] = await listChildren();
    expect(sam).toMatchObject({ name: 'Sam', ageBand: '8-10' });
    expect(location.hash).toBe(`#child/${sam!.id}`);
    expect(await readDraft('child-new')).toBeUndefined();
  });

  it('keeps each adult row checked on its own, in English or French', async () => {
    root = mount(<ChildAboutForm />, 'fr');
    await ready(root);
    await type(byLabel(root, 'Prénom ou surnom'), 'Léa');
    await choose(byLabel<HTMLSelectElement>(root, 'Âge'), '13-15');
    await click(byText(root, 'button', 'Ajouter un adulte'));
    await submit(root);
    expect(root.querySelector('.error-summary')?.textContent).toContain('Écrivez le nom de cet adulte, ou retirez la ligne.');
    expect(byLabel(root, 'Nom').getAttribute('aria-invalid')).toBe('true');
    await click(byText(root, 'button', 'Retirer Adulte 1'));
    await submit(root);
    await eventually(async () => expect((await listChildren()).map((c) => c.name)).toEqual(['Léa']));
  });
});

describe('drafts', () => {
  it('brings back a half-written agreement when the form opens again, until it is discarded', async () => {
    const child = await createChild(childFields({ name: 'Sam' }));
    root = mount(<AgreementForm child={child} />);
    await ready(root);
    await type(byLabel<HTMLTextAreaElement>(root, 'What you agreed'), 'Ask before buying in-game items.');
    await eventually(async () => expect(await readDraft(`agreement-new/${child.id}`)).toBeDefined());
    unmount(root);

    root = mount(<AgreementForm child={child} />);
    await ready(root);
    expect(byLabel<HTMLTextAreaElement>(root, 'What you agreed').value).toBe('Ask before buying in-game items.');
    expect(root.textContent).toContain('We brought back what you were writing');
    await click(byText(root, 'button', 'Start again from the saved version'));
    await eventually(async () => expect(await readDraft(`agreement-new/${child.id}`)).toBeUndefined());
    expect(byLabel<HTMLTextAreaElement>(root, 'What you agreed').value).toBe('');
  });

  it('keeps the last of many quick changes', async () => {
    const child = await createChild(childFields({ name: 'Sam' }));
    root = mount(<AgreementForm child={child} />);
    await ready(root);
    const words = byLabel<HTMLTextAreaElement>(root, 'What you agreed');
    for (const text of ['A', 'As', 'Ask', 'Ask first']) await type(words, text);
    await eventually(async () => expect((await readDraft<{ words: string }>(`agreement-new/${child.id}`))?.form.words).toBe('Ask first'));
  });
});

describe('the incident form', () => {
  it('is prefilled from the tab the popup was opened on, and saves into the child record', async () => {
    const child = await createChild(childFields({ name: 'Sam' }));
    const at = new Date(Date.now() - 60_000).toISOString();
    root = mount(<IncidentForm child={child} prefill={{ url: 'https://www.facebook.com/groups/123', at }} />);
    await ready(root);
    expect(byLabel(root, 'Address (URL)').value).toBe('https://www.facebook.com/groups/123');
    expect(byLabel<HTMLSelectElement>(root, 'Where (platform)').value).toBe('facebook');
    expect(root.textContent).toContain('Notes only, never pictures.');
    await type(byLabel<HTMLTextAreaElement>(root, 'What happened'), 'Photos of pupils posted in the class group.');
    await submit(root);
    await eventually(async () => expect((await readAllChildRecords())[0]?.incidents).toHaveLength(1));
    const [record] = await readAllChildRecords();
    expect(record?.incidents).toMatchObject([{ platform: 'facebook', whatHappened: 'Photos of pupils posted in the class group.', evidence: [{ url: 'https://www.facebook.com/groups/123' }] }]);
    expect(new Date(record!.incidents[0]!.occurredAt).getTime()).toBe(new Date(at).setSeconds(0, 0));
  });

  it('holds nothing in its fields while the page is hidden, and keeps the draft', async () => {
    const child = await createChild(childFields({ name: 'Sam' }));
    const stop = emptyFieldsWhileHidden(document);
    const visibility = (state: 'hidden' | 'visible') => {
      Object.defineProperty(document, 'visibilityState', { value: state, configurable: true });
      document.dispatchEvent(new Event('visibilitychange'));
    };
    try {
      root = mount(<IncidentForm child={child} />);
      await ready(root);
      const text = byLabel<HTMLTextAreaElement>(root, 'What happened');
      await type(text, 'A stranger asked for photos.');
      await choose(byLabel<HTMLSelectElement>(root, 'Where (platform)'), 'roblox');
      await eventually(async () => expect((await readDraft<{ whatHappened: string }>(`incident-new/${child.id}`))?.form.whatHappened).toBe('A stranger asked for photos.'));
      visibility('hidden');
      expect(text.value).toBe('');
      expect(byLabel<HTMLSelectElement>(root, 'Where (platform)').value).toBe('');
      expect(root.querySelectorAll<HTMLInputElement>('input[type=checkbox]:checked')).toHaveLength(0);
      expect((await readDraft<{ whatHappened: string }>(`incident-new/${child.id}`))?.form.whatHappened).toBe('A stranger asked for photos.');
      window.dispatchEvent(new Event('pagehide'));
      expect(text.value).toBe('');
      visibility('visible');
      expect(text.value).toBe('A stranger asked for photos.');
      expect(byLabel<HTMLSelectElement>(root, 'Where (platform)').value).toBe('roblox');
    } finally {
      stop();
      Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
    }
  });
});
