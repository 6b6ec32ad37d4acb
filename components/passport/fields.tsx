// Form fields that carry their own label, hint and error message, tied to the control with
// `for`/`id` and `aria-describedby`, and marked `aria-invalid` when wrong: a screen reader hears
// the label, the hint and the problem together. Used by every passport form.
import type { ComponentChildren } from 'preact';
import type { FieldError } from '../../utils/passport/validate';
import { useLocale } from './locale';

/** A stable element id for a form field path such as "adults.0.name". */
export const fieldId = (form: string, path: string) => `${form}-${path.replace(/\./g, '-')}`;

interface Common {
  id: string;
  label: ComponentChildren;
  hint?: ComponentChildren;
  error?: FieldError;
  /** Extra classes for the wrapper (layout only). */
  class?: string;
}

function ErrorMessage({ id, error }: { id: string; error?: FieldError }) {
  const { t, errorText } = useLocale();
  if (!error) return null;
  return (
    <p id={`${id}-error`} class="field-error">
      <span class="visually-hidden">{t('passport.form.errorPrefix')} </span>
      {errorText(error)}
    </p>
  );
}

function describedBy(id: string, hint: unknown, error: unknown): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

function Wrapper({ id, label, hint, error, children, class: extra }: Common & { children: ComponentChildren }) {
  return (
    <div class={`field${error ? ' field-invalid' : ''}${extra ? ` ${extra}` : ''}`}>
      <label for={id}>{label}</label>
      {hint && <p id={`${id}-hint`} class="field-hint">{hint}</p>}
      <ErrorMessage id={id} error={error} />
      {children}
    </div>
  );
}

type InputProps = Common & {
  value: string;
  onValue(value: string): void;
  type?: 'text' | 'date' | 'datetime-local' | 'password';
  max?: string;
  autoComplete?: string;
  spellcheck?: boolean;
};

export function TextInput({ id, label, hint, error, value, onValue, class: extra, type = 'text', ...rest }: InputProps) {
  return (
    <Wrapper id={id} label={label} hint={hint} error={error} class={extra}>
      <input
        id={id}
        type={type}
        {...rest}
        value={value}
        onInput={(e) => onValue(e.currentTarget.value)}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
      />
    </Wrapper>
  );
}

type AreaProps = Common & { value: string; onValue(value: string): void; rows?: number };

export function TextArea({ id, label, hint, error, value, onValue, rows = 3, class: extra }: AreaProps) {
  return (
    <Wrapper id={id} label={label} hint={hint} error={error} class={extra}>
      <textarea
        id={id}
        rows={rows}
        value={value}
        onInput={(e) => onValue(e.currentTarget.value)}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
      />
    </Wrapper>
  );
}

/** `lang`: the label's own language where it differs from the page's (a language named in itself). */
export interface Option { value: string; label: string; lang?: string }

type SelectProps = Common & { value: string; onValue(value: string): void; options: Option[]; placeholder?: string };

export function Select({ id, label, hint, error, value, onValue, options, placeholder, class: extra }: SelectProps) {
  return (
    <Wrapper id={id} label={label} hint={hint} error={error} class={extra}>
      <select id={id} value={value} onChange={(e) => onValue(e.currentTarget.value)} aria-describedby={describedBy(id, hint, error)} aria-invalid={error ? true : undefined}>
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value} lang={o.lang}>
            {o.label}
          </option>
        ))}
      </select>
    </Wrapper>
  );
}

interface GroupProps {
  id: string;
  legend: ComponentChildren;
  hint?: ComponentChildren;
  error?: FieldError;
  options: Option[];
}

/** The fieldset of a group of choices: the legend asks the question, then the hint and the error. */
function ChoiceFieldset({ id, legend, hint, error, children }: Omit<GroupProps, 'options'> & { children: ComponentChildren }) {
  return (
    <fieldset id={id} class={`field choice-group${error ? ' field-invalid' : ''}`} aria-describedby={describedBy(id, hint, error)} tabIndex={-1}>
      <legend>{legend}</legend>
      {hint && <p id={`${id}-hint`} class="field-hint">{hint}</p>}
      <ErrorMessage id={id} error={error} />
      {children}
    </fieldset>
  );
}

/** Several choices (checkboxes) in a fieldset whose legend asks the question. */
export function CheckboxGroup({ id, legend, hint, error, options, values, onValues }: GroupProps & { values: string[]; onValues(values: string[]): void }) {
  const toggle = (value: string, on: boolean) => onValues(on ? [...values, value] : values.filter((v) => v !== value));
  return (
    <ChoiceFieldset id={id} legend={legend} hint={hint} error={error}>
      {options.map((o, i) => (
        <div class="choice" key={o.value}>
          <input type="checkbox" id={`${id}-${i}`} checked={values.includes(o.value)} onChange={(e) => toggle(o.value, e.currentTarget.checked)} />
          <label for={`${id}-${i}`}>{o.label}</label>
        </div>
      ))}
    </ChoiceFieldset>
  );
}

/** One choice among a few (radio buttons) in a fieldset. */
export function RadioGroup({ id, legend, hint, error, options, value, onValue }: GroupProps & { value: string; onValue(value: string): void }) {
  return (
    <ChoiceFieldset id={id} legend={legend} hint={hint} error={error}>
      {options.map((o, i) => (
        <div class="choice" key={o.value}>
          <input type="radio" id={`${id}-${i}`} name={id} value={o.value} checked={value === o.value} onChange={() => onValue(o.value)} />
          <label for={`${id}-${i}`}>{o.label}</label>
        </div>
      ))}
    </ChoiceFieldset>
  );
}
