// Luxembourg. The BEE SECURE Helpline (run by the Kanner-Jugendtelefon, KJT) answers anyone about
// problems online; the KJT's 116 111 is the child's own line and its Elterentelefon the parents';
// the BEE SECURE Stopline takes anonymous reports of illegal content.
//
// Quoted from bee-secure.lu and kjt.lu, read on CHECKED_ON, and from the KJT's own text on Child
// Helpline International's site, read on 2026-11-21. The Elterentelefon's number changed in October
// 2023 to 8002 4444 (KJT on CHI's site); bee-secure.lu still prints the old 26 64 05 55, and kjt.lu
// was not seen with the new one: the new number stays, with its caveat. BEE SECURE's hours (Monday
// to Friday 9:00–16:00) come only from Paperjam: not shown. The police's 113 is left out (its page
// was a 2020 press release without the passage); 112 answers every emergency.
import { ALWAYS, CHECKED_ON, EU_112_EVIDENCE, EU_112_PAGE, NOT_CONFIRMED, phone, quoted } from './common';
import type { CountryDirectory } from './types';

const KJT = 'https://www.kjt.lu/de/wer-wir-sind/';
const KJT_ON_CHI = 'https://childhelplineinternational.org/20-years-20-voices-kjt-luxembourg/';
const BEE_SECURE_HELPLINE = 'https://bee-secure.lu/de/news/bee-secure-helpline-anstieg-von-erpressungsversuchen-mit-angeblichen-intimen-fotos';
const BEE_SECURE_CSAM = 'https://bee-secure.lu/de/risiken/material-von-sexuellem-missbrauch-von-kindern';
const KJT_DOMAINS = ['kjt.lu', 'bee-secure.lu'];

export const luxembourg: CountryDirectory = {
  country: 'LU',
  emergency: ['lu-112'],
  main: 'lu-bee-secure',
  childLine: 'lu-kjt',
  services: [
    {
      id: 'lu-112',
      region: 'LU',
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
      officialDomains: ['europa.eu', '112.lu', 'public.lu'],
      evidence: EU_112_EVIDENCE,
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
      hours: NOT_CONFIRMED,
      hoursAsOf: 'undated',
      languages: [],
      free: true,
      anonymous: true,
      audience: 'anyone',
      sources: [{ url: BEE_SECURE_HELPLINE, date: 'undated' }, { url: BEE_SECURE_CSAM, date: 'undated' }],
      officialDomains: KJT_DOMAINS,
      evidence: [
        quoted(BEE_SECURE_HELPLINE, 'de', CHECKED_ON, ['number', 'cost', 'channels'],
          'Bei Unsicherheiten steht der Beratungsdienst der BEE SECURE Helpline für eine vertrauliche und kostenlose Beratung unter der Nummer 8002 1234 oder über das Online-Formular zur Verfügung.'),
        quoted(BEE_SECURE_HELPLINE, 'de', CHECKED_ON, ['purpose'],
          'Die BEE SECURE Helpline steht Ihnen für Fragen rund um das Internet und die Sicherheit digitaler Medien zur Verfügung.'),
        quoted(BEE_SECURE_HELPLINE, 'de', CHECKED_ON, ['who'], 'Jeder kann den Beratungsdienst anonym telefonisch oder über das Kontaktformular kontaktieren.'),
      ],
      checkedOn: CHECKED_ON,
      sourceNote: true,
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
      hoursAsOf: '2023-10',
      languages: [],
      free: 'unconfirmed',
      audience: 'adult',
      sources: [{ url: KJT_ON_CHI, date: 'undated' }, { url: KJT, date: 'undated' }],
      // The KJT's own text in Child Helpline International's series on its members.
      officialDomains: [...KJT_DOMAINS, 'childhelplineinternational.org'],
      evidence: [
        quoted(KJT_ON_CHI, 'en', '2026-11-21', ['number'], 'our parents\' phoneline received a new number (8002 4444)',
          'read by Vigie on 2026-11-21 (the earlier check of this directory), not re-read on CHECKED_ON'),
        quoted(KJT, 'de', CHECKED_ON, ['who', 'purpose'],
          'Auch Eltern und anderen Bezugspersonen, wie auch Professionellen aus dem pädagogischen und psychologischen Bereich steht der direkte und unkomplizierte Weg der Beratung offen.'),
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
      hoursAsOf: 'undated',
      languages: [],
      free: 'unconfirmed',
      anonymous: true,
      audience: 'child',
      sources: [{ url: KJT, date: 'undated' }, { url: BEE_SECURE_CSAM, date: 'undated' }],
      officialDomains: KJT_DOMAINS,
      evidence: [
        quoted(KJT, 'de', CHECKED_ON, ['number', 'channels'],
          'Der Telefonberatungsdienst für Kinder und Jugendliche 1 1 6 1 1 1 wurde durch die webbasierte Online Help (www.kjt.lu) erweitert.'),
        quoted(KJT, 'de', CHECKED_ON, ['purpose', 'who'],
          'Das KJT berät und unterstützt Kinder und Jugendliche, sowie deren Bezugspersonen in ihren alltäglichen Sorgen und Fragen, Ängsten, Problemen und auch Krisen.'),
        quoted(BEE_SECURE_CSAM, 'de', CHECKED_ON, ['who'], 'Eine erste Anlaufstelle für Kinder ist das Kanner-Jugendtelefon 1 1 6 1 1 1, anonym und vertraulich.'),
      ],
      checkedOn: CHECKED_ON,
      sourceNote: true,
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
      free: 'unconfirmed',
      anonymous: true,
      audience: 'anyone',
      sources: [{ url: BEE_SECURE_CSAM, date: 'undated' }],
      officialDomains: KJT_DOMAINS,
      evidence: [
        quoted(BEE_SECURE_CSAM, 'de', CHECKED_ON, ['purpose', 'who', 'channels'], 'In Luxemburg kann man CSAM anonym und vertraulich über die BEE SECURE Stopline melden.'),
        quoted(BEE_SECURE_CSAM, 'de', CHECKED_ON, ['purpose'], 'Die Mitarbeiter-Innen der BEE SECURE Stopline analysieren die Meldung und leiten illegale Inhalte an die Polizei weiter.'),
      ],
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
        { service: 'int-take-it-down', reason: 'hashUnder18' },
        { service: 'int-stopncii', reason: 'hashAdults' },
        { service: 'lu-stopline', reason: 'illegalContentReport' },
        { service: 'lu-112', reason: 'emergency' },
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
        { service: 'lu-112', reason: 'emergency' },
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
