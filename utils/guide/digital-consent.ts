// The age of digital consent (GDPR article 8, and the UK GDPR), per country Vigie serves, where its
// own law, data-protection authority or government says it in a passage we quote: under it, where a
// service asks for consent to use a child's data, the consent must come from, or with, a parent.
// Countries whose age no official page we read confirms are left out (not guessed): Germany, Italy,
// Austria, as of 2026-12-04. Countries with no such age (ch, au, ca, us) are not listed.
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
  {
    country: 'be',
    age: 13,
    officialDomains: ['autoriteprotectiondonnees.be', 'gegevensbeschermingsautoriteit.be', 'ejustice.just.fgov.be'],
    evidence: [
      {
        url: 'https://www.autoriteprotectiondonnees.be/rgpd-la-limite-d-age-de-13-ans-correspond-a-la-pratique-numerique',
        lang: 'fr',
        read: READ,
        supports: ['claim'],
        quote:
          "L'Autorité soutient le choix du législateur belge d'abaisser à 13 ans l'âge pour le consentement parental en vertu du Règlement général sur la protection des données",
        note:
          'news item of the Autorité de protection des données, 13 February 2018, on the bill that became the law of 30 July 2018 (art. 7); its older undated page gegevensbeschermingsautoriteit.be/kinderen still gives 16 and says the Belgian legislator may lower it',
      },
    ],
  },
  {
    country: 'es',
    age: 14,
    officialDomains: ['aepd.es', 'boe.es', 'ctpdandalucia.es'],
    evidence: [
      {
        url: 'https://ctpdandalucia.es/preguntas-frecuentes/%C3%A1rea-de-protecci%C3%B3n-de-datos/respuestas-de-la-aepd/menores-y-educacion',
        lang: 'es',
        read: READ,
        supports: ['claim'],
        quote:
          'Cuando la recogida y tratamiento de datos de menores responda al consentimiento, hay que tener en cuenta que deberá ser expreso y que cuando se trate de menores de 14 años lo han de prestar sus padres o tutores.',
        note:
          "answers of the AEPD ('Menores y educación') as published by the Consejo de Transparencia y Protección de Datos de Andalucía; the same page cites LOPDGDD art. 7 ('mayor de catorce años'). No stored copy on aepd.es or boe.es was found",
      },
    ],
  },
  {
    country: 'lu',
    age: 16,
    officialDomains: ['bee-secure.lu', 'cnpd.public.lu', 'legilux.public.lu'],
    evidence: [
      {
        url: 'https://www.bee-secure.lu/fr/news/%C3%A2ge-minimum-%C3%A0-partir-de-quel-%C3%A2ge-les-enfants-peuvent-ils-utiliser-whatsapp-instagram-co',
        lang: 'fr',
        read: READ,
        supports: ['claim'],
        quote:
          'Dans notre pays, les jeunes ou les enfants de moins de 16 ans doivent avoir obtenu le consentement de leurs parents pour utiliser un service.',
        note:
          "BEE SECURE (the Luxembourg government's online-safety initiative), 'Âge minimum : à partir de quel âge les enfants peuvent-ils utiliser WhatsApp, Instagram & Co. ?'; no stored copy of a CNPD page giving the age was found",
      },
    ],
  },
  {
    country: 'nl',
    age: 16,
    officialDomains: ['autoriteitpersoonsgegevens.nl', 'wetten.overheid.nl'],
    evidence: [
      {
        url: 'https://autoriteitpersoonsgegevens.nl/nl/nieuws/mag-ik-onder-de-avg-gegevens-van-kinderen-verwerken',
        lang: 'nl',
        read: READ,
        supports: ['claim'],
        quote:
          'Verwerkt een organisatie straks gegevens van kinderen online? Bijvoorbeeld via een app, online game, webwinkel of via sociale media? Dan mag dit bij kinderen onder de 16 jaar alleen als de ouders hiervoor toestemming hebben gegeven.',
        note:
          "Autoriteit Persoonsgegevens news item 'Mag ik onder de AVG gegevens van kinderen verwerken?' (before the AVG applied; it said the Netherlands would 'waarschijnlijk' not lower the age); the stored copy was fetched with a newsletter query string",
      },
    ],
  },
  {
    country: 'gb',
    age: 13,
    officialDomains: ['ico.org.uk', 'legislation.gov.uk'],
    evidence: [
      {
        url: 'https://ico.org.uk/for-organisations/uk-gdpr-guidance-and-resources/childrens-information/children-and-the-uk-gdpr/what-are-the-rules-about-an-iss-and-consent/',
        lang: 'en-GB',
        read: READ,
        supports: ['claim'],
        quote:
          'Where the child is below the age of 13 years, such processing shall be lawful only if and to the extent that consent is given or authorised by the holder of parental responsibility over the child.',
        note: "ICO guidance 'What are the rules about an ISS and consent?', quoting Article 8(1) of the UK GDPR",
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
