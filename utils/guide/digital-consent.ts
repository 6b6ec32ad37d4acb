// The age of digital consent (GDPR article 8), per country Vigie serves, where its own law or
// data-protection authority says it in a passage we quote: under it, where a service asks for
// consent to use a child's data, the consent must come from, or with, a parent. Countries whose
// age no official page we read confirms are left out (not guessed): Germany, Belgium, Spain, Italy,
// Luxembourg, the Netherlands, Austria, as of 2026-12-04.
import type { Evidence } from '../evidence';
import type { AgeBand } from '../taxonomy';
import { bandsReachingBelow } from './age-bands';

export interface DigitalConsentAge {
  /** ISO 3166 alpha-2, lower case, as the helpline directory names countries. */
  country: string;
  age: number;
  /** The law's or the authority's own domains, where the passage is read. */
  officialDomains: readonly string[];
  evidence: readonly Evidence[];
}

const READ = '2026-12-04';

export const DIGITAL_CONSENT_AGES: readonly DigitalConsentAge[] = [
  {
    country: 'fr',
    age: 15,
    officialDomains: ['cnil.fr', 'legifrance.gouv.fr'],
    evidence: [
      {
        url: 'https://www.cnil.fr/fr/recommandation-4-rechercher-le-consentement-dun-parent-pour-les-mineurs-de-moins-de-15-ans',
        lang: 'fr',
        read: READ,
        supports: ['claim'],
        quote:
          'L’article 45 de la loi Informatique et Libertés prévoit que, dans le cadre des services en ligne et pour les traitements de données qui reposent sur le consentement non contractuel de l’utilisateur, le ou les titulaires de l’autorité parentale doivent donner leur accord conjointement avec celui de leur enfant si celui-ci a moins de 15 ans.',
        note: 'CNIL recommendation 4 of 9 June 2021 (the stored copy was fetched from the cnil.fr host)',
      },
    ],
  },
  {
    country: 'ie',
    age: 16,
    officialDomains: ['oireachtas.ie', 'irishstatutebook.ie', 'dataprotection.ie'],
    evidence: [
      {
        url: 'https://www.oireachtas.ie/en/debates/question/2022-04-05/592/',
        lang: 'en',
        read: READ,
        supports: ['claim'],
        quote: 'Under Section 31(1) of the Data Protection Act 2018, the age of a child specified for the purposes of Article 8 is 16 years of age.',
        note: 'written answer of the Minister for Justice, Dáil Éireann, 5 April 2022',
      },
    ],
  },
];

/** The country's age of digital consent when a child of this band may be under it; else undefined. */
export function digitalConsentFor(country: string | undefined, band: AgeBand | undefined): { country: string; age: number } | undefined {
  const entry = DIGITAL_CONSENT_AGES.find((e) => e.country === country?.toLowerCase());
  if (!entry || !band || !bandsReachingBelow(entry.age).includes(band)) return undefined;
  return { country: entry.country, age: entry.age };
}
