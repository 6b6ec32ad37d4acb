// The import page: choose a file, type its passphrase if it has one, see what would change, choose
// merge or replace, confirm. Until the last click nothing is written; a file that is not a good
// passport gets a message naming the problem, and changes nothing. The write itself is one
// transaction (utils/passport/store-adapter.ts).
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { serializeExport, type PassportExport } from '../../utils/passport/export-format';
import { importPassport, readPassportFile } from '../../utils/passport/import';
import { planImport, sameJson, type ImportStrategy } from '../../utils/passport/import-plan';
import { problemKey, problemParams, type ImportProblem } from '../../utils/passport/import-problems';
import { syncReviewAlarms } from '../../utils/passport/review-alarms';
import { passportStore } from '../../utils/passport/store-adapter';
import type { ChildRecord } from '../../utils/passport/types';
import { ConfirmDialog } from './ConfirmDialog';
import { RadioGroup, TextInput } from './fields';
import { ImportPreviewList } from './ImportPreview';
import { useLocale } from './locale';
import { navigate } from './navigation';
import { PageHeading } from './PageHeading';

type Stage =
  | { step: 'choose' }
  | { step: 'passphrase'; file: File }
  | { step: 'preview'; file: PassportExport; existing: ChildRecord[]; changed?: boolean };

/** The problem, in words; a value's problem (it has a path) is introduced by a plain sentence. */
function Problem({ problem }: { problem?: ImportProblem }) {
  const { t } = useLocale();
  if (!problem) return null;
  return (
    <div class="error-summary" role="alert">
      {problem.path !== '' && <p>{t('portability.import.badValue')}</p>}
      <p class="break">{t(problemKey(problem), problemParams(problem))}</p>
      <p>{t('portability.import.nothingChanged')}</p>
    </div>
  );
}

export function ImportView() {
  const { t } = useLocale();
  const [stage, setStage] = useState<Stage>({ step: 'choose' });
  const [problem, setProblem] = useState<ImportProblem>();
  const [busy, setBusy] = useState(false);

  const open = async (file: File, passphrase?: string) => {
    setBusy(true);
    setProblem(undefined);
    try {
      const read = await readPassportFile(file, passphrase);
      if (read.ok) {
        setStage({ step: 'preview', file: read.value, existing: await passportStore.readAll() });
      } else if (read.problem.code === 'needsPassphrase') {
        setStage({ step: 'passphrase', file });
      } else {
        setProblem(read.problem);
        if (read.problem.code !== 'wrongPassphrase') setStage({ step: 'choose' });
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <section>
      <nav aria-label={t('passport.breadcrumb')} class="breadcrumb">
        <a href="#">{t('passport.home.title')}</a>
      </nav>
      <PageHeading>{t('portability.import.title')}</PageHeading>
      <p class="lead">{t('portability.import.lead')}</p>
      <div class="passport-form">
        <div class="field">
          <label for="import-file">{t('portability.import.file')}</label>
          <p id="import-file-hint" class="field-hint">{t('portability.import.fileHint')}</p>
          <input
            id="import-file"
            type="file"
            accept=".json,application/json"
            aria-describedby="import-file-hint"
            disabled={busy}
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              if (file) void open(file);
            }}
          />
        </div>
        {busy && <p class="loading" aria-live="polite">{t('portability.import.reading')}</p>}
        <Problem problem={problem} />
        {stage.step === 'passphrase' && <PassphraseStep key={stage.file.name} busy={busy} onOpen={(passphrase) => void open(stage.file, passphrase)} />}
      </div>
      {stage.step === 'preview' && (
        <PreviewStep
          key={stage.file.exportedAt}
          stage={stage}
          onChanged={async () => setStage({ ...stage, existing: await passportStore.readAll(), changed: true })}
          onFailed={(p) => {
            setProblem(p);
            setStage({ step: 'choose' });
          }}
        />
      )}
    </section>
  );
}

function PassphraseStep({ busy, onOpen }: { busy: boolean; onOpen(passphrase: string): void }) {
  const { t } = useLocale();
  const [passphrase, setPassphrase] = useState('');
  const input = useRef<HTMLDivElement>(null);
  useEffect(() => input.current?.querySelector('input')?.focus(), []);
  return (
    <form class="import-passphrase" noValidate autoComplete="off" onSubmit={(e) => { e.preventDefault(); if (passphrase !== '') onOpen(passphrase); }}>
      <p>{t('portability.import.encrypted')}</p>
      <div ref={input}>
        <TextInput id="import-passphrase" type="password" autoComplete="off" spellcheck={false} label={t('portability.import.passphrase')} value={passphrase} onValue={setPassphrase} />
      </div>
      <button type="submit" class="primary" disabled={busy}>
        {t('portability.import.open')}
      </button>
    </form>
  );
}

interface PreviewProps {
  stage: Extract<Stage, { step: 'preview' }>;
  onChanged(): Promise<void>;
  onFailed(problem: ImportProblem): void;
}

function PreviewStep({ stage, onChanged, onFailed }: PreviewProps) {
  const { t, moment } = useLocale();
  const [strategy, setStrategy] = useState<ImportStrategy>('merge');
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const plan = useMemo(() => planImport(stage.existing, stage.file.children, strategy), [stage.existing, stage.file, strategy]);

  const write = async () => {
    if (!plan.ok) return;
    setBusy(true);
    const shown = plan.value.preview;
    // The file is read again from its checked form; the plan is made again against the store as
    // it is now, and written only if it is still the one on screen.
    const outcome = await importPassport(serializeExport(stage.file), passportStore, { strategy, confirm: (preview) => sameJson(preview, shown) });
    setBusy(false);
    setConfirming(false);
    if (outcome.status === 'imported') {
      await syncReviewAlarms().catch(() => undefined);
      navigate({ view: 'home' }, t('portability.import.done', outcome.preview.totals));
    } else if (outcome.status === 'cancelled') {
      await onChanged();
    } else {
      onFailed(outcome.problem);
    }
  };

  return (
    <section class="passport-section import-preview" aria-labelledby="import-preview-title">
      <h2 id="import-preview-title" tabIndex={-1} ref={heading}>
        {t('portability.import.previewTitle')}
      </h2>
      <p>{t('portability.import.fileMeta', { date: moment(stage.file.exportedAt), count: stage.file.children.length })}</p>
      {stage.changed && <p class="notice" role="alert">{t('portability.import.changedMeanwhile')}</p>}
      <RadioGroup
        id="import-strategy"
        legend={t('portability.import.how')}
        options={[
          { value: 'merge', label: t('portability.import.merge') },
          { value: 'replace', label: t('portability.import.replace') },
        ]}
        value={strategy}
        onValue={(value) => setStrategy(value as ImportStrategy)}
      />
      {plan.ok ? <ImportPreviewList preview={plan.value.preview} strategy={strategy} /> : <Problem problem={plan.problem} />}
      <div class="form-actions">
        <button type="button" class="primary" disabled={!plan.ok || busy} onClick={() => (strategy === 'replace' && stage.existing.length > 0 ? setConfirming(true) : void write())}>
          {t(`portability.import.confirm.${strategy}`)}
        </button>
        <a class="button" href="#">
          {t('common.cancel')}
        </a>
      </div>
      {confirming && (
        <ConfirmDialog id="import-replace" title={t('portability.import.replaceTitle')} confirmLabel={t('portability.import.confirm.replace')} onClose={() => setConfirming(false)} onConfirm={write}>
          <p>{t('portability.import.replaceWhat', { count: plan.ok ? plan.value.preview.totals.onlyHere : 0 })}</p>
          <p>{t('portability.import.replaceUndo')}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
