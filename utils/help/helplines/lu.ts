// Luxembourg: not in the research file. Facts re-read on CHECKED_ON with the search tool, official
// pages first:
// - BEE SECURE Helpline 8002 1234: bee-secure.lu (the helpline's own news page, undated) gives the
//   number, "vertrauliche und kostenlose Beratung", the online form, and "jeder kann ... anonym
//   telefonisch oder über das Kontaktformular kontaktieren". Its hours are NOT on the bee-secure.lu
//   pages found: Monday to Friday 9:00–16:00 comes from Paperjam (undated), while a third-party
//   listing (public code, not an official page) says 9:00–17:00, so the hours keep their caveat. Run by the Kanner-Jugendtelefon (kjt.lu).
// - Kanner-Jugendtelefon 116 111: kjt.lu ("Wer wir sind": the 116 111 line, the Online Help on
//   kjt.lu, the chat since 2021). Hours not found on any page read.
// - Elterentelefon: its number changed in October 2023 to 8002 4444. Stated by KJT itself on Child
//   Helpline International's site ("our parents' phoneline received a new number (8002 4444)") and by
//   Chronicle.lu (2023-10), quoting KJT's manager at the launch; the old 26 64 05 55 came from a
//   municipality's list (wiltz.lu, undated, before the change). Not yet seen on kjt.lu; hours not
//   found (Chronicle.lu: English on Mondays 18:00–20:00, a third party, so not shown).
// - BEE SECURE Stopline: anonymous reports of illegal content (stopline.bee-secure.lu).
// - 113 police, 24/7: police.public.lu (2020-03); 112 for fire and ambulance: Tageblatt (undated);
//   no official CGDIS page was found in the stored copies, only press (L'essentiel 2023, Wort 2021).
import { ALWAYS, CHECKED_ON, MONDAY_TO_FRIDAY, NOT_CONFIRMED, phone, slot, weekly } from './common';
import type { CountryDirectory } from './types';

const LUXEMBOURG = 'Europe/Luxembourg';
const KJT = { url: 'https://www.kjt.lu/de/wer-wir-sind/', date: 'undated' };
const BEE_SECURE_HELPLINE = {
  url: 'https://bee-secure.lu/de/news/bee-secure-helpline-anstieg-von-erpressungsversuchen-mit-angeblichen-intimen-fotos',
  date: 'undated',
};

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
      channels: [{ kind: 'form', href: 'https://www.bee-secure.lu/de/formular-bee-secure-helpline/', label: 'bee-secure.lu' }],
      hours: weekly(LUXEMBOURG, slot(MONDAY_TO_FRIDAY, '09:00', '16:00')),
      hoursAsOf: 'undated',
      languages: [],
      free: true,
      anonymous: true,
      sources: [
        BEE_SECURE_HELPLINE,
        { url: 'https://www.bee-secure.lu/fr/news/gleef-net-alles-am-netz-bee-secure-met-en-garde-contre-la-sextorsion', date: 'undated' },
        { url: 'https://paperjam.lu/article/news-comment-faire-face-au-cyberharcelement', date: 'undated' },
        { url: 'https://www.lessentiel.lu/fr/luxembourg/story/31469193', date: '2021-04' },
      ],
      checkedOn: CHECKED_ON,
      caveat: true,
    },
    {
      id: 'lu-elterentelefon',
      region: 'LU',
      kind: 'helpline',
      name: 'Elterentelefon (KJT)',
      phone: phone('8002 4444'),
      url: 'https://www.kjt.lu',
      channels: [],
      hours: NOT_CONFIRMED,
      hoursAsOf: 'undated',
      languages: [],
      free: 'unconfirmed',
      sources: [
        { url: 'https://childhelplineinternational.org/20-years-20-voices-kjt-luxembourg/', date: 'undated' },
        { url: 'https://www.chronicle.lu/category/support-groups/47055-kjt-launches-parents-helpline-in-english-new-phone-number', date: '2023-10' },
        KJT,
      ],
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
