// Italy. Italy's 114 is the children's emergency line, unrelated to France's 114. 116 111 is not in
// service in Italy (Child Helpline International; international.ts).
//
// Telefono Azzurro's 1.96.96 is quoted from its own English page (english.azzurro.it, stored over
// http and undated); 112 from the government's 112.gov.it and the European Commission. The 114
// Emergenza Infanzia (children in danger, run by Telefono Azzurro for the government) is left out:
// no official page in the stored copies gives it (114.it was not there, only the press). The chat
// hours of 2017–2018 come from the press only and are not shown.
import { CHECKED_ON, EU_112_EVIDENCE, EU_112_PAGE, NOT_CONFIRMED, phone, quoted } from './common';
import type { CountryDirectory } from './types';

const AZZURRO_EN = 'https://english.azzurro.it/';

export const italy: CountryDirectory = {
  country: 'IT',
  emergency: ['it-112'],
  main: 'it-telefono-azzurro',
  services: [
    {
      id: 'it-112',
      region: 'IT',
      kind: 'emergency',
      name: '112',
      phone: phone('112'),
      channels: [],
      hours: NOT_CONFIRMED,
      hoursAsOf: 'undated',
      languages: [],
      free: true,
      audience: 'anyone',
      sources: [{ url: 'https://112.gov.it/en/how_it_works/', date: 'undated' }, { url: EU_112_PAGE, date: 'undated' }],
      officialDomains: ['112.gov.it', 'europa.eu'],
      evidence: [
        ...EU_112_EVIDENCE,
        quoted('https://112.gov.it/en/how_it_works/', 'en', CHECKED_ON, ['number'],
          'In case of emergency, the number 112 (one-one-two) is dialed and the call reaches an answer point where the number of the caller is immediately displayed and the location of the caller is identified on the geographic map.'),
      ],
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
        { kind: 'chat', href: 'https://azzurro.it', label: 'azzurro.it', hours: NOT_CONFIRMED, unconfirmed: true },
        { kind: 'form', href: 'https://azzurro.it/it/clicca-e-segnala', label: 'Clicca e Segnala', noteKey: 'helplines.it-telefono-azzurro.reportNote', unconfirmed: true },
      ],
      hours: { kind: 'always' },
      hoursAsOf: 'undated',
      languages: ['it'],
      free: true,
      anonymous: 'unconfirmed',
      audience: 'anyone',
      sources: [{ url: AZZURRO_EN, date: 'undated' }],
      officialDomains: ['azzurro.it'],
      evidence: [
        quoted(AZZURRO_EN, 'en', CHECKED_ON, ['number', 'cost', 'hours', 'who', 'purpose'],
          'In 1990, the first toll-free telephone helpline for children (1.96.96 – which is available 24 hours a day, 365 days a year) was set up. It currently also takes calls from adults who want to report on missing or exploited children.',
          'Telefono Azzurro\'s own English page, undated, stored at http://english.azzurro.it/'),
      ],
      checkedOn: CHECKED_ON,
      sourceNote: true,
    },
  ],
  routes: {
    harassment: {
      steps: [{ service: 'it-telefono-azzurro', reason: 'childLine' }],
      notes: ['evidence'],
    },
    sextortion: {
      steps: [
        { service: 'int-take-it-down', reason: 'hashUnder18' },
        { service: 'int-stopncii', reason: 'hashAdults' },
        { service: 'it-telefono-azzurro', reason: 'childLine' },
        { service: 'it-112', reason: 'emergency' },
      ],
      notes: ['evidence'],
    },
    hacked: { steps: [], notes: ['accountRecovery'] },
    'illegal-content': {
      steps: [{ service: 'int-inhope', reason: 'hotlineMap' }],
      notes: ['evidence'],
    },
    'child-danger': {
      steps: [
        { service: 'it-112', reason: 'emergency' },
        { service: 'it-telefono-azzurro', reason: 'childLine' },
      ],
    },
    'parent-question': {
      steps: [{ service: 'it-telefono-azzurro', reason: 'adultsWorried' }],
    },
  },
};
