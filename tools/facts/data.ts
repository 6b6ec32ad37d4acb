// What `npm run facts` and `npm run facts:recheck` read: the checklists, the helpline directory
// and the official domains, as the extension bundles them. Kept apart from the counting so the
// tests can hand the same functions small fixture data instead.
import { checklists } from '../../utils/guide/checklists';
import type { Checklist } from '../../utils/guide/checklists/types';
import { OFFICIAL_DOMAINS } from '../../utils/guide/checklists/official-domains';
import { directories } from '../../utils/help/helplines';
import { catalogs } from '../../utils/i18n/locales';
import type { CountryDirectory } from '../../utils/help/helplines/types';
import type { PlatformId } from '../../utils/taxonomy';
import { DIGITAL_CONSENT_AGES, type DigitalConsentAge } from '../../utils/guide/digital-consent';

export interface FactsData {
  checklists: readonly Checklist[];
  /** Where a platform's path, default or claim may be proved from. */
  platformDomains: Readonly<Partial<Record<PlatformId, readonly string[]>>>;
  directories: readonly CountryDirectory[];
  /** Ids of the helpline entries that show a purpose text (`helplines.<id>.purpose`). */
  withPurpose: ReadonlySet<string>;
  /** The ages of digital consent the panel names beside a child's review (none when left out). */
  consentAges?: readonly DigitalConsentAge[];
}

/** Ids of the entries with a `helplines.<id>.purpose` text (a lint test keeps French in step with English). */
function servicesWithPurpose(): Set<string> {
  const keys = Object.keys(catalogs.en).map((key) => /^helplines\.(.+)\.purpose$/.exec(key)?.[1]);
  return new Set(keys.filter((id): id is string => id !== undefined));
}

export function realData(): FactsData {
  return { checklists, platformDomains: OFFICIAL_DOMAINS, directories, withPurpose: servicesWithPurpose(), consentAges: DIGITAL_CONSENT_AGES };
}
