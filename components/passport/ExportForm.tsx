// The export form: which child (or the whole household), whether to protect the file with a
// passphrase, then the file goes to the browser's downloads. Used on the export page and in the
// hand-over. Nothing is sent anywhere: the file is made in this page and saved by the browser.
import { useState } from 'preact/hooks';
import { downloadText } from '../../utils/passport/download';
import { ExportCheckError, makeExportFile } from '../../utils/passport/export-file';
import { problemKey, problemParams } from '../../utils/passport/import-problems';
import { checkNewPassphrase } from '../../utils/passport/passphrase';
import type { Child } from '../../utils/passport/types';
import type { FieldErrors } from '../../utils/passport/validate';
import { exportDone } from './BackupSettings';
import { ErrorSummary } from './ErrorSummary';
import { RadioGroup } from './fields';
import { useLocale } from './locale';
import { emptyPassphrase, PassphraseFields, passphraseErrors } from './PassphraseFields';

const FORM = 'export-form';

interface Props {
  children: Child[];
  /** One child only (the hand-over): no choice of what to export. */
  childId?: string;
  /** The choice made at first (a child's "export" link). */
  initialTarget?: string;
  onExported?(name: string): void;
}

type Outcome = { kind: 'saved'; name: string; count: number; protected: boolean } | { kind: 'failed'; message: string };

export function ExportForm({ children, childId, initialTarget, onExported }: Props) {
  const { t } = useLocale();
  const [target, setTarget] = useState(childId ?? initialTarget ?? 'all');
  const [protect, setProtect] = useState(true);
  const [secret, setSecret] = useState(emptyPassphrase());
  const [errors, setErrors] = useState<FieldErrors>({});
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>();

  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    const problems = protect ? passphraseErrors(checkNewPassphrase(secret.passphrase, secret.confirm)) : {};
    setErrors(problems);
    setOutcome(undefined);
    if (Object.keys(problems).length > 0) {
      setAttempt((n) => n + 1);
      return;
    }
    setBusy(true);
    try {
      const file = await makeExportFile({ ...(target === 'all' ? {} : { childId: target }), ...(protect ? { passphrase: secret.passphrase } : {}) });
      downloadText(file.name, file.text);
      await exportDone();
      setOutcome({ kind: 'saved', name: file.name, count: file.children, protected: protect });
      setSecret(emptyPassphrase());
      onExported?.(file.name);
    } catch (error) {
      const message = error instanceof ExportCheckError
        ? t('portability.export.checkFailed', { problem: t(problemKey(error.problem), problemParams(error.problem)) })
        : t('portability.export.failed');
      setOutcome({ kind: 'failed', message });
    } finally {
      setBusy(false);
    }
  };

  const options = [
    ...(childId === undefined ? [{ value: 'all', label: t('portability.export.household', { count: children.length }) }] : []),
    ...children.filter((c) => childId === undefined || c.id === childId).map((c) => ({ value: c.id, label: t('portability.export.oneChild', { name: c.name }) })),
  ];

  return (
    <form id={FORM} class="passport-form" noValidate autoComplete="off" onSubmit={(e) => void submit(e)}>
      <ErrorSummary form={FORM} errors={errors} attempt={attempt} />
      {childId === undefined && <RadioGroup id={`${FORM}-what`} legend={t('portability.export.what')} options={options} value={target} onValue={setTarget} />}
      <div class="choice">
        <input type="checkbox" id={`${FORM}-protect`} checked={protect} onChange={(e) => setProtect(e.currentTarget.checked)} aria-describedby={`${FORM}-protect-hint`} />
        <label for={`${FORM}-protect`}>{t('portability.export.protect')}</label>
      </div>
      <p id={`${FORM}-protect-hint`} class="field-hint">{t(protect ? 'portability.export.protectHint' : 'portability.export.plainHint')}</p>
      {protect && (
        <PassphraseFields form={FORM} value={secret} onValue={setSecret} errors={errors} label={t('portability.export.passphrase')} hint={t('portability.export.passphraseHint')} />
      )}
      <div class="form-actions">
        <button type="submit" class="primary" disabled={busy}>
          {t('portability.export.button')}
        </button>
      </div>
      <div class="export-result" aria-live="polite">
        {busy && <p class="loading">{t(protect ? 'portability.export.encrypting' : 'portability.export.preparing')}</p>}
        {outcome?.kind === 'saved' && (
          <div class="status-message">
            <p>{t('portability.export.saved', { file: outcome.name, count: outcome.count })}</p>
            {outcome.protected && <p>{t('portability.export.savedProtected')}</p>}
          </div>
        )}
        {outcome?.kind === 'failed' && (
          <div class="error-summary" role="alert">
            <p>{outcome.message}</p>
          </div>
        )}
      </div>
    </form>
  );
}
