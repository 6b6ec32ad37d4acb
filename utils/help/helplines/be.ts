// Belgium. French-speaking children call 103 Écoute-Enfants (Fédération Wallonie-Bruxelles);
// Dutch-speaking children call Awel, 102 (Flanders). Child Focus answers 116 000 for missing and
// sexually exploited children and is Belgium's civil hotline for child sexual abuse images.
//
// Quoted from the Délégué général aux droits de l'enfant (dgde.cfwb.be), awel.be, Awel's own text
// on Child Helpline International's site, childfocus.be, the federal police (police.be, for 101 and
// 112) and the European Commission (112). 103's hours (every day 10:00–24:00 in 2014–2016) and Child Focus's 116 000 were seen
// only in the press: they are shown as not confirmed. 116 111 was not checked for Belgium, so it is
// not offered (international.ts).
import { ALWAYS, CHECKED_ON, EU_112_EVIDENCE, EU_112_PAGE, NOT_CONFIRMED, phone, quoted } from './common';
import type { CountryDirectory } from './types';

const DGDE_103 = 'https://www.dgde.cfwb.be/index.php?id=3248';
const AWEL_ON_CHI = 'https://childhelplineinternational.org/20-years-20-voices-awel-belgium/';
const CHILD_FOCUS_REPORT = 'https://childfocus.be/en/report-child-pornography';
const CHILD_FOCUS_HOTLINE = 'https://childfocus.be/en/civil-hotline';
const POLICE_NUMBERS = 'https://www.police.be/5998/fr/contact/numeros-durgence';
const ALWAYS_ANSWERED = quoted(POLICE_NUMBERS, 'fr', CHECKED_ON, ['hours'], 'Vous pouvez entrer en communication avec les centres d’appel 24 heures sur 24 et 7 jours sur 7.');

export const belgium: CountryDirectory = {
  country: 'BE',
  emergency: ['be-112', 'be-101'],
  main: 'be-child-focus',
  services: [
    {
      id: 'be-101',
      region: 'BE',
      kind: 'emergency',
      name: '101 Police',
      phone: phone('101'),
      channels: [],
      hours: ALWAYS,
      hoursAsOf: 'undated',
      languages: [],
      free: 'unconfirmed',
      audience: 'anyone',
      sources: [{ url: POLICE_NUMBERS, date: 'undated' }],
      officialDomains: ['police.be', '112.be'],
      evidence: [
        quoted(POLICE_NUMBERS, 'fr', CHECKED_ON, ['number', 'purpose'],
          'Si vous avez besoin de l’aide urgente de la police, nous vous conseillons dès lors de former directement le 101.'),
        ALWAYS_ANSWERED,
      ],
      checkedOn: CHECKED_ON,
    },
    {
      id: 'be-102-awel',
      region: 'BE',
      kind: 'helpline',
      name: 'Awel 102',
      phone: phone('102'),
      url: 'https://awel.be',
      channels: [{ kind: 'chat', href: 'https://awel.be', label: 'awel.be', hours: NOT_CONFIRMED }],
      hours: NOT_CONFIRMED,
      hoursAsOf: '2020',
      languages: ['nl'],
      free: true,
      anonymous: true,
      audience: 'child',
      sources: [{ url: 'https://awel.be/2020', date: '2020' }, { url: AWEL_ON_CHI, date: 'undated' }],
      // Awel's own text in Child Helpline International's series on its members.
      officialDomains: ['awel.be', 'childhelplineinternational.org'],
      evidence: [
        quoted('https://awel.be/2020', 'nl', CHECKED_ON, ['number'],
          'wanneer ze er via een mobiel toestel op ‘bel’ klikken, gaan ze automatisch naar ‘102’ in hun telefoonboek.', 'Awel\'s figures for 2020'),
        quoted('https://awel.be/2020', 'nl', CHECKED_ON, ['channels', 'who'],
          'In 2020 registreerde Awel in totaal 28.232 contacten met kinderen en jongeren via telefoon, chat en e-mail.'),
        quoted(AWEL_ON_CHI, 'en', CHECKED_ON, ['purpose', 'who'], 'Awel is the Flemish helpline for children and adolescents in Belgium.'),
        quoted(AWEL_ON_CHI, 'en', CHECKED_ON, ['cost', 'channels'],
          'Like many child helplines around the world, Awel works anonymously and is free. Telephone, email, chat and a forum are the many ways young people can choose to contact their anonymous friend.'),
      ],
      checkedOn: CHECKED_ON,
      sourceNote: true,
    },
    {
      id: 'be-103',
      region: 'BE',
      kind: 'helpline',
      name: '103 Écoute-Enfants',
      phone: phone('103'),
      url: 'https://www.103ecoute.be',
      channels: [{ kind: 'chat', href: 'https://www.103ecoute.be', label: '103ecoute.be', hours: NOT_CONFIRMED }],
      hours: NOT_CONFIRMED,
      hoursAsOf: 'undated',
      languages: ['fr'],
      free: 'unconfirmed',
      anonymous: 'unconfirmed',
      audience: 'anyone',
      sources: [{ url: DGDE_103, date: 'undated' }],
      officialDomains: ['103ecoute.be', 'cfwb.be', 'imaje-intercommunale.be'],
      evidence: [
        quoted(DGDE_103, 'fr', CHECKED_ON, ['number', 'purpose'], '"Ecoute Enfants" - téléphone 103',
          'the Délégué général aux droits de l\'enfant of the Fédération Wallonie-Bruxelles, on a 2008–2009 project with the service'),
      ],
      checkedOn: CHECKED_ON,
      sourceNote: true,
    },
    {
      id: 'be-112',
      region: 'BE',
      kind: 'emergency',
      name: '112',
      phone: phone('112'),
      channels: [],
      hours: ALWAYS,
      hoursAsOf: 'undated',
      languages: [],
      free: true,
      audience: 'anyone',
      sources: [{ url: POLICE_NUMBERS, date: 'undated' }, { url: EU_112_PAGE, date: 'undated' }],
      officialDomains: ['europa.eu', '112.be', 'police.be'],
      evidence: [
        ...EU_112_EVIDENCE,
        quoted(POLICE_NUMBERS, 'fr', CHECKED_ON, ['number', 'cost', 'purpose'],
          'Le numéro d’urgence “112” est le seul numéro d’urgence que vous pouvez appeler gratuitement, dans toute l’Europe, si vous avez besoin de l’aide urgente des services d’incendie, d’une équipe médicale ou de la police.'),
        ALWAYS_ANSWERED,
      ],
      checkedOn: CHECKED_ON,
    },
    {
      id: 'be-child-focus',
      region: 'BE',
      kind: 'reporting',
      name: 'Child Focus',
      phone: phone('116 000', { unconfirmed: true }),
      url: 'https://childfocus.be',
      channels: [{ kind: 'form', href: CHILD_FOCUS_REPORT, label: 'childfocus.be', noteKey: 'helplines.be-child-focus.formNote' }],
      hours: NOT_CONFIRMED,
      hoursAsOf: 'undated',
      languages: [],
      free: 'unconfirmed',
      anonymous: true,
      audience: 'anyone',
      sources: [{ url: CHILD_FOCUS_HOTLINE, date: 'undated' }, { url: CHILD_FOCUS_REPORT, date: '2019' }],
      officialDomains: ['childfocus.be', 'stopchildporno.be'],
      evidence: [
        quoted(CHILD_FOCUS_HOTLINE, 'en', CHECKED_ON, ['purpose'],
          'Child Focus, the Foundation for Missing and Sexually Exploited Children, is a private organisation, recognised as being of public utility, which has been operational since March 31st 1998.'),
        quoted(CHILD_FOCUS_REPORT, 'en', CHECKED_ON, ['channels', 'who'],
          'Reporting images via the Child Focus hotline can be done anonymously, and hotline staff are bound by professional secrecy.', 'the page\'s footer reads © 2019'),
      ],
      checkedOn: CHECKED_ON,
      sourceNote: true,
    },
  ],
  routes: {
    harassment: {
      steps: [
        { service: 'be-103', reason: 'childLine' },
        { service: 'be-102-awel', reason: 'childLine' },
      ],
      notes: ['evidence'],
    },
    sextortion: {
      steps: [
        { service: 'be-child-focus', reason: 'missingExploited' },
        { service: 'int-take-it-down', reason: 'hashUnder18' },
        { service: 'int-stopncii', reason: 'hashAdults' },
        { service: 'be-101', reason: 'emergency' },
      ],
      notes: ['evidence'],
    },
    hacked: { steps: [], notes: ['accountRecovery'] },
    'illegal-content': {
      steps: [{ service: 'be-child-focus', reason: 'missingExploited' }],
      notes: ['evidence'],
    },
    'child-danger': {
      steps: [
        { service: 'be-101', reason: 'emergency' },
        { service: 'be-103', reason: 'childLine' },
        { service: 'be-102-awel', reason: 'childLine' },
      ],
    },
    'parent-question': {
      steps: [{ service: 'be-103', reason: 'adultsWorried' }],
    },
  },
};
