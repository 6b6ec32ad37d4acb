// Switzerland. Facts: ../shared/research/helplines.tsv (CH row); 117 / 112 from ch.ch.
// Switzerland's 147 is not Austria's 147 (Rat auf Draht). Pro Juventute's separate parents' line is
// not verified by the research: not listed.
import { ALWAYS, CHECKED_ON, phone } from './common';
import type { CountryDirectory } from './types';

const EMERGENCY_SOURCES = [
  { url: 'https://ch.ch/en/road-accident-what-should-i-do', date: 'undated' },
  { url: 'https://blog.alertswiss.ch/fr/rubrique/nouvelles-de-lofpp/journee-europeenne-du-numero-durgence-112', date: 'undated' },
];

export const switzerland: CountryDirectory = {
  country: 'CH',
  emergency: ['ch-117', 'ch-112'],
  main: 'ch-147',
  services: [
    {
      id: 'ch-112',
      region: 'CH',
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
      id: 'ch-117',
      region: 'CH',
      kind: 'emergency',
      name: '117 Police',
      phone: phone('117'),
      channels: [],
      hours: ALWAYS,
      hoursAsOf: 'undated',
      languages: [],
      free: 'unconfirmed',
      sources: EMERGENCY_SOURCES,
      checkedOn: CHECKED_ON,
    },
    {
      id: 'ch-147',
      region: 'CH',
      kind: 'helpline',
      name: 'Pro Juventute 147',
      phone: phone('147'),
      url: 'https://www.147.ch',
      channels: [
        { kind: 'sms', href: 'sms:147', label: '147' },
        { kind: 'whatsapp', href: 'https://www.147.ch', label: '147.ch' },
        { kind: 'email', href: 'mailto:beratung@147.ch', label: 'beratung@147.ch' },
      ],
      hours: ALWAYS,
      hoursAsOf: '2023',
      languages: ['de', 'fr', 'it'],
      free: true,
      anonymous: 'unconfirmed',
      sources: [
        { url: 'https://www.projuventute.ch/de/eltern/familie-gesellschaft/147', date: 'undated' },
        { url: 'https://www.pfarreiforum.ch/Kinderseite/dies--das/die-nummer-gegen-kummer/index.php', date: 'undated' },
      ],
      checkedOn: CHECKED_ON,
    },
  ],
  routes: {
    harassment: {
      steps: [{ service: 'ch-147', reason: 'childLine' }],
      notes: ['evidence'],
    },
    sextortion: {
      steps: [
        { service: 'ch-147', reason: 'childLine' },
        { service: 'ch-117', reason: 'emergency' },
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
        { service: 'ch-117', reason: 'emergency' },
        { service: 'ch-147', reason: 'childLine' },
      ],
    },
    'parent-question': { steps: [], notes: ['noDedicatedLine'] },
  },
};
