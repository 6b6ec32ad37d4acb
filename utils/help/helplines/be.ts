// Belgium. French-speaking children call 103 Écoute-Enfants (Fédération Wallonie-Bruxelles);
// Dutch-speaking children call Awel, 102 (Flanders), and anyone in Flanders with a question about
// violence, abuse or child abuse calls 1712. Child Focus answers 116 000 for missing and sexually
// exploited children and is Belgium's civil hotline for child sexual abuse images. Each card says
// in which language a line answers (`languageNotes`), so a Flemish family sees its own lines.
//
// Quoted from the Délégué général aux droits de l'enfant (dgde.cfwb.be), awel.be, Awel's own text
// on Child Helpline International's site, 1712.be, childfocus.be, the town of Borgloon (for 116 000
// answering day and night, from its notice of the number's change), the federal police (police.be,
// for 101 and 112) and the European Commission (112). 103's hours (every day 10:00–24:00 in
// 2014–2016) were seen only in the press: shown as not confirmed. 116 111 was not seen answering
// in Belgium on any page read, so it is not offered (international.ts).
import { ALWAYS, CHECKED_ON, EU_112_EVIDENCE, EU_112_PAGE, NOT_CONFIRMED, phone, quoted } from './common';
import type { CountryDirectory } from './types';

const DGDE_103 = 'https://www.dgde.cfwb.be/index.php?id=3248';
const AWEL_ON_CHI = 'https://childhelplineinternational.org/20-years-20-voices-awel-belgium/';
const CHILD_FOCUS_REPORT = 'https://childfocus.be/en/report-child-pornography';
const CHILD_FOCUS_HOTLINE = 'https://childfocus.be/en/civil-hotline';
const CHILD_FOCUS_MISSING = 'https://childfocus.be/nl/hulp-nodig/wat-als-mijn-kind-vermist-is?language=fr';
const CHILD_FOCUS_NOTICES = 'https://childfocus.be/nl/waarom-wanneer-en-welke-opsporingsberichten';
const BORGLOON_116000 = 'https://www.borgloon.be/sh-allerlei-homepg-sh-allerlei-childfocus.html';
const HELPLINE_1712 = 'https://www.1712.be/nl/over-1712';
const TERMS_1712 = 'https://teens.1712.be/over-1712/disclaimer';
const POLICE_NUMBERS = 'https://www.police.be/5998/fr/contact/numeros-durgence';
const ALWAYS_ANSWERED = quoted(POLICE_NUMBERS, 'fr', CHECKED_ON, ['hours'], 'Vous pouvez entrer en communication avec les centres d’appel 24 heures sur 24 et 7 jours sur 7.');

export const belgium: CountryDirectory = {
  country: 'BE',
  emergency: ['be-112', 'be-101'],
  main: 'be-child-focus',
  languageNotes: true,
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
      id: 'be-1712',
      region: 'BE',
      kind: 'helpline',
      name: '1712',
      phone: phone('1712'),
      url: 'https://www.1712.be',
      channels: [
        { kind: 'chat', href: 'https://www.1712.be', label: '1712.be', hours: NOT_CONFIRMED },
        { kind: 'email', href: 'https://www.1712.be', label: '1712.be', hours: NOT_CONFIRMED },
      ],
      hours: NOT_CONFIRMED,
      hoursAsOf: 'undated',
      languages: ['nl'],
      free: true,
      anonymous: true,
      audience: 'anyone',
      sources: [{ url: HELPLINE_1712, date: 'undated' }, { url: TERMS_1712, date: 'undated' }],
      officialDomains: ['1712.be'],
      evidence: [
        quoted(TERMS_1712, 'nl', CHECKED_ON, ['purpose'],
          'Hulplijn 1712 is een professionele hulplijn voor burgers met vragen over geweld, misbruik en kindermishandeling.'),
        quoted(TERMS_1712, 'nl', CHECKED_ON, ['number', 'cost', 'channels'], 'De hulplijn is gratis en anoniem. 1712 kun je telefonisch, via e-mail of chat bereiken.'),
        quoted(HELPLINE_1712, 'nl', CHECKED_ON, ['who'], '1712 is er voor jou: kind, jongere, volwassene en oudere.'),
        quoted(HELPLINE_1712, 'nl', CHECKED_ON, ['purpose'], '1712 is geen noodnummer. Als je dringende hulp wil, bel dan 101 voor dringende politiehulp of 112 voor dringende medische hulp.'),
      ],
      checkedOn: CHECKED_ON,
      caveat: true,
    },
    {
      id: 'be-child-focus',
      region: 'BE',
      kind: 'reporting',
      name: 'Child Focus',
      phone: phone('116 000'),
      url: 'https://childfocus.be',
      channels: [{ kind: 'form', href: CHILD_FOCUS_REPORT, label: 'childfocus.be', noteKey: 'helplines.be-child-focus.formNote' }],
      hours: ALWAYS,
      hoursAsOf: 'undated',
      languages: [],
      free: true,
      anonymous: true,
      audience: 'anyone',
      sources: [
        { url: CHILD_FOCUS_HOTLINE, date: 'undated' },
        { url: CHILD_FOCUS_NOTICES, date: '2021' },
        { url: CHILD_FOCUS_REPORT, date: '2019' },
      ],
      // The town of Borgloon's notice of the number's change is the only official page read that gives its hours.
      officialDomains: ['childfocus.be', 'stopchildporno.be', 'borgloon.be'],
      evidence: [
        quoted(CHILD_FOCUS_HOTLINE, 'en', CHECKED_ON, ['purpose'],
          'Child Focus, the Foundation for Missing and Sexually Exploited Children, is a private organisation, recognised as being of public utility, which has been operational since March 31st 1998.'),
        quoted(CHILD_FOCUS_REPORT, 'en', CHECKED_ON, ['channels', 'who'],
          'Reporting images via the Child Focus hotline can be done anonymously, and hotline staff are bound by professional secrecy.', 'the page\'s footer reads © 2019'),
        quoted(CHILD_FOCUS_NOTICES, 'nl', CHECKED_ON, ['number', 'cost'],
          'Iedereen kan ons via het gratis noodnummer 116 000 bereiken om informatie over het vermiste kind te delen.', 'the page\'s footer reads © 2021'),
        quoted(CHILD_FOCUS_MISSING, 'nl', CHECKED_ON, ['number', 'cost', 'purpose'],
          'Daarnaast kan je de verdwijning ook melden aan Child Focus op het gratis nummer 116 000, waar de consulent jouw steun en toeverlaat wordt tijdens deze crisis.'),
        quoted(BORGLOON_116000, 'nl', CHECKED_ON, ['hours', 'cost'],
          'Het nieuwe nummer is gratis, garandeert desgewenst anonimiteit en is 24 uur op 24, 7 dagen op 7 bereikbaar.',
          'the town of Borgloon, announcing that 116000 replaced 110 (about 2009): an old page'),
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
        { service: 'be-1712', reason: 'abuseCounselling' },
        { service: 'be-child-focus', reason: 'missingChild' },
      ],
    },
    'parent-question': {
      steps: [{ service: 'be-103', reason: 'adultsWorried' }],
    },
  },
};
