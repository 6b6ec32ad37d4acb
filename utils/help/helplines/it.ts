// Italy. Facts: ../shared/research/helplines.tsv (IT row); 112 from 112.gov.it. Italy's 114 is the
// children's emergency line, unrelated to France's 114.
import { ALWAYS, CHECKED_ON, MONDAY_TO_FRIDAY, phone, slot, weekly } from './common';
import type { CountryDirectory } from './types';

const ROME = 'Europe/Rome';
const AZZURRO_SOURCES = [
  { url: 'https://www.avvenire.it/per-telefono-azzurro-linee-attive-anche-a-natale_102484', date: '2025-12' },
  { url: 'https://notizie.tiscali.it/cronaca/articoli/minori-telefono-azzurro-non-va-in-vacanza/', date: '2018' },
];

export const italy: CountryDirectory = {
  country: 'IT',
  emergency: ['it-112'],
  main: 'it-telefono-azzurro',
  services: [
    {
      id: 'it-112',
      region: 'IT',
      kind: 'emergency',
      name: '112 Numero Unico di Emergenza',
      phone: phone('112'),
      channels: [],
      hours: ALWAYS,
      hoursAsOf: 'undated',
      languages: [],
      free: true,
      sources: [{ url: 'https://112.gov.it/en/how_it_works/', date: 'undated' }],
      checkedOn: CHECKED_ON,
    },
    {
      id: 'it-114',
      region: 'IT',
      kind: 'helpline',
      name: '114 Emergenza Infanzia',
      phone: phone('114'),
      channels: [],
      hours: ALWAYS,
      hoursAsOf: '2025-12',
      languages: ['it'],
      free: 'unconfirmed',
      sources: AZZURRO_SOURCES,
      checkedOn: CHECKED_ON,
    },
    {
      id: 'it-telefono-azzurro',
      region: 'IT',
      kind: 'helpline',
      name: 'Telefono Azzurro 1.96.96',
      phone: phone('19696'),
      url: 'https://azzurro.it',
      channels: [
        {
          kind: 'chat',
          href: 'https://azzurro.it',
          label: 'azzurro.it',
          hours: weekly(ROME, slot(MONDAY_TO_FRIDAY, '08:00', '22:00'), slot(['sat', 'sun'], '08:00', '20:00')),
        },
        { kind: 'form', href: 'https://azzurro.it', label: 'Clicca e Segnala', noteKey: 'helplines.it-telefono-azzurro.reportNote' },
      ],
      hours: ALWAYS,
      hoursAsOf: '2025-12',
      languages: ['it'],
      free: true,
      anonymous: 'unconfirmed',
      sources: AZZURRO_SOURCES,
      checkedOn: CHECKED_ON,
      caveat: true,
    },
  ],
  routes: {
    harassment: {
      steps: [{ service: 'it-telefono-azzurro', reason: 'childLine' }],
      notes: ['evidence'],
    },
    sextortion: {
      steps: [
        { service: 'it-telefono-azzurro', reason: 'illegalContentReport' },
        { service: 'it-112', reason: 'emergency' },
      ],
      notes: ['evidence'],
    },
    hacked: { steps: [], notes: ['accountRecovery'] },
    'illegal-content': {
      steps: [{ service: 'it-telefono-azzurro', reason: 'illegalContentReport' }],
      notes: ['evidence'],
    },
    'child-danger': {
      steps: [
        { service: 'it-114', reason: 'childInDanger' },
        { service: 'it-112', reason: 'emergency' },
      ],
    },
    'parent-question': {
      steps: [{ service: 'it-telefono-azzurro', reason: 'adultsWorried' }],
    },
  },
};
