// Recording an incident: when, where (platform), what happened, who was told, where it was
// reported, the outcome and what follows; evidence as written notes (address, account, time),
// never pictures. Adds one, or edits one (with `incident`).
import { useState } from 'preact/hooks';
import { saveIncident } from '../../utils/passport/store';
import { emptyEvidence, incidentForm, localDateTime, newId, type IncidentForm as Form, type IncidentPrefill } from '../../utils/passport/forms';
import { draftKeys } from '../../utils/passport/drafts';
import { platformOfUrl } from '../../utils/passport/platform-of-url';
import { validateIncident } from '../../utils/passport/validate';
import { LEGACY_SERVICE_REFS, type Child, type Incident, type ReportTarget } from '../../utils/passport/types';
import { incidentHelp } from '../../utils/help/incident-help';
import type { DirectoryId } from '../../utils/help/helplines';
import type { Translate } from '../../utils/i18n/translator';
import { CheckboxGroup, fieldId, Select, TextArea, TextInput } from './fields';
import { FormShell, useFormSubmit } from './FormShell';
import { countryName, DangerLine, imageReportPlaces } from './IncidentHelpText';
import { platformOptions, reportOptions } from './labels';
import { useLocale } from './locale';
import { useCountry } from './use-country';
import { useDraftForm } from './use-draft-form';

const FORM = 'incident-form';
const id = (path: string) => fieldId(FORM, path);

/** An older record's '3018', '119' or 'pharos' becomes the directory's service, ticked as such. */
const withServiceRefs = (reportedTo: readonly string[]): string[] => [
  ...new Set(reportedTo.map((value) => LEGACY_SERVICE_REFS[value as ReportTarget] ?? value)),
];

/** Whose services the list offers: the chosen country's, or none chosen yet (nothing while it is read). */
function reportedToHint(t: Translate, country: DirectoryId | undefined, language: string): string | undefined {
  if (country === undefined) return undefined;
  return country === 'INT' ? t('passport.incident.reportedToHintElsewhere') : t('passport.incident.reportedToHint', { country: countryName(country, language) });
}

function initialForm(incident?: Incident, prefill?: IncidentPrefill): Form {
  const read = incidentForm(incident, prefill);
  const form = { ...read, reportedTo: withServiceRefs(read.reportedTo) };
  // The popup's tab address tells the platform when it is one Vigie knows.
  return !incident && prefill?.url ? { ...form, platform: platformOfUrl(prefill.url) ?? '' } : form;
}

export function IncidentForm({ child, incident, prefill }: { child: Child; incident?: Incident; prefill?: IncidentPrefill }) {
  const { t, language } = useLocale();
  const country = useCountry();
  const help = country === undefined ? undefined : incidentHelp(country);
  const key = incident ? draftKeys.incident(incident.id) : draftKeys.newIncident(child.id);
  const draft = useDraftForm<Form>(key, initialForm(incident, prefill), child.id);
  const [openedAt] = useState(incident?.updatedAt);
  const { form, errors, update } = draft;
  const submit = useFormSubmit(draft, (f) => validateIncident(f, new Date()), async (values) => {
    await saveIncident({ id: incident?.id ?? newId(), childId: child.id, ...values }, { expectedUpdatedAt: openedAt, draftKey: draft.key });
    return { route: { view: 'child', childId: child.id }, message: t(incident ? 'passport.incident.saved' : 'passport.incident.added') };
  });
  const setEvidence = (index: number, change: Partial<Form['evidence'][number]>) =>
    update((f) => ({ ...f, evidence: f.evidence.map((e, i) => (i === index ? { ...e, ...change } : e)) }));
  const addEvidence = () => {
    update((f) => ({ ...f, evidence: [...f.evidence, emptyEvidence()] }));
    requestAnimationFrame(() => document.getElementById(id(`evidence.${form.evidence.length}.url`))?.focus());
  };
  const removeEvidence = (index: number) => {
    update((f) => ({ ...f, evidence: f.evidence.filter((_, i) => i !== index) }));
    requestAnimationFrame(() => document.getElementById(`${FORM}-add-evidence`)?.focus());
  };

  return (
    <FormShell id={FORM} draft={draft} submit={submit} submitLabel={incident ? t('common.save') : t('passport.incident.add')} cancelHref={`#child/${child.id}`}>
      <p class="lead">{t('passport.incident.intro')}</p>
      <DangerLine name={child.name} help={help} />
      <TextInput id={id('occurredAt')} type="datetime-local" max={localDateTime(new Date().toISOString())} label={t('passport.incident.occurredAt')} error={errors.occurredAt} value={form.occurredAt} onValue={(occurredAt) => update({ occurredAt })} class="narrow" />
      <Select id={id('platform')} label={t('passport.incident.platform')} error={errors.platform} value={form.platform} onValue={(platform) => update({ platform })} options={platformOptions(t)} placeholder={t('passport.platform.none')} />
      <TextArea id={id('whatHappened')} label={t('passport.incident.whatHappened')} hint={t('passport.incident.whatHappenedHint', { name: child.name })} error={errors.whatHappened} value={form.whatHappened} onValue={(whatHappened) => update({ whatHappened })} rows={4} />
      <TextInput id={id('whoWasTold')} label={t('passport.incident.whoWasTold')} error={errors.whoWasTold} value={form.whoWasTold} onValue={(whoWasTold) => update({ whoWasTold })} class="wide" />
      <CheckboxGroup id={id('reportedTo')} legend={t('passport.incident.reportedTo')} hint={reportedToHint(t, country, language)} options={reportOptions(t, help?.reportServices ?? [], form.reportedTo)} values={form.reportedTo} onValues={(reportedTo) => update({ reportedTo })} />
      <TextArea id={id('outcome')} label={t('passport.incident.outcome')} error={errors.outcome} value={form.outcome} onValue={(outcome) => update({ outcome })} rows={2} />
      <TextArea id={id('followUp')} label={t('passport.incident.followUp')} error={errors.followUp} value={form.followUp} onValue={(followUp) => update({ followUp })} rows={2} />
      <fieldset class="field repeat-group">
        <legend>{t('passport.incident.evidence')}</legend>
        <div class="notice" id={`${FORM}-evidence-rule`}>
          <p>
            <strong>{t('passport.incident.noImagesTitle')}</strong> {t('passport.incident.noImages', { where: imageReportPlaces(help, t, language) })}
          </p>
        </div>
        {form.evidence.map((item, i) => (
          <fieldset class="repeat-row" key={i}>
            <legend class="visually-hidden">{t('passport.incident.evidenceNumber', { number: i + 1 })}</legend>
            <TextInput id={id(`evidence.${i}.url`)} label={t('passport.incident.evidenceUrl')} hint={t('passport.incident.evidenceUrlHint')} error={errors[`evidence.${i}.url`]} value={item.url} onValue={(url) => setEvidence(i, { url })} autoComplete="off" spellcheck={false} class="wide" />
            <TextInput id={id(`evidence.${i}.account`)} label={t('passport.incident.evidenceAccount')} error={errors[`evidence.${i}.account`]} value={item.account} onValue={(account) => setEvidence(i, { account })} autoComplete="off" spellcheck={false} />
            <TextInput id={id(`evidence.${i}.time`)} label={t('passport.incident.evidenceTime')} error={errors[`evidence.${i}.time`]} value={item.time} onValue={(time) => setEvidence(i, { time })} />
            <TextInput id={id(`evidence.${i}.note`)} label={t('passport.incident.evidenceNote')} error={errors[`evidence.${i}.note`]} value={item.note} onValue={(note) => setEvidence(i, { note })} class="wide" />
            <button type="button" class="remove" onClick={() => removeEvidence(i)}>
              {t('passport.incident.removeEvidence', { number: i + 1 })}
            </button>
          </fieldset>
        ))}
        <button type="button" id={`${FORM}-add-evidence`} onClick={addEvidence}>
          {t('passport.incident.addEvidence')}
        </button>
      </fieldset>
    </FormShell>
  );
}
