// Words for the passport's fixed values (age bands, roles, topics, platforms…), from the locale
// files, and the option lists the forms offer.
import type { Translate } from '../../utils/i18n/translator';
import { PLATFORM_IDS } from '../../utils/taxonomy';
import { REVIEW_INTERVALS } from '../../utils/passport/reviews';
import { serviceLabel, serviceLabelById } from '../../utils/help/incident-help';
import type { Service } from '../../utils/help/helplines';
import { ADULT_ROLES, AGE_BANDS, AGREEMENT_TOPICS, REPORT_TARGETS, type Agreement } from '../../utils/passport/types';
import type { Option } from './fields';

export const topicLabel = (t: Translate, agreement: Pick<Agreement, 'topic' | 'customTopic'>) =>
  agreement.topic === 'other' && agreement.customTopic ? agreement.customTopic : t(`passport.topic.${agreement.topic}`);

export const platformLabel = (t: Translate, platform: string) => (platform ? t(`passport.platform.${platform}`) : t('passport.platform.none'));

export function intervalLabel(t: Translate, days: number): string {
  const known = (REVIEW_INTERVALS as readonly number[]).includes(days);
  return known ? t(`passport.interval.${days}`) : t('passport.interval.days', { days });
}

export const ageBandOptions = (t: Translate): Option[] => AGE_BANDS.map((value) => ({ value, label: t(`passport.ageBand.${value}`) }));
export const roleOptions = (t: Translate): Option[] => ADULT_ROLES.map((value) => ({ value, label: t(`passport.role.${value}`) }));
export const topicOptions = (t: Translate): Option[] => AGREEMENT_TOPICS.map((value) => ({ value, label: t(`passport.topic.${value}`) }));
/** The usual intervals, plus the current one if it is another (an imported agreement). */
export function intervalOptions(t: Translate, current: string): Option[] {
  const days = [...REVIEW_INTERVALS] as number[];
  const value = Number(current);
  if (Number.isInteger(value) && value > 0 && !days.includes(value)) days.push(value);
  return days.sort((a, b) => a - b).map((d) => ({ value: String(d), label: intervalLabel(t, d) }));
}
/** Where an incident was reported, as words: a fixed target, or a directory service by its id. */
export const reportLabel = (t: Translate, value: string): string =>
  (REPORT_TARGETS as readonly string[]).includes(value) ? t(`passport.report.${value}`) : serviceLabelById(value);

/** Offered for a new incident: the country's services, then who else may have been told. */
const OFFERED_TARGETS = ['police', 'platform', 'school', 'social-worker', 'other'] as const;

/**
 * The chosen country's services, the fixed targets, and whatever the incident already names (a
 * service of another country, a value of an older record) so that nothing ticked disappears.
 */
export function reportOptions(t: Translate, services: readonly Service[], current: readonly string[]): Option[] {
  const offered: Option[] = [
    ...services.map((service) => ({ value: service.id, label: serviceLabel(service) })),
    ...OFFERED_TARGETS.map((value) => ({ value, label: t(`passport.report.${value}`) })),
  ];
  const kept = current.filter((value) => !offered.some((o) => o.value === value)).map((value) => ({ value, label: reportLabel(t, value) }));
  return [...offered, ...kept];
}
export const stillWorkingOptions = (t: Translate): Option[] => (['yes', 'partly', 'no'] as const).map((value) => ({ value, label: t(`passport.stillWorking.${value}`) }));

/** Platforms sorted by their names in the page's language, "another platform" last. */
export function platformOptions(t: Translate): Option[] {
  const named = PLATFORM_IDS.map((value) => ({ value, label: t(`passport.platform.${value}`) })).sort((a, b) => a.label.localeCompare(b.label));
  return [...named, { value: 'other', label: t('passport.platform.other') }];
}

/**
 * A section's accessible name: its heading, after the heading of what it belongs to (a child, in
 * the household printout) so that regions stay unique ("Zéphyrine Agreements").
 */
export const labelledBy = (ownerId: string | undefined, headingId: string): string => (ownerId ? `${ownerId} ${headingId}` : headingId);
