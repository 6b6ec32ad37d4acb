// Belgium. Facts: ../shared/research/helplines.tsv (BE rows); 101 / 112 from police.be.
// The Flemish children's line (Awel 102) is not confirmed by the research: not listed.
import { ALWAYS, CHECKED_ON, EVERY_DAY, NOT_CONFIRMED, phone, slot, weekly } from './common';
import type { CountryDirectory } from './types';

const BRUSSELS = 'Europe/Brussels';
const EMERGENCY_SOURCES = [{ url: 'https://www.police.be/5998/fr/contact/numeros-durgence', date: 'undated' }];

export const belgium: CountryDirectory = {
  country: 'BE',
  emergency: ['be-112', 'be-101'],
  main: 'be-child-focus',
  services: [
    {
      id: 'be-101',
      region: 'BE',
      kind: 'emergency',
      name: '101 Police',
      phone: phone('101'),
      channels: [],
      hours: ALWAYS,
      hoursAsOf: 'undated',
      languages: [],
      free: 'unconfirmed',
      sources: EMERGENCY_SOURCES,
      checkedOn: CHECKED_ON,
    },
    {
      id: 'be-103',
      region: 'BE',
      kind: 'helpline',
      name: '103 Écoute-Enfants',
      phone: phone('103'),
      url: 'https://www.103ecoute.be',
      channels: [{ kind: 'chat', href: 'https://www.103ecoute.be', label: '103ecoute.be', hours: NOT_CONFIRMED }],
      hours: weekly(BRUSSELS, slot(EVERY_DAY, '10:00', '24:00')),
      hoursAsOf: '2015',
      languages: ['fr'],
      free: true,
      anonymous: true,
      sources: [
        { url: 'https://www.rtl.be/info/belgique/politique/plus-de-29-000-appels-a-ecoute-enfants-en-2014-dont-des-emotionnellement-eprouvants--726853.aspx', date: '2015' },
        { url: 'https://deapotheker.pmg.be/fr/fichier/EAKbe2605S43_00', date: 'undated' },
      ],
      checkedOn: CHECKED_ON,
      caveat: true,
    },
    {
      id: 'be-112',
      region: 'BE',
      kind: 'emergency',
      name: '112',
      phone: phone('112'),
      channels: [],
      hours: ALWAYS,
      hoursAsOf: 'undated',
      languages: [],
      free: true,
      sources: EMERGENCY_SOURCES,
      checkedOn: CHECKED_ON,
    },
    {
      id: 'be-child-focus',
      region: 'BE',
      kind: 'helpline',
      name: 'Child Focus 116 000',
      phone: phone('116 000'),
      url: 'https://childfocus.be',
      channels: [],
      hours: ALWAYS,
      hoursAsOf: '2018-03',
      languages: [],
      free: true,
      anonymous: 'unconfirmed',
      sources: [{ url: 'https://fr.metrotime.be/2018/03/29/actualite/en-20-ans-child-focus-a-lance-plus-de-2-300-campagnes-dappels-a-temoins/', date: '2018-03-29' }],
      checkedOn: CHECKED_ON,
      caveat: true,
    },
  ],
  routes: {
    harassment: {
      steps: [{ service: 'be-103', reason: 'childLine' }],
      notes: ['evidence'],
    },
    sextortion: {
      steps: [
        { service: 'be-child-focus', reason: 'missingExploited' },
        { service: 'be-101', reason: 'emergency' },
      ],
      notes: ['evidence'],
    },
    hacked: { steps: [], notes: ['accountRecovery'] },
    'illegal-content': {
      steps: [{ service: 'be-child-focus', reason: 'missingExploited' }],
      notes: ['evidence'],
    },
    'child-danger': {
      steps: [
        { service: 'be-101', reason: 'emergency' },
        { service: 'be-103', reason: 'childLine' },
      ],
    },
    'parent-question': {
      steps: [{ service: 'be-103', reason: 'adultsWorried' }],
    },
  },
};
