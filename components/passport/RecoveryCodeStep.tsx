// The recovery code, shown once (when the lock is turned on, and after it was used): the person
// writes it down and ticks that they did before anything is stored. Nothing here keeps the code.
import { useEffect, useRef, useState } from 'preact/hooks';
import { useLocale } from './locale';

interface Props {
  code: string;
  /** The button's words: "Turn on the lock", "Open the passport". */
  continueLabel: string;
  busy: boolean;
  onContinue(): void;
  onCancel(): void;
}

export function RecoveryCodeStep({ code, continueLabel, busy, onContinue, onCancel }: Props) {
  const { t } = useLocale();
  const [written, setWritten] = useState(false);
  const [missing, setMissing] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <form
      class="passport-form recovery-step"
      noValidate
      autoComplete="off"
      onSubmit={(e) => {
        e.preventDefault();
        if (!written) {
          setMissing(true);
          document.getElementById('recovery-written')?.focus();
          return;
        }
        onContinue();
      }}
    >
      <h2 id="recovery-title" tabIndex={-1} ref={heading}>
        {t('portability.lock.codeTitle')}
      </h2>
      <p>{t('portability.lock.codeWhat')}</p>
      <p class="recovery-code">
        <code>{code}</code>
      </p>
      <p class="notice">{t('portability.lock.codeOnce')}</p>
      <div class={`field${missing ? ' field-invalid' : ''}`}>
        {missing && (
          <p id="recovery-written-error" class="field-error">
            <span class="visually-hidden">{t('passport.form.errorPrefix')} </span>
            {t('portability.lock.codeNotWritten')}
          </p>
        )}
        <div class="choice">
          <input
            type="checkbox"
            id="recovery-written"
            checked={written}
            aria-invalid={missing ? true : undefined}
            aria-describedby={missing ? 'recovery-written-error' : undefined}
            onChange={(e) => {
              setWritten(e.currentTarget.checked);
              setMissing(false);
            }}
          />
          <label for="recovery-written">{t('portability.lock.codeWritten')}</label>
        </div>
      </div>
      <div class="form-actions">
        <button type="submit" class="primary" disabled={busy}>
          {continueLabel}
        </button>
        <button type="button" onClick={onCancel} disabled={busy}>
          {t('common.cancel')}
        </button>
      </div>
      {busy && <p class="loading" aria-live="polite">{t('portability.lock.sealing')}</p>}
    </form>
  );
}
