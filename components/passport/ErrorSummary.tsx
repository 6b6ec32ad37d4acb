// The list of a form's problems, shown above it after a failed save and focused, so a keyboard or
// screen-reader user hears how many things to fix; each item moves focus to its field.
import { useEffect, useRef } from 'preact/hooks';
import type { FieldErrors } from '../../utils/passport/validate';
import { fieldId } from './fields';
import { useLocale } from './locale';

export function focusField(id: string): void {
  const element = document.getElementById(id);
  const target = element instanceof HTMLFieldSetElement ? (element.querySelector<HTMLElement>('input, select, textarea') ?? element) : element;
  target?.focus();
}

export function ErrorSummary({ form, errors, attempt }: { form: string; errors: FieldErrors; attempt: number }) {
  const { t, errorText } = useLocale();
  const box = useRef<HTMLDivElement>(null);
  const entries = Object.entries(errors);
  useEffect(() => {
    if (attempt > 0 && entries.length > 0) box.current?.focus();
    // Focus moves on each failed attempt, not on each keystroke.
  }, [attempt]);
  if (entries.length === 0) return null;
  return (
    <div class="error-summary" role="alert" tabIndex={-1} ref={box} aria-labelledby={`${form}-error-title`}>
      <h2 id={`${form}-error-title`}>{t('passport.form.errorSummary', { count: entries.length })}</h2>
      <ul>
        {entries.map(([path, error]) => (
          <li key={path}>
            <button type="button" class="link-button" onClick={() => focusField(fieldId(form, path))}>
              {errorText(error)}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
