// Luxembourg: not in the research file. Facts read on CHECKED_ON with the search tool:
// - BEE SECURE Helpline 8002 1234, free: L'essentiel (2021-04) "Helpline gratuite: 8002 1234";
//   Monday to Friday 9:00–16:00 per Paperjam (undated); anonymous and free per bee-secure.lu.
//   Run by the Kanner-Jugendtelefon (kjt.lu, "Wer wir sind").
// - Kanner-Jugendtelefon 116 111: kjt.lu and Luxemburger Wort (2024-03-07); hours not found.
// - Elterentelefon 26 64 05 55: wiltz.lu (a municipality's list, undated); hours not found.
// - BEE SECURE Stopline: anonymous reports of illegal content (stopline.bee-secure.lu).
// - 113 police, 24/7: police.public.lu (2020-03); 112 for fire and ambulance: Tageblatt (undated).
import { ALWAYS, CHECKED_ON, MONDAY_TO_FRIDAY, NOT_CONFIRMED, phone, slot, weekly } from './common';
import type { CountryDirectory } from './types';

const LUXEMBOURG = 'Europe/Luxembourg';
const KJT = { url: 'https://www.kjt.lu/de/wer-wir-sind/', date: 'undated' };

export const luxembourg: CountryDirectory = {
  country: 'LU',
  emergency: ['lu-113', 'lu-112'],
  main: 'lu-bee-secure',
  services: [
    {
      id: 'lu-112',
      region: 'LU',
      kind: 'emergency',
      name: '112',
      phone: phone('112'),
      channels: [],
      hours: ALWAYS,
      hoursAsOf: 'undated',
      languages: [],
      free: true,
      sources: [{ url: 'https://preprod.tageblatt.lu/?p=312014', date: 'undated' }],
      checkedOn: CHECKED_ON,
    },
    {
      id: 'lu-113',
      region: 'LU',
      kind: 'emergency',
      name: '113 Police',
      phone: phone('113'),
      channels: [],
      hours: ALWAYS,
      hoursAsOf: '2020-03',
      languages: [],
      free: true,
      sources: [
        { url: 'https://police.public.lu/fr/actualites/2020/03/w12/corona-communique.html', date: '2020-03' },
        { url: 'https://www.lessentiel.lu/fr/luxembourg/story/16951015', date: '2020-12' },
      ],
      checkedOn: CHECKED_ON,
    },
    {
      id: 'lu-bee-secure',
      region: 'LU',
      kind: 'helpline',
      name: 'BEE SECURE Helpline',
      phone: phone('8002 1234'),
      url: 'https://www.bee-secure.lu',
      channels: [],
      hours: weekly(LUXEMBOURG, slot(MONDAY_TO_FRIDAY, '09:00', '16:00')),
      hoursAsOf: 'undated',
      languages: [],
      free: true,
      anonymous: true,
      sources: [
        { url: 'https://www.lessentiel.lu/fr/luxembourg/story/31469193', date: '2021-04' },
        { url: 'https://paperjam.lu/article/news-comment-faire-face-au-cyberharcelement', date: 'undated' },
        { url: 'https://www.bee-secure.lu/fr/news/gleef-net-alles-am-netz-bee-secure-met-en-garde-contre-la-sextorsion', date: 'undated' },
      ],
      checkedOn: CHECKED_ON,
      caveat: true,
    },
    {
      id: 'lu-elterentelefon',
      region: 'LU',
      kind: 'helpline',
      name: 'Elterentelefon (KJT)',
      phone: phone('26 64 05 55'),
      url: 'https://www.kjt.lu',
      channels: [],
      hours: NOT_CONFIRMED,
      hoursAsOf: 'undated',
      languages: [],
      free: 'unconfirmed',
      sources: [{ url: 'https://www.wiltz.lu/de/coronavirus-haufige-fragen', date: 'undated' }, KJT],
      checkedOn: CHECKED_ON,
      caveat: true,
    },
    {
      id: 'lu-kjt',
      region: 'LU',
      kind: 'helpline',
      name: 'Kanner-Jugendtelefon (KJT)',
      phone: phone('116 111'),
      url: 'https://www.kjt.lu',
      channels: [{ kind: 'chat', href: 'https://www.kjt.lu', label: 'kjt.lu', hours: NOT_CONFIRMED }],
      hours: NOT_CONFIRMED,
      hoursAsOf: '2024-03-07',
      languages: [],
      free: true,
      anonymous: true,
      sources: [KJT, { url: 'https://www.pressreader.com/luxembourg/luxemburger-wort/20240307/281681144838629', date: '2024-03-07' }],
      checkedOn: CHECKED_ON,
      caveat: true,
    },
    {
      id: 'lu-stopline',
      region: 'LU',
      kind: 'reporting',
      name: 'BEE SECURE Stopline',
      url: 'https://stopline.bee-secure.lu',
      channels: [{ kind: 'form', href: 'https://stopline.bee-secure.lu', label: 'stopline.bee-secure.lu' }],
      hours: ALWAYS,
      hoursAsOf: 'undated',
      languages: ['fr'],
      free: true,
      anonymous: true,
      sources: [{ url: 'https://stopline.bee-secure.lu/fr/how', date: 'undated' }],
      checkedOn: CHECKED_ON,
    },
  ],
  routes: {
    harassment: {
      steps: [
        { service: 'lu-bee-secure', reason: 'cyberHelp' },
        { service: 'lu-kjt', reason: 'childLine' },
      ],
      notes: ['evidence'],
    },
    sextortion: {
      steps: [
        { service: 'lu-bee-secure', reason: 'cyberHelp' },
        { service: 'lu-stopline', reason: 'illegalContentReport' },
        { service: 'lu-113', reason: 'emergency' },
      ],
      notes: ['evidence'],
    },
    hacked: {
      steps: [{ service: 'lu-bee-secure', reason: 'cyberHelp' }],
      notes: ['accountRecovery'],
    },
    'illegal-content': {
      steps: [{ service: 'lu-stopline', reason: 'illegalContentReport' }],
      notes: ['evidence'],
    },
    'child-danger': {
      steps: [
        { service: 'lu-113', reason: 'emergency' },
        { service: 'lu-kjt', reason: 'childLine' },
      ],
    },
    'parent-question': {
      steps: [
        { service: 'lu-elterentelefon', reason: 'adultsWorried' },
        { service: 'lu-bee-secure', reason: 'parentQuestions' },
      ],
    },
  },
};
