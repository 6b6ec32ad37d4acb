// A modal question before something that cannot be undone. The browser's own <dialog> keeps
// the focus inside and closes on Escape; focus goes back to the button that opened it. With
// `typeToConfirm`, the user types a word (the child's name) before the action is allowed.
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useLocale } from './locale';

interface Props {
  id: string;
  title: string;
  children: ComponentChildren;
  confirmLabel: string;
  typeToConfirm?: { label: string; expected: string };
  onConfirm(): Promise<void>;
  onClose(): void;
}

export function ConfirmDialog({ id, title, children, confirmLabel, typeToConfirm, onConfirm, onClose }: Props) {
  const { t } = useLocale();
  const dialog = useRef<HTMLDialogElement>(null);
  const [typed, setTyped] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const opener = document.activeElement as HTMLElement | null;
    const element = dialog.current;
    element?.showModal();
    return () => {
      // Closed first: while the dialog is modal, the rest of the page cannot take the focus.
      element?.close();
      opener?.focus();
    };
  }, []);

  const confirm = async (event: Event) => {
    event.preventDefault();
    if (typeToConfirm && typed.trim().toLocaleLowerCase() !== typeToConfirm.expected.trim().toLocaleLowerCase()) {
      setMismatch(true);
      document.getElementById(`${id}-typed`)?.focus();
      return;
    }
    setBusy(true);
    await onConfirm();
  };

  return (
    <dialog ref={dialog} id={id} class="confirm-dialog" aria-labelledby={`${id}-title`} aria-describedby={`${id}-body`} onCancel={(e) => { e.preventDefault(); onClose(); }}>
      <form method="dialog" noValidate autoComplete="off" onSubmit={(e) => void confirm(e)}>
        <h2 id={`${id}-title`}>{title}</h2>
        <div id={`${id}-body`}>{children}</div>
        {typeToConfirm && (
          <div class={`field${mismatch ? ' field-invalid' : ''}`}>
            <label for={`${id}-typed`}>{typeToConfirm.label}</label>
            {mismatch && (
              <p id={`${id}-typed-error`} class="field-error">
                <span class="visually-hidden">{t('passport.form.errorPrefix')} </span>
                {t('passport.delete.mismatch', { name: typeToConfirm.expected })}
              </p>
            )}
            <input id={`${id}-typed`} type="text" autoComplete="off" spellcheck={false} value={typed} onInput={(e) => setTyped(e.currentTarget.value)} aria-invalid={mismatch ? true : undefined} aria-describedby={mismatch ? `${id}-typed-error` : undefined} />
          </div>
        )}
        <div class="form-actions">
          <button type="submit" class="danger" disabled={busy}>
            {confirmLabel}
          </button>
          <button type="button" onClick={onClose} autoFocus={!typeToConfirm}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
