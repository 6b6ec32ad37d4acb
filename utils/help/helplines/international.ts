// The EU-wide child helpline number and the international fallback ("another country" in the
// popup): Child Helpline International's member list and INHOPE's network of reporting hotlines.
// Facts: ../shared/research/helplines.tsv (EU and INT rows).
import { ALWAYS, CHECKED_ON, NOT_CONFIRMED, phone } from './common';
import type { CountryDirectory, Service } from './types';

export const eu116111: Service = {
  id: 'eu-116111',
  region: 'EU',
  kind: 'helpline',
  name: '116 111',
  phone: phone('116 111'),
  channels: [],
  hours: NOT_CONFIRMED,
  hoursAsOf: '2022-10-29',
  languages: [],
  free: true,
  sources: [{ url: 'https://childhelplineinternational.org/15-years-of-116111/', date: '2022-10-29' }],
  checkedOn: CHECKED_ON,
  caveat: true,
};

export const international: CountryDirectory = {
  country: 'INT',
  emergency: [],
  main: 'int-chi',
  services: [
    eu116111,
    {
      id: 'int-chi',
      region: 'INT',
      kind: 'directory',
      name: 'Child Helpline International',
      url: 'https://childhelplineinternational.org/about/members/',
      channels: [],
      hours: ALWAYS,
      hoursAsOf: 'undated',
      languages: ['en'],
      free: true,
      sources: [{ url: 'https://childhelplineinternational.org/about/members/', date: 'undated' }],
      checkedOn: CHECKED_ON,
      caveat: true,
    },
    {
      id: 'int-inhope',
      region: 'INT',
      kind: 'directory',
      name: 'INHOPE',
      url: 'https://www.inhope.org',
      channels: [],
      hours: ALWAYS,
      hoursAsOf: 'undated',
      languages: ['en'],
      free: true,
      anonymous: true,
      sources: [
        { url: 'https://inhope.org/EN/articles/about-inhope', date: 'undated' },
        { url: 'https://pointdecontact.net/le-reseau-inhope', date: 'undated' },
      ],
      checkedOn: CHECKED_ON,
      caveat: true,
    },
  ],
  routes: {
    harassment: { steps: [{ service: 'int-chi', reason: 'directory' }], notes: ['evidence'] },
    sextortion: {
      steps: [
        { service: 'int-inhope', reason: 'hotlineMap' },
        { service: 'int-chi', reason: 'directory' },
      ],
      notes: ['evidence'],
    },
    hacked: { steps: [], notes: ['accountRecovery'] },
    'illegal-content': { steps: [{ service: 'int-inhope', reason: 'hotlineMap' }], notes: ['evidence'] },
    'child-danger': { steps: [{ service: 'int-chi', reason: 'directory' }], notes: ['localEmergency'] },
    'parent-question': { steps: [{ service: 'int-chi', reason: 'directory' }] },
  },
};
