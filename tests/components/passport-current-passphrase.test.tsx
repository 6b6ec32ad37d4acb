import { afterEach, describe, expect, it } from 'vitest';
import { CurrentPassphraseForm } from '../../components/passport/CurrentPassphraseForm';
import { WrongSecretError } from '../../utils/storage/crypto';
import { byLabel, click, description, eventually, mount, type, unmount } from './passport-helpers';

let root: HTMLElement | undefined;
afterEach(() => {
  if (root) unmount(root);
  root = undefined;
});

const submitButton = (actions: boolean[]) => (busy: boolean) => {
  actions.push(busy);
  return (
    <button type="submit" disabled={busy}>
      Open
    </button>
  );
};

describe('the form asking for the current passphrase', () => {
  it('is a password field the browser fills with the saved passphrase', () => {
    root = mount(<CurrentPassphraseForm id="unlock-passphrase" formClass="passport-form" label="Passphrase" onPassphrase={async () => {}} actions={submitButton([])} />);
    const field = byLabel(root, 'Passphrase');
    expect(field.id).toBe('unlock-passphrase');
    expect(field.type).toBe('password');
    expect(field.getAttribute('autocomplete')).toBe('current-password');
    expect(root.querySelector('form')?.className).toBe('passport-form');
  });

  it('says an empty passphrase next to the field and focuses it, without trying it', async () => {
    const tried: string[] = [];
    root = mount(<CurrentPassphraseForm id="p" formClass="passport-form" label="Passphrase" onPassphrase={async (p) => void tried.push(p)} actions={submitButton([])} />);
    await click(root.querySelector('button')!);
    const field = byLabel(root, 'Passphrase');
    expect(description(root, field)).toEqual(['Error: Type the passphrase.']);
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(field);
    expect(tried).toEqual([]);
  });

  it('says a wrong passphrase, focuses the field again, and lets the next try through', async () => {
    const tried: string[] = [];
    const busyStates: boolean[] = [];
    const onPassphrase = async (passphrase: string) => {
      tried.push(passphrase);
      if (passphrase !== 'right') throw new WrongSecretError('passphrase');
    };
    root = mount(<CurrentPassphraseForm id="p" formClass="passport-form" label="Passphrase" onPassphrase={onPassphrase} actions={submitButton(busyStates)} />);
    const field = byLabel(root, 'Passphrase');
    await type(field, 'wrong');
    await click(root.querySelector('button')!);
    await eventually(() => expect(description(root!, field)[0]).toContain('This passphrase does not open the passport.'));
    expect(document.activeElement).toBe(field);
    expect(busyStates).toContain(true);
    expect(root.querySelector('button')!.disabled).toBe(false);

    await type(field, 'right');
    await click(root.querySelector('button')!);
    await eventually(() => expect(tried).toEqual(['wrong', 'right']));
    expect(description(root, field)).toEqual([]);
  });
});
