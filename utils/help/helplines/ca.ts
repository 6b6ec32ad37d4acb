// Canada. Facts: ../shared/research/helplines.tsv (CA rows); 911 from alberta.ca.
import { ALWAYS, CHECKED_ON, NOT_CONFIRMED, phone } from './common';
import type { CountryDirectory } from './types';

export const canada: CountryDirectory = {
  country: 'CA',
  emergency: ['ca-911'],
  main: 'ca-kids-help-phone',
  services: [
    {
      id: 'ca-911',
      region: 'CA',
      kind: 'emergency',
      name: '911',
      phone: phone('911'),
      channels: [],
      hours: ALWAYS,
      hoursAsOf: 'undated',
      languages: [],
      free: true,
      sources: [{ url: 'https://www.alberta.ca/what-to-expect-when-calling-911', date: 'undated' }],
      checkedOn: CHECKED_ON,
    },
    {
      id: 'ca-cybertip',
      region: 'CA',
      kind: 'reporting',
      name: 'Cybertip.ca',
      phone: phone('1-866-658-9022'),
      url: 'https://www.cybertip.ca',
      channels: [
        { kind: 'form', href: 'https://www.cybertip.ca', label: 'cybertip.ca', hours: ALWAYS },
        { kind: 'web', href: 'https://needhelpnow.ca', label: 'needhelpnow.ca', noteKey: 'helplines.ca-cybertip.needHelpNow' },
      ],
      hours: NOT_CONFIRMED,
      hoursAsOf: 'undated',
      languages: ['en', 'fr'],
      free: true,
      anonymous: 'unconfirmed',
      sources: [
        { url: 'https://www.cybertip.ca/app/en/about', date: 'undated' },
        { url: 'https://www.protectkidsonline.ca/app/en/report_concerning_behaviour', date: 'undated' },
      ],
      checkedOn: CHECKED_ON,
    },
    {
      id: 'ca-kids-help-phone',
      region: 'CA',
      kind: 'helpline',
      name: 'Kids Help Phone / Jeunesse, J’écoute',
      phone: phone('1-800-668-6868'),
      url: 'https://kidshelpphone.ca',
      channels: [
        { kind: 'sms', href: 'sms:686868', label: '686868', noteKey: 'helplines.ca-kids-help-phone.textNote' },
        { kind: 'chat', href: 'https://kidshelpphone.ca', label: 'kidshelpphone.ca', hours: NOT_CONFIRMED },
      ],
      hours: ALWAYS,
      hoursAsOf: '2023',
      languages: ['en', 'fr'],
      free: true,
      anonymous: 'unconfirmed',
      sources: [
        { url: 'https://kidshelpphone.ca/text-about-it/', date: 'undated' },
        { url: 'https://kidshelpphone.ca/get-involved/about-us/who-is-kids-help-phone/', date: 'undated' },
      ],
      checkedOn: CHECKED_ON,
    },
  ],
  routes: {
    harassment: {
      steps: [{ service: 'ca-kids-help-phone', reason: 'childLine' }],
      notes: ['evidence'],
    },
    sextortion: {
      steps: [
        { service: 'ca-cybertip', reason: 'exploitationReport' },
        { service: 'ca-911', reason: 'emergency' },
        { service: 'ca-kids-help-phone', reason: 'childLine' },
      ],
      notes: ['evidence'],
    },
    hacked: { steps: [], notes: ['accountRecovery'] },
    'illegal-content': {
      steps: [{ service: 'ca-cybertip', reason: 'exploitationReport' }],
      notes: ['evidence'],
    },
    'child-danger': {
      steps: [
        { service: 'ca-911', reason: 'emergency' },
        { service: 'ca-kids-help-phone', reason: 'childLine' },
      ],
    },
    'parent-question': { steps: [], notes: ['noDedicatedLine'] },
  },
};
