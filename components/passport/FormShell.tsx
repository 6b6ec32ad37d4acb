// What every passport form shares: no browser validation bubbles (our messages sit next to each
// field), the error summary, the note about a restored draft, a store error, and the buttons.
// `useFormSubmit` validates, saves (deleting the draft in the same transaction), and moves on.
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Route } from '../../utils/passport/route';
import { PassportError } from '../../utils/passport/store';
import type { Validation } from '../../utils/passport/validate';
import { ErrorSummary } from './ErrorSummary';
import { useLocale } from './locale';
import { navigate } from './navigation';
import type { DraftForm } from './use-draft-form';

export interface SubmitState {
  attempt: number;
  saving: boolean;
  storeError?: string;
  onSubmit(event: Event): void;
}

/** After a valid save: where to go and what to say. */
export interface Saved { route: Route; message: string }

export function useFormSubmit<F extends object, V>(draft: DraftForm<F>, validate: (form: F) => Validation<V>, save: (value: V) => Promise<Saved>): SubmitState {
  const [attempt, setAttempt] = useState(0);
  const [saving, setSaving] = useState(false);
  const [storeError, setStoreError] = useState<string>();
  const onSubmit = async (event: Event) => {
    event.preventDefault();
    if (saving) return;
    const result = validate(draft.form);
    setStoreError(undefined);
    if (!result.ok) {
      draft.setErrors(result.errors);
      setAttempt((n) => n + 1);
      return;
    }
    draft.setErrors({});
    setSaving(true);
    await draft.pause();
    try {
      // The save deletes the draft in its own transaction (WriteOptions.draftKey).
      const saved = await save(result.value);
      navigate(saved.route, saved.message);
    } catch (error) {
      draft.resume();
      setStoreError(error instanceof PassportError ? `passport.error.store.${error.code}` : 'passport.error.store.failed');
      setSaving(false);
      setAttempt((n) => n + 1);
    }
  };
  return { attempt, saving, storeError, onSubmit: (event) => void onSubmit(event) };
}

interface ShellProps<F extends object> {
  id: string;
  draft: DraftForm<F>;
  submit: SubmitState;
  submitLabel: string;
  cancelHref: string;
  children: ComponentChildren;
}

export function FormShell<F extends object>({ id, draft, submit, submitLabel, cancelHref, children }: ShellProps<F>) {
  const { t, moment } = useLocale();
  const storeErrorBox = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (submit.storeError) storeErrorBox.current?.focus();
  }, [submit.attempt]);
  if (!draft.ready) return <p class="loading">{t('passport.loading')}</p>;
  // autocomplete="off" on the form, not only on its inputs: Chromium saves the fields of a form
  // that allows it into the history entry and the session files (what was typed, in clear, even
  // while the passport is locked), and it asks the form, not the field, for a <textarea>.
  return (
    <form id={id} class="passport-form" noValidate autoComplete="off" onSubmit={submit.onSubmit}>
      {draft.restoredAt && (
        <p class="draft-note">
          {t('passport.form.draftRestored', { time: moment(draft.restoredAt) })}{' '}
          <button type="button" class="link-button" onClick={() => void draft.discard()}>
            {t('passport.form.discardDraft')}
          </button>
        </p>
      )}
      <ErrorSummary form={id} errors={draft.errors} attempt={submit.attempt} />
      {submit.storeError && (
        <div class="error-summary" role="alert" tabIndex={-1} ref={storeErrorBox}>
          <p>{t(submit.storeError)}</p>
        </div>
      )}
      {children}
      <p class="form-note">{t('passport.form.keptAsYouType')}</p>
      <div class="form-actions">
        <button type="submit" class="primary" disabled={submit.saving}>
          {submitLabel}
        </button>
        {/* Cancelling drops what was written here (a kept draft would come back next time). */}
        <a class="button" href={cancelHref} onClick={() => void draft.discard()}>
          {t('common.cancel')}
        </a>
      </div>
    </form>
  );
}
