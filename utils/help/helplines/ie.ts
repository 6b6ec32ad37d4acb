// Ireland. Facts: ../shared/research/helplines.tsv (IE rows); 112 / 999 from hse.ie.
import { ALWAYS, CHECKED_ON, EVERY_DAY, MONDAY_TO_FRIDAY, phone, slot, weekly } from './common';
import type { CountryDirectory } from './types';

const DUBLIN = 'Europe/Dublin';
const EMERGENCY_SOURCES = [{ url: 'https://www2.hse.ie/emergencies/when-to-call-112-or-999/', date: 'undated' }];

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
      hours: ALWAYS,
      hoursAsOf: 'undated',
      languages: [],
      free: true,
      sources: EMERGENCY_SOURCES,
      checkedOn: CHECKED_ON,
    },
    {
      id: 'ie-999',
      region: 'IE',
      kind: 'emergency',
      name: '999',
      phone: phone('999'),
      channels: [],
      hours: ALWAYS,
      hoursAsOf: 'undated',
      languages: [],
      free: true,
      sources: EMERGENCY_SOURCES,
      checkedOn: CHECKED_ON,
    },
    {
      id: 'ie-childline',
      region: 'IE',
      kind: 'helpline',
      name: 'Childline (ISPCC)',
      phone: phone('1800 66 66 66'),
      url: 'https://www.childline.ie',
      channels: [
        { kind: 'sms', href: 'sms:50101', label: '50101', hours: weekly(DUBLIN, slot(EVERY_DAY, '10:00', '04:00')) },
        { kind: 'chat', href: 'https://www.childline.ie', label: 'childline.ie', hours: weekly(DUBLIN, slot(EVERY_DAY, '10:00', '04:00')) },
      ],
      hours: ALWAYS,
      hoursAsOf: '2021-01',
      languages: ['en'],
      free: true,
      anonymous: 'unconfirmed',
      sources: [
        { url: 'https://www.breakingnews.ie/ireland/childline-contacted-once-a-minute-on-christmas-day-894176.html', date: 'undated' },
        { url: 'https://www.leinsterleader.ie/news/home/600137/childline-urges-young-people-to-avail-of-its-services-in-coming-weeks.html', date: '2021-01' },
      ],
      checkedOn: CHECKED_ON,
      caveat: true,
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
      free: true,
      anonymous: true,
      sources: [
        { url: 'https://hotline.ie/about', date: 'undated' },
        { url: 'https://www.hotline.ie/contact-us/what-you-can-report/', date: 'undated' },
      ],
      checkedOn: CHECKED_ON,
    },
    {
      id: 'ie-ispcc-support-line',
      region: 'IE',
      kind: 'helpline',
      name: 'ISPCC Support Line',
      phone: phone('01 522 4300'),
      channels: [],
      hours: weekly(DUBLIN, slot(MONDAY_TO_FRIDAY, '09:00', '13:00')),
      hoursAsOf: '2021-01',
      languages: ['en'],
      free: 'unconfirmed',
      sources: [{ url: 'https://www.leinsterleader.ie/news/home/600137/childline-urges-young-people-to-avail-of-its-services-in-coming-weeks.html', date: '2021-01' }],
      checkedOn: CHECKED_ON,
      caveat: true,
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
    'parent-question': {
      steps: [{ service: 'ie-ispcc-support-line', reason: 'adultsWorried' }],
    },
  },
};
