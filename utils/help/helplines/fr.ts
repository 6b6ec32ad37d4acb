// France. Facts: ../shared/research/helplines.tsv and NOTES.md ("3018 and the French routing"),
// seed 004 (the 3018 launch). Routing: immediate danger → 17 / 112 (114 by text); a child in
// danger → 119; public illegal content → Pharos; private messages → a police complaint; any
// cyberviolence and parents' questions → 3018.
//
// 3018, read again on CHECKED_ON with the search tool: the ministry's page (solidarites.gouv.fr,
// updated 2025-11-07) says 3018 is free, anonymous and confidential, "accessible 7j/7, de 9h00 et
// 23h00, par téléphone, par tchat en direct, via Messenger et WhatsApp et sur 3018.fr". No official
// page found gives the WhatsApp number or the Messenger page, and service-public.fr (as reproduced by
// valauperche.fr, undated) lists only the phone, the chat on 3018.fr and a contact form. So the
// WhatsApp and Messenger entries stay `unconfirmed` and link to 3018.fr, where the ministry says
// they are offered; never put a guessed wa.me or m.me link here.
import { ALWAYS, CHECKED_ON, EVERY_DAY, NOT_CONFIRMED, phone, slot, weekly } from './common';
import type { CountryDirectory } from './types';

const PARIS = 'Europe/Paris';
const EMERGENCY_SOURCES = [
  { url: 'https://www.police-nationale.interieur.gouv.fr/actualite/contenus-illicites-sur-internet-comment-fonctionne-portail-officiel-pharos', date: '2023-11-29' },
  { url: 'https://madinin-art.net/119-allo-enfance-en-danger-un-numero-pour-les-situations-durgence', date: 'undated' },
];

export const france: CountryDirectory = {
  country: 'FR',
  emergency: ['fr-17', 'fr-112', 'fr-114'],
  main: 'fr-3018',
  services: [
    {
      id: 'fr-112',
      region: 'FR',
      kind: 'emergency',
      name: '112',
      phone: phone('112'),
      channels: [],
      hours: ALWAYS,
      hoursAsOf: '2023-11-29',
      languages: [],
      free: true,
      sources: EMERGENCY_SOURCES,
      checkedOn: CHECKED_ON,
    },
    {
      id: 'fr-114',
      region: 'FR',
      kind: 'emergency',
      name: '114',
      channels: [{ kind: 'sms', href: 'sms:114', label: '114' }],
      hours: ALWAYS,
      hoursAsOf: 'undated',
      languages: [],
      free: true,
      sources: [{ url: 'https://madinin-art.net/119-allo-enfance-en-danger-un-numero-pour-les-situations-durgence', date: 'undated' }],
      checkedOn: CHECKED_ON,
      caveat: true,
    },
    {
      id: 'fr-119',
      region: 'FR',
      kind: 'helpline',
      name: '119 Allô Enfance en danger',
      phone: phone('119'),
      url: 'https://www.allo119.gouv.fr',
      channels: [
        {
          kind: 'chat',
          href: 'https://www.allo119.gouv.fr',
          label: 'allo119.gouv.fr',
          hours: weekly(PARIS, slot(['mon', 'tue', 'thu', 'fri'], '15:00', '19:00'), slot(['wed'], '13:00', '19:00')),
          noteKey: 'helplines.fr-119.chatNote',
        },
      ],
      hours: ALWAYS,
      hoursAsOf: '2021-05-03',
      languages: ['fr'],
      free: true,
      anonymous: 'unconfirmed',
      sources: [
        { url: 'https://solidarites-sante.gouv.fr/affaires-sociales/familles-enfance/pacte-pour-l-enfance/lutte-contre-les-violences-faites-aux-enfants/article/119-allo-enfance-en-danger', date: 'undated' },
        { url: 'https://madinin-art.net/119-allo-enfance-en-danger-un-numero-pour-les-situations-durgence', date: 'undated' },
      ],
      checkedOn: CHECKED_ON,
      caveat: true,
    },
    {
      id: 'fr-17',
      region: 'FR',
      kind: 'emergency',
      name: '17 Police secours',
      phone: phone('17'),
      channels: [],
      hours: ALWAYS,
      hoursAsOf: '2023-11-29',
      languages: [],
      free: true,
      sources: EMERGENCY_SOURCES,
      checkedOn: CHECKED_ON,
    },
    {
      id: 'fr-3018',
      region: 'FR',
      kind: 'helpline',
      name: '3018',
      phone: phone('3018'),
      url: 'https://3018.fr',
      channels: [
        { kind: 'chat', href: 'https://3018.fr', label: '3018.fr', hours: NOT_CONFIRMED },
        { kind: 'whatsapp', href: 'https://3018.fr', label: '3018.fr', hours: NOT_CONFIRMED, unconfirmed: true },
        { kind: 'messenger', href: 'https://3018.fr', label: '3018.fr', hours: NOT_CONFIRMED, unconfirmed: true },
        { kind: 'app', href: 'https://3018.fr', label: '3018.fr', noteKey: 'helplines.fr-3018.appNote' },
      ],
      hours: weekly(PARIS, slot(EVERY_DAY, '09:00', '23:00')),
      hoursAsOf: '2025-11-07',
      languages: ['fr'],
      free: true,
      anonymous: true,
      sources: [
        { url: 'https://solidarites.gouv.fr/node/2219', date: '2025-11-07' },
        { url: 'https://mairie-villetaneuse.fr/actualites/le-3018-un-numero-gratuit-et-une-app-pour-les-victimes-de-cyberharcelement', date: '2023-09-28' },
        { url: 'https://espaceenfancefamille.com/2021/04/26/cyberharcelement-le-numero-vert-net-ecoute-devient-le-3018/', date: '2021-04-26' },
      ],
      checkedOn: CHECKED_ON,
      caveat: true,
    },
    {
      id: 'fr-pharos',
      region: 'FR',
      kind: 'reporting',
      name: 'Pharos',
      url: 'https://www.internet-signalement.gouv.fr',
      channels: [{ kind: 'form', href: 'https://www.internet-signalement.gouv.fr', label: 'internet-signalement.gouv.fr' }],
      hours: ALWAYS,
      hoursAsOf: '2024-02-07',
      languages: ['fr'],
      free: true,
      anonymous: 'unconfirmed',
      sources: [
        { url: 'https://moncommissariat.interieur.gouv.fr/fr/demarches/le-portail-officiel-de-signalement-des-contenus-illicites-de-l-internet-pharos', date: '2024-02-07' },
        { url: 'https://agglo-paysdemeaux.fr/ma-ville-et-actualites/comarquage?xml=F31979', date: 'undated' },
      ],
      checkedOn: CHECKED_ON,
      caveat: true,
    },
  ],
  routes: {
    harassment: {
      steps: [{ service: 'fr-3018', reason: 'takedown' }],
      notes: ['privateMessages', 'evidence'],
    },
    sextortion: {
      steps: [
        { service: 'fr-3018', reason: 'takedown' },
        { service: 'fr-pharos', reason: 'publicContent' },
        { service: 'fr-17', reason: 'emergency' },
      ],
      notes: ['evidence'],
    },
    hacked: {
      steps: [{ service: 'fr-3018', reason: 'cyberHelp' }],
      notes: ['accountRecovery'],
    },
    'illegal-content': {
      steps: [
        { service: 'fr-pharos', reason: 'publicContent' },
        { service: 'fr-3018', reason: 'takedown' },
      ],
      notes: ['privateMessages', 'evidence'],
    },
    'child-danger': {
      steps: [
        { service: 'fr-119', reason: 'childInDanger' },
        { service: 'fr-17', reason: 'emergency' },
      ],
    },
    'parent-question': {
      steps: [{ service: 'fr-3018', reason: 'parentQuestions' }],
    },
  },
};
