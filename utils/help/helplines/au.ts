// Australia. Facts: ../shared/research/helplines.tsv (AU rows); Triple Zero from rdses.com.au
// (a state emergency service) and the research's eSafety row ("000 if danger").
import { ALWAYS, CHECKED_ON, NOT_CONFIRMED, phone } from './common';
import type { CountryDirectory } from './types';

export const australia: CountryDirectory = {
  country: 'AU',
  emergency: ['au-000'],
  main: 'au-kids-helpline',
  services: [
    {
      id: 'au-000',
      region: 'AU',
      kind: 'emergency',
      name: 'Triple Zero (000)',
      phone: phone('000'),
      channels: [],
      hours: ALWAYS,
      hoursAsOf: 'undated',
      languages: [],
      free: true,
      sources: [
        { url: 'https://rdses.com.au/triple-zero-000', date: 'undated' },
        { url: 'https://esafety.gov.au/report/what-is-serious-online-abuse', date: 'undated' },
      ],
      checkedOn: CHECKED_ON,
    },
    {
      id: 'au-esafety',
      region: 'AU',
      kind: 'reporting',
      name: 'eSafety Commissioner',
      url: 'https://www.esafety.gov.au/report/forms',
      channels: [{ kind: 'form', href: 'https://www.esafety.gov.au/report/forms', label: 'esafety.gov.au/report' }],
      hours: ALWAYS,
      hoursAsOf: 'undated',
      languages: ['en'],
      free: true,
      anonymous: 'unconfirmed',
      sources: [
        { url: 'https://esafety.gov.au/report/what-is-serious-online-abuse', date: 'undated' },
        { url: 'https://police.vic.gov.au/dealing-online-abuse', date: 'undated' },
      ],
      checkedOn: CHECKED_ON,
      caveat: true,
    },
    {
      id: 'au-kids-helpline',
      region: 'AU',
      kind: 'helpline',
      name: 'Kids Helpline (yourtown)',
      phone: phone('1800 55 1800'),
      url: 'https://kidshelpline.com.au',
      channels: [{ kind: 'chat', href: 'https://kidshelpline.com.au', label: 'kidshelpline.com.au', hours: NOT_CONFIRMED }],
      hours: ALWAYS,
      hoursAsOf: '2023',
      languages: ['en'],
      free: true,
      anonymous: 'unconfirmed',
      sources: [
        { url: 'https://kidshelpline.com.au/grownups/getting-help/', date: 'undated' },
        { url: 'https://www.healthdirect.gov.au/australian-health-services/healthcare-service/virtual/kids-helpline/parenting-and-family-support/d10bd0b6-ccdc-f931-4e60-af7b09787dcf', date: '2023' },
      ],
      checkedOn: CHECKED_ON,
      caveat: true,
    },
  ],
  routes: {
    harassment: {
      steps: [
        { service: 'au-esafety', reason: 'removalScheme' },
        { service: 'au-kids-helpline', reason: 'childLine' },
      ],
      notes: ['evidence'],
    },
    sextortion: {
      steps: [
        { service: 'au-esafety', reason: 'removalScheme' },
        { service: 'au-000', reason: 'emergency' },
        { service: 'au-kids-helpline', reason: 'childLine' },
      ],
      notes: ['evidence'],
    },
    hacked: { steps: [], notes: ['accountRecovery'] },
    'illegal-content': {
      steps: [{ service: 'au-esafety', reason: 'removalScheme' }],
      notes: ['evidence'],
    },
    'child-danger': {
      steps: [
        { service: 'au-000', reason: 'emergency' },
        { service: 'au-kids-helpline', reason: 'childLine' },
      ],
    },
    'parent-question': {
      steps: [{ service: 'au-kids-helpline', reason: 'adultsWorried' }],
    },
  },
};
