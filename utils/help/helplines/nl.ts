// The Netherlands. A parent worried about something online calls Helpwanted (Offlimits, the Dutch
// expertise centre on online abuse); children call De Kindertelefoon, 0800-0432. Images of child
// sexual abuse found on the open internet go to Offlimits' Meldpunt Kinderporno; worries about a
// child at home to Veilig Thuis, 0800-2000. 112 in danger, the police's 0900-8844 when it can wait.
//
// Quoted from helpwanted.nl, meldpunt-kinderporno.nl, the Dutch Safer Internet Centre, the police
// (politie.nl), the government (rijksoverheid.nl, for Veilig Thuis), the town of Culemborg (for
// De Kindertelefoon's number: kindertelefoon.nl itself was not in the stored copies) and Child
// Helpline International. De Kindertelefoon's hours (every day 11:00–21:00 in the 2019 press) and
// Helpwanted's were not found on an official page. 116 111 was not seen answering in the
// Netherlands on any page read, so it is not offered (international.ts).
import { ALWAYS, CHECKED_ON, EU_112_EVIDENCE, EU_112_PAGE, NOT_CONFIRMED, phone, quoted } from './common';
import type { CountryDirectory } from './types';

const POLICE_112 = 'https://www.politie.nl/nieuws/2021/februari/11/08-als-elke-seconde-telt.html';
const POLICE_ON_MELDPUNT = 'https://www.politie.nl/nieuws/2021/maart/24/00-kinderporno-moet-je-vooral-niet-verder-verspreiden.html';
const HELPWANTED_EN = 'https://www.helpwanted.nl/en';
const HELPWANTED_FAQ = 'https://www.helpwanted.nl/informatie-voor-scholieren-en-studenten';
const MELDPUNT = 'https://www.meldpunt-kinderporno.nl/wat-melden/';
const MELDPUNT_NOW = 'https://meldpunt-kinderporno.nl/wat-melden';
const SAFER_INTERNET_CENTRE = 'https://www.saferinternetcentre.nl/meldpunt/';
const CULEMBORG = 'https://www.culemborg.nl/kindermishandeling';
const CHI_KINDERTELEFOON = 'https://www.childhelplineinternational.org/child-helplines/story/dutch-child-helpline-service-secured-future/';
const RIJKSOVERHEID_VEILIG_THUIS = 'https://www.rijksoverheid.nl/onderwerpen/huiselijk-geweld/vraag-en-antwoord/wat-moet-ik-doen-bij-huiselijk-geweld';
const OFFLIMITS = ['offlimits.nl', 'helpwanted.nl', 'meldpunt-kinderporno.nl', 'saferinternetcentre.nl'];

export const netherlands: CountryDirectory = {
  country: 'NL',
  emergency: ['nl-112'],
  main: 'nl-helpwanted',
  childLine: 'nl-kindertelefoon',
  services: [
    {
      id: 'nl-112',
      region: 'NL',
      kind: 'emergency',
      name: '112',
      phone: phone('112'),
      channels: [],
      hours: NOT_CONFIRMED,
      hoursAsOf: '2021-02',
      languages: [],
      free: true,
      audience: 'anyone',
      sources: [{ url: POLICE_112, date: '2021-02' }, { url: EU_112_PAGE, date: 'undated' }],
      officialDomains: ['politie.nl', 'europa.eu'],
      evidence: [
        ...EU_112_EVIDENCE,
        quoted(POLICE_112, 'nl', CHECKED_ON, ['number', 'cost'], 'In alle lidstaten van Europa kun je gratis 112 bellen in noodsituaties.'),
        quoted(POLICE_112, 'nl', CHECKED_ON, ['number', 'purpose'],
          'Om de politie te bereiken bestaan er twee telefoonnummers. Eén voor niet spoedeisende meldingen, 0900-8844 en het nummer dat je kunt gebruiken wanneer elke seconde telt, 112.'),
      ],
      checkedOn: CHECKED_ON,
    },
    {
      id: 'nl-helpwanted',
      region: 'NL',
      kind: 'helpline',
      name: 'Helpwanted (Offlimits)',
      phone: phone('020 261 52 75'),
      url: 'https://www.helpwanted.nl',
      channels: [{ kind: 'chat', href: 'https://www.helpwanted.nl', label: 'helpwanted.nl', hours: NOT_CONFIRMED }],
      hours: NOT_CONFIRMED,
      hoursAsOf: 'undated',
      languages: ['nl', 'en'],
      free: true,
      anonymous: true,
      audience: 'anyone',
      sources: [{ url: HELPWANTED_EN, date: 'undated' }, { url: HELPWANTED_FAQ, date: 'undated' }],
      officialDomains: OFFLIMITS,
      evidence: [
        quoted(HELPWANTED_EN, 'en', CHECKED_ON, ['number', 'channels'], 'You can chat with Helpwanted, reach us by telephone on 020 – 261 52 75'),
        quoted(HELPWANTED_EN, 'en', CHECKED_ON, ['cost'], 'Free and anonymous.'),
        quoted(HELPWANTED_EN, 'en', CHECKED_ON, ['who'], 'We are here to help people in the Netherlands who are dealing with online abuse.'),
        quoted(HELPWANTED_EN, 'en', CHECKED_ON, ['purpose'],
          'By online abuse we mean the misuse of your images and/or personal data, grooming, sextortion, cyberbullying, online toxicity in games, cyber-stalking, account hacking, fake profiles and online scam and fraud on the internet.'),
        quoted(HELPWANTED_EN, 'en', CHECKED_ON, ['channels'], 'If you don\'t speak Dutch, you can communicate with us in English, or use a translate-program to talk to us.'),
        quoted(HELPWANTED_FAQ, 'nl', CHECKED_ON, ['purpose'],
          'Wij zijn een (anonieme) hulplijn waar men terecht kan voor eerste hulp bij online seksueel misbruik.'),
        quoted(HELPWANTED_FAQ, 'nl', CHECKED_ON, ['who'], 'Ook ouders, docenten en andere opvoeders kunnen bij Helpwanted.nl terecht met vragen over online seksueel misbruik.'),
        quoted(HELPWANTED_FAQ, 'nl', CHECKED_ON, ['purpose'], 'Wij zijn namelijk Trusted Flagger.'),
      ],
      checkedOn: CHECKED_ON,
      sourceNote: true,
    },
    {
      id: 'nl-kindertelefoon',
      region: 'NL',
      kind: 'helpline',
      name: 'De Kindertelefoon',
      phone: phone('0800-0432'),
      url: 'https://www.kindertelefoon.nl',
      channels: [{ kind: 'chat', href: 'https://www.kindertelefoon.nl', label: 'kindertelefoon.nl', hours: NOT_CONFIRMED }],
      hours: NOT_CONFIRMED,
      hoursAsOf: 'undated',
      languages: ['nl'],
      free: true,
      anonymous: 'unconfirmed',
      audience: 'child',
      sources: [{ url: CULEMBORG, date: 'undated' }, { url: CHI_KINDERTELEFOON, date: 'undated' }],
      // The town of Culemborg gives the number; Child Helpline International, of which it is a member, its role.
      officialDomains: ['kindertelefoon.nl', 'culemborg.nl', 'childhelplineinternational.org'],
      evidence: [
        quoted(CULEMBORG, 'nl', CHECKED_ON, ['number', 'cost', 'channels', 'who', 'purpose'],
          'Kinderen die willen praten over problemen die ze thuis hebben, kunnen bellen of chatten met de Kindertelefoon. Het telefoonnummer is: 0800- 0432 (gratis).',
          'the town of Culemborg\'s page on child abuse; kindertelefoon.nl was not in the stored copies'),
        quoted(CHI_KINDERTELEFOON, 'en', CHECKED_ON, ['purpose', 'who'],
          'Kindertelefoon is the national child helpline in The Netherlands in existence since 1979.'),
      ],
      checkedOn: CHECKED_ON,
      sourceNote: true,
    },
    {
      id: 'nl-meldpunt-kinderporno',
      region: 'NL',
      kind: 'reporting',
      name: 'Meldpunt Kinderporno (Offlimits)',
      url: 'https://www.meldpunt-kinderporno.nl',
      channels: [{ kind: 'form', href: MELDPUNT_NOW, label: 'meldpunt-kinderporno.nl' }],
      hours: ALWAYS,
      hoursAsOf: 'undated',
      languages: ['nl'],
      free: 'unconfirmed',
      anonymous: true,
      audience: 'anyone',
      sources: [{ url: MELDPUNT_NOW, date: 'undated' }, { url: SAFER_INTERNET_CENTRE, date: 'undated' }],
      officialDomains: [...OFFLIMITS, 'politie.nl'],
      evidence: [
        quoted(SAFER_INTERNET_CENTRE, 'nl', CHECKED_ON, ['purpose', 'channels'],
          'Mensen die op internet beeldmateriaal van seksueel kindermisbruik tegenkomen, kunnen dit online (anoniem) melden bij Meldpunt Kinderporno.'),
        quoted(MELDPUNT, 'nl', CHECKED_ON, ['who'], 'Het Meldpunt behandelt alle meldingen vertrouwelijk. Anoniem melden kan ook.', 'an older copy of the page'),
        quoted(MELDPUNT_NOW, 'nl', CHECKED_ON, ['purpose'],
          'Onze medewerkers kunnen alleen beeldmateriaal analyseren dat op een openbare plek staat en waar een URL van is.'),
        quoted(POLICE_ON_MELDPUNT, 'nl', CHECKED_ON, ['purpose'],
          'dan meld je dat bij Meldpunt kinderporno, dat wordt beheerd door het Expertisebureau Online Kindermisbruik (EOKM).', 'the police, 2021; the EOKM is now called Offlimits'),
      ],
      checkedOn: CHECKED_ON,
      caveat: true,
    },
    {
      id: 'nl-politie',
      region: 'NL',
      kind: 'helpline',
      name: 'Politie 0900-8844',
      phone: phone('0900-8844'),
      url: 'https://www.politie.nl',
      channels: [],
      hours: NOT_CONFIRMED,
      hoursAsOf: '2021-02',
      languages: ['nl'],
      free: 'unconfirmed',
      audience: 'anyone',
      sources: [{ url: POLICE_112, date: '2021-02' }],
      officialDomains: ['politie.nl'],
      evidence: [
        quoted(POLICE_112, 'nl', CHECKED_ON, ['number', 'purpose', 'who'],
          'Om de politie te bereiken bestaan er twee telefoonnummers. Eén voor niet spoedeisende meldingen, 0900-8844 en het nummer dat je kunt gebruiken wanneer elke seconde telt, 112.'),
      ],
      checkedOn: CHECKED_ON,
      sourceNote: true,
    },
    {
      id: 'nl-veilig-thuis',
      region: 'NL',
      kind: 'helpline',
      name: 'Veilig Thuis',
      phone: phone('0800-2000'),
      url: 'https://www.veiligthuis.nl',
      channels: [],
      hours: ALWAYS,
      hoursAsOf: 'undated',
      languages: [],
      free: true,
      anonymous: true,
      audience: 'anyone',
      sources: [{ url: RIJKSOVERHEID_VEILIG_THUIS, date: 'undated' }],
      officialDomains: ['veiligthuis.nl', 'rijksoverheid.nl'],
      evidence: [
        quoted(RIJKSOVERHEID_VEILIG_THUIS, 'nl', CHECKED_ON, ['purpose'], 'Dit is het advies- en meldpunt huiselijk geweld en kindermishandeling.'),
        quoted(RIJKSOVERHEID_VEILIG_THUIS, 'nl', CHECKED_ON, ['number', 'cost', 'hours'], 'Het nummer 0800-2000 is gratis en alle dagen en alle uren bereikbaar.'),
        quoted(RIJKSOVERHEID_VEILIG_THUIS, 'nl', CHECKED_ON, ['who'], 'Als u wilt, kunt u anoniem blijven.'),
      ],
      checkedOn: CHECKED_ON,
    },
  ],
  routes: {
    harassment: {
      steps: [
        { service: 'nl-kindertelefoon', reason: 'childLine' },
        { service: 'nl-helpwanted', reason: 'takedown' },
      ],
      notes: ['evidence'],
    },
    sextortion: {
      steps: [
        { service: 'nl-helpwanted', reason: 'takedown' },
        { service: 'int-take-it-down', reason: 'hashUnder18' },
        { service: 'int-stopncii', reason: 'hashAdults' },
        { service: 'nl-112', reason: 'emergency' },
        { service: 'nl-kindertelefoon', reason: 'childLine' },
      ],
      notes: ['evidence'],
    },
    hacked: { steps: [{ service: 'nl-helpwanted', reason: 'cyberHelp' }], notes: ['accountRecovery'] },
    'illegal-content': {
      steps: [{ service: 'nl-meldpunt-kinderporno', reason: 'csamReport' }],
      notes: ['evidence'],
    },
    'child-danger': {
      steps: [
        { service: 'nl-112', reason: 'emergency' },
        { service: 'nl-veilig-thuis', reason: 'adultsWorried' },
        { service: 'nl-kindertelefoon', reason: 'childLine' },
      ],
    },
    'parent-question': {
      steps: [{ service: 'nl-helpwanted', reason: 'adultsWorried' }],
    },
  },
};
