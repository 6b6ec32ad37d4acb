// Australia. The eSafety Commissioner takes reports of serious cyberbullying of under-18s,
// image-based abuse and illegal content; Kids Helpline (yourtown) is the young person's own line,
// for ages 5 to 25.
//
// Quoted from the Australian Government (acorn.gov.au, esafety.gov.au), including eSafety's 2016
// quick guide for parents. Parentline (state-run) and the AFP's ACCCE reporting form were not in the
// stored copies: not listed.
import { ALWAYS, CHECKED_ON, NOT_CONFIRMED, phone, quoted } from './common';
import type { CountryDirectory } from './types';

const ACORN_CHILDREN = 'https://www.acorn.gov.au/support-and-advice/support-children';
const ESAFETY_YOUNG = 'https://www.esafety.gov.au/youngandesafe/responsible';

export const australia: CountryDirectory = {
  country: 'AU',
  emergency: ['au-000'],
  main: 'au-esafety',
  childLine: 'au-kids-helpline',
  services: [
    {
      id: 'au-000',
      region: 'AU',
      kind: 'emergency',
      name: '000',
      phone: phone('000'),
      channels: [],
      hours: NOT_CONFIRMED,
      hoursAsOf: 'undated',
      languages: [],
      free: 'unconfirmed',
      audience: 'anyone',
      sources: [{ url: ACORN_CHILDREN, date: 'undated' }],
      officialDomains: ['gov.au'],
      evidence: [
        quoted(ACORN_CHILDREN, 'en-AU', CHECKED_ON, ['number', 'purpose'],
          'If you suspect an adult has engaged in inappropriate activity involving a child, call the police immediately on Triple Zero 000 (if it is an emergency) or Crimestoppers on 1800 333 000.'),
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
      free: 'unconfirmed',
      anonymous: 'unconfirmed',
      audience: 'anyone',
      sources: [{ url: ACORN_CHILDREN, date: 'undated' }],
      officialDomains: ['esafety.gov.au', 'gov.au'],
      evidence: [
        quoted(ACORN_CHILDREN, 'en-AU', CHECKED_ON, ['purpose'],
          'The Office of the Children’s eSafety Commissioner accepts reports of offensive and illegal online content including child sexual abuse material.'),
      ],
      checkedOn: CHECKED_ON,
      sourceNote: true,
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
      hoursAsOf: 'undated',
      languages: ['en'],
      free: true,
      anonymous: 'unconfirmed',
      audience: 'child',
      sources: [{ url: ACORN_CHILDREN, date: 'undated' }, { url: ESAFETY_YOUNG, date: 'undated' }],
      officialDomains: ['kidshelpline.com.au', 'yourtown.com.au', 'gov.au'],
      evidence: [
        quoted(ACORN_CHILDREN, 'en-AU', CHECKED_ON, ['number'], 'Your child may also benefit from contacting Kids Helpline on 1800 55 1800.'),
        quoted(ACORN_CHILDREN, 'en-AU', CHECKED_ON, ['cost', 'channels', 'who', 'hours', 'purpose'],
          'Kids Helpline is a free, private and confidential, telephone and online counselling service specifically for young people aged between 5 and 25. It is available 24 hours a day to help with all sorts of problems, big and small.'),
        quoted(ESAFETY_YOUNG, 'en-AU', CHECKED_ON, ['hours'], 'If you are feeling upset or worried, or just need to talk to someone, Kids Helpline is available 24 hours a day, 7 days a week.'),
      ],
      checkedOn: CHECKED_ON,
      sourceNote: true,
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
        { service: 'int-take-it-down', reason: 'hashUnder18' },
        { service: 'int-stopncii', reason: 'hashAdults' },
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
      steps: [{ service: 'au-esafety', reason: 'removalScheme' }],
      notes: ['noDedicatedLine'],
    },
  },
};
