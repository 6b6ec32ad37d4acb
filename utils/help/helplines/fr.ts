// France. Routing: immediate danger → 17 / 112 (114 by text); a child in danger → 119; public
// illegal content → Pharos (the police) or Point de Contact (the INHOPE hotline); private messages
// → a police complaint; any cyberviolence and parents' questions → 3018; a hacked account →
// 17Cyber; a missing or runaway child → 116 000.
//
// Every fact below is quoted from the service's own pages or the government's (gouv.fr), read with
// the search tool on the `read` day. No official page read gives 3018's WhatsApp number or its
// Messenger page: those channels stay `unconfirmed` and link to 3018.fr, where the ministry says
// they are offered; never put a guessed wa.me or m.me link here. 116 111 is not in service in France
// (see international.ts).
import { ALWAYS, CHECKED_ON, EVERY_DAY, NOT_CONFIRMED, phone, quoted, slot, weekly } from './common';
import type { CountryDirectory } from './types';

const PARIS = 'Europe/Paris';
const GOV = 'gouv.fr';

const MINISTRY = 'https://solidarites.gouv.fr/node/2219';
const INFO_GOUV = 'https://www.info.gouv.fr/actualite/harcelement-agressions-violences-trois-numeros-pour-aider-les-enfants-en-danger';
// DILA's page F33954, as co-published on associations.gouv.fr; the stored copy's text is out of
// order (its links were lifted out), so only unbroken runs of words are quoted.
const EMERGENCY_NUMBERS = 'https://associations.gouv.fr/1044-choix-siege-social-association.html?xml=F33954';
const PHAROS_SP = 'https://www.service-public.gouv.fr/particuliers/vosdroits/R17674';
const PHAROS_INTERIOR = 'https://moncommissariat.interieur.gouv.fr/fr/demarches/le-portail-officiel-de-signalement-des-contenus-illicites-de-l-internet-pharos';

const DANGER_NOW = quoted(INFO_GOUV, 'fr', CHECKED_ON, ['number', 'purpose'],
  'En cas de danger grave et imminent, il faut impérativement contacter les services de première urgence : les services de police ou de gendarmerie (17 ou 112), les pompiers (18 ou 112), le Samu (15) ou le 114 par sms pour les personnes sourdes et malentendantes.');
const ALL_FREE_ALWAYS = [
  quoted(EMERGENCY_NUMBERS, 'fr', CHECKED_ON, ['hours'], 'Les services sont joignables 24 heures sur 24 et 7 jours sur 7.'),
  quoted(EMERGENCY_NUMBERS, 'fr', CHECKED_ON, ['cost'], 'La gratuité des ces appels est la règle.'),
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
      hoursAsOf: '2024-07-22',
      languages: [],
      free: true,
      audience: 'anyone',
      sources: [{ url: INFO_GOUV, date: '2023-09-22' }, { url: EMERGENCY_NUMBERS, date: '2024-07-22' }],
      officialDomains: [GOV],
      evidence: [DANGER_NOW, ...ALL_FREE_ALWAYS, quoted(EMERGENCY_NUMBERS, 'fr', CHECKED_ON, ['purpose'], 'Le 112 est utilisable dans tous les')],
      checkedOn: CHECKED_ON,
    },
    {
      id: 'fr-114',
      region: 'FR',
      kind: 'emergency',
      name: '114',
      channels: [{ kind: 'sms', href: 'sms:114', label: '114' }],
      hours: ALWAYS,
      hoursAsOf: '2024-07-22',
      languages: [],
      free: true,
      audience: 'anyone',
      sources: [{ url: EMERGENCY_NUMBERS, date: '2024-07-22' }],
      officialDomains: [GOV, 'urgence114.fr'],
      evidence: [
        quoted(EMERGENCY_NUMBERS, 'fr', CHECKED_ON, ['number', 'channels', 'cost', 'who'], 'vous n\'êtes pas en capacité de téléphoner (de parler) envoyer un SMS gratuitement au 114',
          'the copy reads "Si vous êtes ou si , vous pouvez ." with "sourd ou malentendant", "vous n\'êtes pas en capacité de téléphoner (de parler)" and "envoyer un SMS gratuitement au 114" lifted out: the sentence names both groups'),
        quoted(EMERGENCY_NUMBERS, 'fr', CHECKED_ON, ['hours'], 'Ce service fonctionne 24 heures sur 24 et 7 jours sur 7.'),
        quoted(EMERGENCY_NUMBERS, 'fr', CHECKED_ON, ['channels'], 'Cette application s\'appelle « Urgence 114 ». Ce numéro est aussi accessible en tchat et images.'),
      ],
      checkedOn: CHECKED_ON,
      caveat: true,
    },
    {
      id: 'fr-116000',
      region: 'FR',
      kind: 'helpline',
      name: '116 000 Enfants Disparus',
      phone: phone('116 000'),
      url: 'https://www.droitdenfance.org/116000-enfants-disparus-2/',
      channels: [],
      hours: ALWAYS,
      hoursAsOf: 'undated',
      languages: ['fr'],
      free: true,
      anonymous: 'unconfirmed',
      audience: 'adult',
      sources: [{ url: 'https://www.droitdenfance.org/116000-enfants-disparus-2/', date: 'undated' }],
      officialDomains: ['droitdenfance.org', '116000enfantsdisparus.fr', GOV],
      evidence: [
        quoted('https://www.droitdenfance.org/116000-enfants-disparus-2/', 'fr', CHECKED_ON, ['number', 'cost', 'hours', 'purpose'],
          'Le 116 000 est le numéro d’urgence gratuit accessible 24 h/ 24 et 7 j/ 7 en cas de disparition d’enfant.', 'undated page; its figures are of 2021'),
        quoted('https://www.droitdenfance.org/116000-enfants-disparus-2/', 'fr', CHECKED_ON, ['who', 'purpose'],
          'Nous intervenons auprès des familles dans le cadre de fugues, d’enlèvements parentaux en France ou à l’étranger, de disparitions inquiétantes de mineurs et de jeunes majeurs non autonome (de moins de 25 ans).'),
        quoted('https://www.droitdenfance.org/116000-enfants-disparus-2/', 'fr', CHECKED_ON, ['who'],
          'Depuis le 14 novembre 2018, Droit d’Enfance gère et coordonne le numéro d’urgence 116 000 dédié aux familles de mineurs disparus.'),
      ],
      checkedOn: CHECKED_ON,
    },
    {
      id: 'fr-119',
      region: 'FR',
      kind: 'helpline',
      name: '119 Allô Enfance en danger',
      phone: phone('119'),
      url: 'https://www.allo119.gouv.fr',
      channels: [
        { kind: 'chat', href: 'https://www.allo119.gouv.fr', label: 'allo119.gouv.fr', hours: NOT_CONFIRMED, noteKey: 'helplines.fr-119.chatNote' },
        { kind: 'form', href: 'https://www.allo119.gouv.fr', label: 'allo119.gouv.fr', noteKey: 'helplines.fr-119.formNote' },
      ],
      hours: ALWAYS,
      hoursAsOf: '2025-11-07',
      languages: ['fr'],
      free: true,
      anonymous: 'unconfirmed',
      audience: 'anyone',
      sources: [{ url: MINISTRY, date: '2025-11-07' }, { url: INFO_GOUV, date: '2023-09-22' }],
      officialDomains: [GOV],
      evidence: [
        quoted(MINISTRY, 'fr', CHECKED_ON, ['cost', 'hours'], 'Il est gratuit, confidentiel et joignable 24h/24 et 7 jours sur 7. Ce numéro n’apparaît pas sur la facture téléphonique.'),
        quoted(MINISTRY, 'fr', CHECKED_ON, ['channels', 'who'], 'un tchat en temps réel pour les jeunes jusqu’à 21 ans ;'),
        quoted(MINISTRY, 'fr', CHECKED_ON, ['channels', 'who'], 'un formulaire sécurisé pour les adultes souhaitant alerter ;'),
        quoted(MINISTRY, 'fr', CHECKED_ON, ['who'], 'Tout adulte ou un parent témoin d’une situation où un enfant est en danger ou risque de l’être.'),
        quoted(INFO_GOUV, 'fr', CHECKED_ON, ['number', 'purpose', 'who'],
          'Le 119 est ouvert 24 h sur 24, 7 jours sur 7 pour les enfants, adolescents et jeunes majeurs (moins de 21 ans) victimes de violences psychologiques, physiques, sexuelles ou en situation de danger.'),
      ],
      checkedOn: CHECKED_ON,
      sourceNote: true,
    },
    {
      id: 'fr-17',
      region: 'FR',
      kind: 'emergency',
      name: '17 Police secours',
      phone: phone('17'),
      channels: [],
      hours: ALWAYS,
      hoursAsOf: '2024-07-22',
      languages: [],
      free: true,
      audience: 'anyone',
      sources: [{ url: INFO_GOUV, date: '2023-09-22' }, { url: EMERGENCY_NUMBERS, date: '2024-07-22' }],
      officialDomains: [GOV],
      evidence: [DANGER_NOW, ...ALL_FREE_ALWAYS],
      checkedOn: CHECKED_ON,
    },
    {
      id: 'fr-17cyber',
      region: 'FR',
      kind: 'reporting',
      name: '17Cyber',
      url: 'https://www.17cyber.gouv.fr',
      channels: [{ kind: 'chat', href: 'https://www.17cyber.gouv.fr', label: '17cyber.gouv.fr', noteKey: 'helplines.fr-17cyber.chatNote' }],
      hours: NOT_CONFIRMED,
      hoursAsOf: '2025-10-02',
      languages: ['fr'],
      free: 'unconfirmed',
      anonymous: 'unconfirmed',
      audience: 'anyone',
      sources: [{ url: 'https://www.masecurite.interieur.gouv.fr/fr/demarches-en-ligne/17-cyber-dispositif-cybersecurite', date: '2025-10-02' }],
      officialDomains: ['17cyber.gouv.fr', 'cybermalveillance.gouv.fr', GOV],
      evidence: [
        quoted('https://www.masecurite.interieur.gouv.fr/fr/demarches-en-ligne/17-cyber-dispositif-cybersecurite', 'fr', CHECKED_ON, ['purpose', 'who'],
          'Le dispositif 17 Cyber est un service public d’assistance en ligne pour toutes les victimes d’acte de cybermalveillance.'),
        quoted('https://www.masecurite.interieur.gouv.fr/fr/demarches-en-ligne/17-cyber-dispositif-cybersecurite', 'fr', CHECKED_ON, ['channels'],
          'La victime peut aussi être orientée vers un téléservice dédié ou être accompagnée par tchat avec un policier ou un gendarme.',
          'the address 17cyber.gouv.fr and the 24/7 hours were seen only in the press in the stored copies'),
      ],
      checkedOn: CHECKED_ON,
      sourceNote: true,
    },
    {
      id: 'fr-3018',
      region: 'FR',
      kind: 'helpline',
      name: '3018 (e-Enfance)',
      phone: phone('3018'),
      url: 'https://3018.fr',
      channels: [
        { kind: 'chat', href: 'https://3018.fr', label: '3018.fr' },
        { kind: 'whatsapp', href: 'https://3018.fr', label: '3018.fr', unconfirmed: true },
        { kind: 'messenger', href: 'https://3018.fr', label: '3018.fr', unconfirmed: true },
        { kind: 'app', href: 'https://3018.fr', label: '3018.fr', noteKey: 'helplines.fr-3018.appNote' },
      ],
      hours: weekly(PARIS, slot(EVERY_DAY, '09:00', '23:00')),
      hoursAsOf: '2025-11-07',
      languages: ['fr'],
      free: true,
      anonymous: true,
      audience: 'anyone',
      sources: [{ url: MINISTRY, date: '2025-11-07' }, { url: INFO_GOUV, date: '2023-09-22' }],
      officialDomains: ['3018.fr', 'e-enfance.org', GOV],
      evidence: [
        quoted(MINISTRY, 'fr', CHECKED_ON, ['number', 'cost', 'hours', 'channels'],
          'le 3018 est un numéro d’écoute gratuit, anonyme et confidentiel. Il est accessible 7j/7, de 9h00 et 23h00, par téléphone, par tchat en direct, via Messenger et WhatsApp et sur 3018.fr.'),
        quoted(MINISTRY, 'fr', CHECKED_ON, ['purpose', 'who'], 'Tu es victime ou témoin d’une violence numérique sur internet ou de cyberharcèlement'),
        quoted(INFO_GOUV, 'fr', CHECKED_ON, ['purpose', 'who'],
          'Le 30 18 est un numéro d’écoute destiné aux jeunes victimes et / ou aux témoins de cyberharcèlement et de toutes formes de violences sur internet',
          'the 2022 campaign page, before 3018 also took school bullying (September 2023): that role and the operator e-Enfance are not stated on the official pages read'),
      ],
      checkedOn: CHECKED_ON,
      sourceNote: true,
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
      audience: 'anyone',
      sources: [{ url: PHAROS_SP, date: '2025-09-22' }, { url: PHAROS_INTERIOR, date: '2024-02-07' }],
      officialDomains: [GOV],
      evidence: [
        quoted(PHAROS_SP, 'fr', CHECKED_ON, ['channels', 'purpose'], 'Signaler un contenu internet illégal (internet-signalement : Pharos)'),
        quoted(PHAROS_SP, 'fr', CHECKED_ON, ['cost'], 'Service gratuit'),
        quoted(PHAROS_SP, 'fr', CHECKED_ON, ['channels'], 'Indiquer les coordonnées de l’auteur du signalement', 'step 4 of 5: the person reporting gives contact details, so Vigie does not call it anonymous'),
        quoted(PHAROS_INTERIOR, 'fr', CHECKED_ON, ['hours'],
          'Depuis janvier 2021, la plateforme est constituée d’une cinquantaine de policiers et gendarmes formés pour recueillir vos signalements 24h/24 et 7j/7.'),
        quoted(PHAROS_INTERIOR, 'fr', CHECKED_ON, ['purpose'], 'Il ne doit pas s’agir d’une affaire privée avec une personne que vous connaissez'),
      ],
      checkedOn: CHECKED_ON,
      caveat: true,
    },
    {
      id: 'fr-point-de-contact',
      region: 'FR',
      kind: 'reporting',
      name: 'Point de Contact',
      url: 'https://www.pointdecontact.net',
      channels: [{ kind: 'form', href: 'https://www.pointdecontact.net', label: 'pointdecontact.net', noteKey: 'helplines.fr-point-de-contact.formNote' }],
      hours: ALWAYS,
      hoursAsOf: 'undated',
      languages: ['fr'],
      free: 'unconfirmed',
      anonymous: 'unconfirmed',
      audience: 'anyone',
      sources: [{ url: 'https://www.pointdecontact.net', date: 'undated' }],
      officialDomains: ['pointdecontact.net'],
      evidence: [
        quoted('https://www.pointdecontact.net', 'fr', CHECKED_ON, ['channels'],
          'Point de Contact met à disposition des internautes un formulaire permettant de signaler tout contenu choquant rencontré lors de leur navigation. Un module de signalement et une application mobile sont également disponibles.',
          'the stored home page still calls e-Enfance\'s line "Net Ecoute" (3018 since 2021): an old copy'),
        quoted('https://www.pointdecontact.net', 'fr', CHECKED_ON, ['purpose', 'who'],
          'Notre dispositif de signalement permet à tout internaute de signaler un contenu potentiellement illicite rencontré lors de sa navigation.'),
      ],
      checkedOn: CHECKED_ON,
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
        { service: 'int-take-it-down', reason: 'hashUnder18' },
        { service: 'int-stopncii', reason: 'hashAdults' },
        { service: 'fr-pharos', reason: 'publicContent' },
        { service: 'fr-17', reason: 'emergency' },
      ],
      notes: ['evidence'],
    },
    hacked: {
      steps: [
        { service: 'fr-17cyber', reason: 'cyberDiagnosis' },
        { service: 'fr-3018', reason: 'cyberHelp' },
      ],
      notes: ['accountRecovery'],
    },
    'illegal-content': {
      steps: [
        { service: 'fr-pharos', reason: 'publicContent' },
        { service: 'fr-point-de-contact', reason: 'hotlineReport' },
        { service: 'fr-3018', reason: 'takedown' },
      ],
      notes: ['privateMessages', 'evidence'],
    },
    'child-danger': {
      steps: [
        { service: 'fr-119', reason: 'childInDanger' },
        { service: 'fr-17', reason: 'emergency' },
        { service: 'fr-116000', reason: 'missingChild' },
      ],
    },
    'parent-question': {
      steps: [{ service: 'fr-3018', reason: 'parentQuestions' }],
    },
  },
};
