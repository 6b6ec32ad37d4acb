// Canada. Cybertip.ca / Cyberaide.ca (the Canadian Centre for Child Protection) takes reports of the
// online sexual exploitation of children, from parents too; Kids Help Phone / Jeunesse, J'écoute is
// the young person's own line, in English and French.
//
// Quoted from the Government of Canada (pensezcybersecurite.gc.ca), the Canadian Centre for Child
// Protection's sites (cybertip.ca, cyberaide.ca, protectkidsonline.ca), the Winnipeg Police Service
// and Kids Help Phone's own pages. Kids Help Phone's phone number appears on no official page in the
// stored copies (only in the press and directories): it is marked not confirmed.
import { ALWAYS, CHECKED_ON, NOT_CONFIRMED, phone, quoted } from './common';
import type { CountryDirectory } from './types';

const GOV_CA = 'https://www.pensezcybersecurite.gc.ca/cnt/prtct-yrslf/prtctn-fml/nln-xplttn-en.aspx';
const C3P_PARENTS = 'https://www.protectkidsonline.ca/app/en/report_concerning_behaviour';
const CYBERAIDE = 'https://cyberaide.ca/en/report/taking-action';
const WINNIPEG_POLICE = 'https://www.winnipeg.ca/police/TakeAction/cybertip.stm';
const KHP_TEXT = 'https://kidshelpphone.ca/text-about-it/';
const KHP_ABOUT = 'https://kidshelpphone.ca/get-involved/about-us/who-is-kids-help-phone/';

export const canada: CountryDirectory = {
  country: 'CA',
  emergency: ['ca-911'],
  main: 'ca-cybertip',
  childLine: 'ca-kids-help-phone',
  services: [
    {
      id: 'ca-911',
      region: 'CA',
      kind: 'emergency',
      name: '911',
      phone: phone('911'),
      channels: [],
      hours: NOT_CONFIRMED,
      hoursAsOf: 'undated',
      languages: [],
      free: 'unconfirmed',
      audience: 'anyone',
      sources: [{ url: GOV_CA, date: 'undated' }],
      officialDomains: ['gc.ca', 'canada.ca', 'protectkidsonline.ca'],
      evidence: [
        quoted(GOV_CA, 'en-CA', CHECKED_ON, ['number', 'purpose'], 'If you know about a child who is in immediate danger or risk, call 911 or your local police.'),
        quoted(C3P_PARENTS, 'en-CA', CHECKED_ON, ['number'], 'If you are concerned that your child may be in immediate danger, call 911 or your local police.'),
      ],
      checkedOn: CHECKED_ON,
    },
    {
      id: 'ca-cybertip',
      region: 'CA',
      kind: 'reporting',
      name: 'Cybertip.ca / Cyberaide.ca',
      phone: phone('1-866-658-9022'),
      url: 'https://www.cybertip.ca',
      channels: [
        { kind: 'form', href: 'https://www.cybertip.ca', label: 'cybertip.ca', hours: ALWAYS },
        { kind: 'web', href: 'https://needhelpnow.ca', label: 'needhelpnow.ca', noteKey: 'helplines.ca-cybertip.needHelpNow' },
      ],
      hours: ALWAYS,
      hoursAsOf: 'undated',
      languages: ['en', 'fr'],
      free: true,
      anonymous: true,
      audience: 'anyone',
      sources: [{ url: CYBERAIDE, date: 'undated' }, { url: C3P_PARENTS, date: 'undated' }],
      officialDomains: ['cybertip.ca', 'cyberaide.ca', 'protectkidsonline.ca', 'needhelpnow.ca', 'winnipeg.ca', 'gc.ca'],
      evidence: [
        quoted(CYBERAIDE, 'en-CA', CHECKED_ON, ['number', 'channels', 'who'],
          'You can report concerns through our online report form or by phone at 1-866-658-9022. You have the option not to provide contact information when submitting a report',
          'stored as https://cyberaide.ca./en/report/taking-action'),
        quoted(C3P_PARENTS, 'en-CA', CHECKED_ON, ['cost', 'number'],
          'If you would prefer to make a report over the phone, call Cybertip.ca’s toll-free line (1-866-658-9022).'),
        quoted(C3P_PARENTS, 'en-CA', CHECKED_ON, ['channels'], 'Visit NeedHelpNow.ca for detailed steps to remove an image online.'),
        quoted(WINNIPEG_POLICE, 'en-CA', CHECKED_ON, ['hours'],
          'Reports may be submitted to via their website ( or toll-free 24-hr line at 1-866-658-9022.', 'the Winnipeg Police Service; the stored copy lost the links, hence "( or"'),
        quoted('https://www.cybertip.ca/app/en/', 'en-CA', CHECKED_ON, ['purpose'], 'Canada’s tipline to report the online sexual exploitation of children.'),
      ],
      checkedOn: CHECKED_ON,
    },
    {
      id: 'ca-kids-help-phone',
      region: 'CA',
      kind: 'helpline',
      name: 'Kids Help Phone / Jeunesse, J’écoute',
      phone: phone('1-800-668-6868', { unconfirmed: true }),
      url: 'https://kidshelpphone.ca',
      channels: [
        { kind: 'sms', href: 'sms:686868', label: '686868', noteKey: 'helplines.ca-kids-help-phone.textNote' },
        { kind: 'chat', href: 'https://kidshelpphone.ca', label: 'kidshelpphone.ca', hours: NOT_CONFIRMED },
      ],
      hours: ALWAYS,
      hoursAsOf: '2019',
      languages: ['en', 'fr'],
      free: true,
      anonymous: 'unconfirmed',
      audience: 'child',
      sources: [{ url: KHP_ABOUT, date: '2019' }, { url: KHP_TEXT, date: 'undated' }],
      officialDomains: ['kidshelpphone.ca', 'jeunessejecoute.ca'],
      evidence: [
        quoted(KHP_ABOUT, 'en-CA', CHECKED_ON, ['hours', 'who', 'purpose'],
          'Kids Help Phone is Canada’s only 24/7 national service offering bilingual (English and French) professional counselling, information and referrals and volunteer-led, text-based support to young people.'),
        quoted(KHP_ABOUT, 'en-CA', CHECKED_ON, ['cost'],
          'a unique telephone counselling service was launched providing free, accessible support to any young person reaching out, anywhere in the country.'),
        quoted(KHP_TEXT, 'en-CA', CHECKED_ON, ['channels', 'cost'], 'Our confidential texting service is free and available across Canada 24/7.'),
        quoted(KHP_TEXT, 'en-CA', CHECKED_ON, ['channels'], 'To start using the texting service, text CONNECT to 686868.'),
      ],
      checkedOn: CHECKED_ON,
      sourceNote: true,
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
        { service: 'int-take-it-down', reason: 'hashUnder18' },
        { service: 'int-stopncii', reason: 'hashAdults' },
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
        { service: 'ca-cybertip', reason: 'exploitationReport' },
        { service: 'ca-kids-help-phone', reason: 'childLine' },
      ],
    },
    'parent-question': {
      steps: [{ service: 'ca-cybertip', reason: 'exploitationReport' }],
      notes: ['noDedicatedLine'],
    },
  },
};
