// Spain. The main line is INCIBE's 017, for minors, their parents and educators and anyone online;
// ANAR answers children (900 20 20 10) and families (600 50 51 52).
//
// Quoted from INCIBE's own FAQ, the government's youth institute (injuve.es, 2014), ANAR's own
// text on Child Helpline International's site and the European Commission (112). The National
// Police's 091 is left out: no official page in the stored copies gives it, the press says calls to
// it may be charged, and 112 answers every emergency. ANAR also runs Spain's 116 111 (an anar.org
// page of 2018, quoted by the 2026-12 audit without its address): re-read it before offering
// 116 111 in Spain (international.ts).
import { ALWAYS, CHECKED_ON, EU_112_EVIDENCE, EU_112_PAGE, EVERY_DAY, NOT_CONFIRMED, phone, quoted, slot, weekly } from './common';
import type { CountryDirectory } from './types';

const MADRID = 'Europe/Madrid';
const INCIBE_FAQ = 'https://www.incibe.es/en/linea-de-ayuda-en-ciberseguridad/faq';
const INJUVE = 'https://www.injuve.es/noticia/telefono-anar-de-ayuda-a-ninos-y-adolescentes';
const ANAR_ON_CHI = 'https://childhelplineinternational.org/20-years-20-voices-anar-spain/';
// ANAR's own words, written for Child Helpline International's series on its members.
const ANAR_DOMAINS = ['anar.org', 'injuve.es', 'childhelplineinternational.org'];

export const spain: CountryDirectory = {
  country: 'ES',
  emergency: ['es-112'],
  main: 'es-incibe-017',
  childLine: 'es-anar',
  services: [
    {
      id: 'es-112',
      region: 'ES',
      kind: 'emergency',
      name: '112',
      phone: phone('112'),
      channels: [],
      hours: NOT_CONFIRMED,
      hoursAsOf: 'undated',
      languages: [],
      free: true,
      audience: 'anyone',
      sources: [{ url: EU_112_PAGE, date: 'undated' }],
      officialDomains: ['europa.eu', '112.es'],
      evidence: EU_112_EVIDENCE,
      checkedOn: CHECKED_ON,
    },
    {
      id: 'es-anar',
      region: 'ES',
      kind: 'helpline',
      name: 'Fundación ANAR',
      phone: phone('900 20 20 10'),
      url: 'https://www.anar.org',
      channels: [{ kind: 'chat', href: 'https://www.anar.org', label: 'anar.org', hours: NOT_CONFIRMED, unconfirmed: true }],
      hours: ALWAYS,
      hoursAsOf: '2023',
      languages: ['es'],
      free: true,
      anonymous: 'unconfirmed',
      audience: 'child',
      sources: [{ url: ANAR_ON_CHI, date: '2023' }, { url: INJUVE, date: '2014-02-24' }],
      officialDomains: ANAR_DOMAINS,
      evidence: [
        quoted(INJUVE, 'es', CHECKED_ON, ['number', 'who'],
          'De ellas, más de 319.000 corresponden al Teléfono de Ayuda a Niños y Adolescentes (900 20 20 10) y, el resto, al Teléfono del Adulto y la Familia (600 50 51 52), que recibe consultas de personas que necesitan ser orientadas en temas relacionados con menores.',
          'the government\'s youth institute, 24 February 2014'),
        quoted(ANAR_ON_CHI, 'en', CHECKED_ON, ['cost', 'hours'],
          'Staffed by psychologists, lawyers and social workers specialized in child and adolescent care, our child helplines are free of charge, confidential and operate 24 hours a day, every day of the year.',
          'ANAR\'s own text in Child Helpline International\'s series on its members (figures of 2022)'),
        quoted(ANAR_ON_CHI, 'en', CHECKED_ON, ['purpose', 'who'],
          'The purpose of the ANAR Helplines is to listen to children and adolescents who can call or write to us to talk about the situations in which they find themselves at risk'),
      ],
      checkedOn: CHECKED_ON,
      sourceNote: true,
    },
    {
      id: 'es-anar-family',
      region: 'ES',
      kind: 'helpline',
      name: 'Fundación ANAR – Familia y Centros Escolares',
      phone: phone('600 50 51 52'),
      url: 'https://www.anar.org',
      channels: [],
      hours: NOT_CONFIRMED,
      hoursAsOf: '2014-02-24',
      languages: ['es'],
      free: 'unconfirmed',
      audience: 'adult',
      sources: [{ url: INJUVE, date: '2014-02-24' }, { url: ANAR_ON_CHI, date: '2023' }],
      officialDomains: ANAR_DOMAINS,
      evidence: [
        quoted(INJUVE, 'es', CHECKED_ON, ['number', 'who', 'purpose'],
          'al Teléfono del Adulto y la Familia (600 50 51 52), que recibe consultas de personas que necesitan ser orientadas en temas relacionados con menores.'),
        quoted(ANAR_ON_CHI, 'en', CHECKED_ON, ['purpose'],
          'Our helplines include: the Telephone for Children and Adolescents, the Telephone for Family and School Centers, the Telephone for Missing Children, and the ANAR email and ANAR Chat services.'),
      ],
      checkedOn: CHECKED_ON,
      caveat: true,
    },
    {
      id: 'es-incibe-017',
      region: 'ES',
      kind: 'helpline',
      name: 'INCIBE 017 – Tu Ayuda en Ciberseguridad',
      phone: phone('017'),
      url: INCIBE_FAQ,
      channels: [
        { kind: 'whatsapp', href: 'https://wa.me/34900116117', label: '900 116 117' },
        { kind: 'telegram', href: 'https://t.me/INCIBE017', label: '@INCIBE017' },
      ],
      hours: weekly(MADRID, slot(EVERY_DAY, '08:00', '23:00')),
      hoursAsOf: 'undated',
      languages: ['es'],
      free: true,
      anonymous: 'unconfirmed',
      audience: 'anyone',
      sources: [{ url: INCIBE_FAQ, date: 'undated' }],
      officialDomains: ['incibe.es'],
      evidence: [
        quoted(INCIBE_FAQ, 'en', CHECKED_ON, ['number', 'cost', 'channels'],
          'you can contact us through the national, free and confidential telephone number, 017; from the instant messaging channels on WhatsApp (900 116 117) and Telegram (@INCIBE017); or through an online form.'),
        quoted(INCIBE_FAQ, 'en', CHECKED_ON, ['hours'], 'From 8:00 am to 11:00 pm every day of the year (including Saturdays, Sundays, and holidays).'),
        quoted(INCIBE_FAQ, 'en', CHECKED_ON, ['who'], 'As a citizen of Spain, whether you´re and adult or a minor, you can contact us.'),
        quoted(INCIBE_FAQ, 'en', CHECKED_ON, ['purpose'],
          'It is a free and confidential cybersecurity helpline that the National Cybersecurity Institute of Spain (INCIBE) makes available to you for help with any inquiries or concerns about cybersecurity that may arise in your daily life.'),
      ],
      checkedOn: CHECKED_ON,
      sourceNote: true,
    },
  ],
  routes: {
    harassment: {
      steps: [
        { service: 'es-incibe-017', reason: 'cyberHelp' },
        { service: 'es-anar', reason: 'childLine' },
      ],
      notes: ['evidence'],
    },
    sextortion: {
      steps: [
        { service: 'es-incibe-017', reason: 'cyberHelp' },
        { service: 'int-take-it-down', reason: 'hashUnder18' },
        { service: 'int-stopncii', reason: 'hashAdults' },
        { service: 'es-112', reason: 'emergency' },
      ],
      notes: ['evidence'],
    },
    hacked: {
      steps: [{ service: 'es-incibe-017', reason: 'cyberHelp' }],
      notes: ['accountRecovery'],
    },
    'illegal-content': {
      steps: [
        { service: 'es-incibe-017', reason: 'cyberHelp' },
        { service: 'int-inhope', reason: 'hotlineMap' },
      ],
      notes: ['evidence'],
    },
    'child-danger': {
      steps: [
        { service: 'es-112', reason: 'emergency' },
        { service: 'es-anar', reason: 'childLine' },
      ],
    },
    'parent-question': {
      steps: [
        { service: 'es-anar-family', reason: 'adultsWorried' },
        { service: 'es-incibe-017', reason: 'parentQuestions' },
      ],
    },
  },
};
