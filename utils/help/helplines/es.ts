// Spain. Facts: ../shared/research/helplines.tsv (ES rows); 112 / 091 from the Italian consulate in
// Madrid's emergency page.
import { ALWAYS, CHECKED_ON, EVERY_DAY, NOT_CONFIRMED, phone, slot, weekly } from './common';
import type { CountryDirectory } from './types';

const MADRID = 'Europe/Madrid';
const EMERGENCY_SOURCES = [{ url: 'https://consmadrid.esteri.it/consolato_madrid/it/i-servizi/consigli-per-turisti/emergenze.html', date: 'undated' }];
const ANAR_SOURCES = [
  { url: 'https://www.hacerfamilia.com/ninos/noticia-puedes-contar-nosotros-nuevo-video-telefono-anar-20150415091241.html', date: '2015-04-15' },
  { url: 'https://www.injuve.es/noticia/telefono-anar-de-ayuda-a-ninos-y-adolescentes', date: 'undated' },
];

export const spain: CountryDirectory = {
  country: 'ES',
  emergency: ['es-112', 'es-091'],
  main: 'es-incibe-017',
  services: [
    {
      id: 'es-091',
      region: 'ES',
      kind: 'emergency',
      name: '091 Policía Nacional',
      phone: phone('091'),
      channels: [],
      hours: ALWAYS,
      hoursAsOf: 'undated',
      languages: [],
      free: 'unconfirmed',
      sources: EMERGENCY_SOURCES,
      checkedOn: CHECKED_ON,
    },
    {
      id: 'es-112',
      region: 'ES',
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
      id: 'es-anar',
      region: 'ES',
      kind: 'helpline',
      name: 'Fundación ANAR',
      phone: phone('900 20 20 10'),
      url: 'https://www.anar.org',
      channels: [{ kind: 'chat', href: 'https://www.anar.org', label: 'anar.org', hours: NOT_CONFIRMED, unconfirmed: true }],
      hours: ALWAYS,
      hoursAsOf: '2015-04-15',
      languages: ['es'],
      free: true,
      anonymous: 'unconfirmed',
      sources: ANAR_SOURCES,
      checkedOn: CHECKED_ON,
      caveat: true,
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
      hoursAsOf: '2015-04-15',
      languages: ['es'],
      free: 'unconfirmed',
      sources: ANAR_SOURCES,
      checkedOn: CHECKED_ON,
    },
    {
      id: 'es-incibe-017',
      region: 'ES',
      kind: 'helpline',
      name: 'INCIBE 017 – Tu Ayuda en Ciberseguridad',
      phone: phone('017'),
      url: 'https://www.incibe.es/en/linea-de-ayuda-en-ciberseguridad/faq',
      channels: [
        { kind: 'whatsapp', href: 'https://wa.me/34900116117', label: '900 116 117' },
        { kind: 'telegram', href: 'https://t.me/INCIBE017', label: '@INCIBE017' },
      ],
      hours: weekly(MADRID, slot(EVERY_DAY, '08:00', '23:00')),
      hoursAsOf: '2025-11-20',
      languages: ['es'],
      free: true,
      anonymous: 'unconfirmed',
      sources: [
        { url: 'https://www.incibe.es/en/linea-de-ayuda-en-ciberseguridad/faq', date: 'undated' },
        { url: 'https://www.diariosur.es/sociedad/dudas-sobre-fraudes-seguridad-acoso-internet-017-20251120153046-nt.html', date: '2025-11-20' },
      ],
      checkedOn: CHECKED_ON,
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
        { service: 'es-112', reason: 'emergency' },
      ],
      notes: ['evidence'],
    },
    hacked: {
      steps: [{ service: 'es-incibe-017', reason: 'cyberHelp' }],
      notes: ['accountRecovery'],
    },
    'illegal-content': {
      steps: [{ service: 'es-incibe-017', reason: 'illegalContentReport' }],
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
