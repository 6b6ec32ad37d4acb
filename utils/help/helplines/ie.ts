// Ireland. Childline (ISPCC) is the young person's own line; Hotline.ie takes anonymous reports of
// illegal content, child sexual abuse material first.
//
// Quoted from ispcc.ie, hotline.ie and the European Commission (112). Childline's number, its text
// line 50101 and its chat hours, and the ISPCC's Support Line for parents (01 522 4300, weekday
// mornings in 2021), were seen only in the press: Childline's number is marked not confirmed and
// the Support Line is not listed. 112 and 999 are quoted from the HSE (hse.ie). Tusla
// (child-protection reports) was not read.
import { ALWAYS, CHECKED_ON, EU_112_EVIDENCE, EU_112_PAGE, NOT_CONFIRMED, phone, quoted } from './common';
import type { CountryDirectory } from './types';

const ISPCC_CHILDLINE = 'https://www.ispcc.ie/tag/ispcc-childline/page/5/';
const ISPCC = 'https://www.ispcc.ie/tag/ispcc/';
const HOTLINE_ABOUT = 'https://hotline.ie/about';
const HSE_EMERGENCY = 'https://www2.hse.ie/wellbeing/child-health/when-to-get-medical-help-for-your-child/when-to-call-112-or-999.html';
const HSE_EVIDENCE = [
  quoted(HSE_EMERGENCY, 'en-IE', CHECKED_ON, ['number', 'cost'],
    'There are two emergency numbers in Ireland - 112 and 999. They are free of charge to call from mobiles and landlines.'),
  quoted(HSE_EMERGENCY, 'en-IE', CHECKED_ON, ['purpose'], 'You can contact all the emergency services by dialling either number.'),
];

export const ireland: CountryDirectory = {
  country: 'IE',
  emergency: ['ie-112', 'ie-999'],
  main: 'ie-childline',
  services: [
    {
      id: 'ie-112',
      region: 'IE',
      kind: 'emergency',
      name: '112',
      phone: phone('112'),
      channels: [],
      hours: NOT_CONFIRMED,
      hoursAsOf: 'undated',
      languages: [],
      free: true,
      audience: 'anyone',
      sources: [{ url: HSE_EMERGENCY, date: 'undated' }, { url: EU_112_PAGE, date: 'undated' }],
      officialDomains: ['europa.eu', 'gov.ie', 'hse.ie'],
      evidence: [...HSE_EVIDENCE, ...EU_112_EVIDENCE],
      checkedOn: CHECKED_ON,
    },
    {
      id: 'ie-999',
      region: 'IE',
      kind: 'emergency',
      name: '999',
      phone: phone('999'),
      channels: [],
      hours: NOT_CONFIRMED,
      hoursAsOf: 'undated',
      languages: [],
      free: true,
      audience: 'anyone',
      sources: [{ url: HSE_EMERGENCY, date: 'undated' }],
      officialDomains: ['gov.ie', 'hse.ie'],
      evidence: HSE_EVIDENCE,
      checkedOn: CHECKED_ON,
    },
    {
      id: 'ie-childline',
      region: 'IE',
      kind: 'helpline',
      name: 'Childline (ISPCC)',
      phone: phone('1800 66 66 66', { unconfirmed: true }),
      url: 'https://www.childline.ie',
      channels: [
        { kind: 'sms', href: 'sms:50101', label: '50101', hours: NOT_CONFIRMED, unconfirmed: true },
        { kind: 'chat', href: 'https://www.childline.ie', label: 'childline.ie', hours: NOT_CONFIRMED },
      ],
      hours: ALWAYS,
      hoursAsOf: 'undated',
      languages: ['en'],
      free: true,
      anonymous: 'unconfirmed',
      audience: 'child',
      sources: [{ url: ISPCC_CHILDLINE, date: 'undated' }, { url: ISPCC, date: 'undated' }],
      officialDomains: ['ispcc.ie', 'childline.ie'],
      evidence: [
        quoted(ISPCC_CHILDLINE, 'en-IE', CHECKED_ON, ['hours', 'cost', 'purpose'],
          'The 24-hour active listening service is one of the suite of Childline services provided by ISPCC. It is free, non-judgmental and non-directive.'),
        quoted(ISPCC, 'en-IE', CHECKED_ON, ['who'],
          'It has created an anonymous and non-judgemental space for children and young people to be heard and to be listened to',
          'the Minister for Children, quoted by the ISPCC'),
      ],
      checkedOn: CHECKED_ON,
      sourceNote: true,
    },
    {
      id: 'ie-hotline',
      region: 'IE',
      kind: 'reporting',
      name: 'Hotline.ie',
      url: 'https://hotline.ie/report',
      channels: [{ kind: 'form', href: 'https://hotline.ie/report', label: 'hotline.ie/report' }],
      hours: ALWAYS,
      hoursAsOf: 'undated',
      languages: ['en'],
      free: 'unconfirmed',
      anonymous: true,
      audience: 'anyone',
      sources: [{ url: HOTLINE_ABOUT, date: 'undated' }],
      officialDomains: ['hotline.ie'],
      evidence: [
        quoted(HOTLINE_ABOUT, 'en-IE', CHECKED_ON, ['purpose', 'who', 'channels'],
          'Hotline.ie is the Irish national reporting centre where members of the public can securely, anonymously, and confidentially report concerns in respect of illegal content online, especially child sexual abuse material (CSAM).'),
      ],
      checkedOn: CHECKED_ON,
    },
  ],
  routes: {
    harassment: {
      steps: [{ service: 'ie-childline', reason: 'childLine' }],
      notes: ['evidence'],
    },
    sextortion: {
      steps: [
        { service: 'ie-hotline', reason: 'illegalContentReport' },
        { service: 'int-take-it-down', reason: 'hashUnder18' },
        { service: 'int-stopncii', reason: 'hashAdults' },
        { service: 'ie-112', reason: 'emergency' },
        { service: 'ie-childline', reason: 'childLine' },
      ],
      notes: ['evidence'],
    },
    hacked: { steps: [], notes: ['accountRecovery'] },
    'illegal-content': {
      steps: [{ service: 'ie-hotline', reason: 'illegalContentReport' }],
      notes: ['evidence'],
    },
    'child-danger': {
      steps: [
        { service: 'ie-112', reason: 'emergency' },
        { service: 'ie-childline', reason: 'childLine' },
      ],
    },
    'parent-question': { steps: [], notes: ['noDedicatedLine'] },
  },
};
