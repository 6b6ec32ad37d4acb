// Austria. Children and young people call 147 Rat auf Draht, day and night, free and anonymous: an
// emergency number of its own, like the police's. Not Switzerland's 147 (Pro Juventute), another
// service in another country. Images of child sexual abuse found online go to Stopline, the hotline
// of the Austrian internet providers (ISPA). 133 is the police, 144 the ambulance, 112 the European
// number, answered in Austria by the police.
//
// Quoted from the telecoms regulator RTR (rtr.at), which allots the emergency numbers, the federal
// police (polizei.gv.at), Rat auf Draht's own press release of September 2024 and stopline.at. Rat
// auf Draht's chat and its pages for parents were seen only in the press: not listed. 116 111 was
// not seen answering in Austria on any page read, so it is not offered (international.ts).
import { ALWAYS, CHECKED_ON, EU_112_EVIDENCE, EU_112_PAGE, phone, quoted } from './common';
import type { CountryDirectory } from './types';

const RTR = 'https://rtr.at/TKP/was_wir_tun/telekommunikation/konsumentenservice/information/informationen_fuer_konsumenten/TKKS_Notrufe.de.html';
const POLICE_VIENNA = 'https://polizei.gv.at/wien/start.aspx?ctrl=3734335266674D385951343D&nwid=6744344F4F5178367A2F493D&nwo=7';
const RAT_AUF_DRAHT_2024 = 'https://www.rataufdraht.at/pressemitteilungen/25-jahre-notrufnummer-147';
const STOPLINE_FAQ = 'https://www.stopline.at/de/faqs/faqs/meldungen';
const STOPLINE_NEWS = 'https://www.stopline.at/de/suche';
const STATE = ['rtr.at', 'gv.at'];

/** RTR: every emergency number is free from any phone and answered day and night. */
const FREE_AND_ALWAYS = quoted(RTR, 'de', CHECKED_ON, ['cost', 'hours'],
  'Notrufnummern können von jedem Telefon kostenlos angerufen werden. Sie sind rund um die Uhr erreichbar.');
const POLICE_AND_AMBULANCE = quoted(POLICE_VIENNA, 'de', CHECKED_ON, ['number', 'purpose'],
  'Viele Länder haben ihre eigenen Notrufnummern wie in Österreich die Feuerwehr: 122, Polizei: 133 und Rettung: 144.',
  'the federal police in Vienna, for the European emergency number day');

export const austria: CountryDirectory = {
  country: 'AT',
  emergency: ['at-133', 'at-112', 'at-144'],
  main: 'at-147-rat-auf-draht',
  services: [
    {
      id: 'at-112',
      region: 'AT',
      kind: 'emergency',
      name: '112',
      phone: phone('112'),
      channels: [],
      hours: ALWAYS,
      hoursAsOf: 'undated',
      languages: [],
      free: true,
      audience: 'anyone',
      sources: [{ url: RTR, date: 'undated' }, { url: EU_112_PAGE, date: 'undated' }],
      officialDomains: [...STATE, 'europa.eu'],
      evidence: [
        ...EU_112_EVIDENCE,
        quoted(RTR, 'de', CHECKED_ON, ['number', 'purpose'],
          'Anrufe zu 112 werden in Österreich von der Polizei entgegengenommen, in anderen Ländern sind verschiedene Organisationen über 112 erreichbar.'),
        FREE_AND_ALWAYS,
      ],
      checkedOn: CHECKED_ON,
    },
    {
      id: 'at-133',
      region: 'AT',
      kind: 'emergency',
      name: '133 Polizei',
      phone: phone('133'),
      channels: [],
      hours: ALWAYS,
      hoursAsOf: 'undated',
      languages: [],
      free: true,
      audience: 'anyone',
      sources: [{ url: RTR, date: 'undated' }, { url: POLICE_VIENNA, date: 'undated' }],
      officialDomains: STATE,
      evidence: [
        quoted(POLICE_VIENNA, 'de', CHECKED_ON, ['number', 'purpose', 'hours'],
          'Unter der nationalen Notrufnummer 133 kommen Sie zur Polizei. Rund um die Uhr sorgen Polizeikräfte am Notruf für Ihre Sicherheit und leisten dadurch einen wertvollen Beitrag.'),
        POLICE_AND_AMBULANCE,
        FREE_AND_ALWAYS,
      ],
      checkedOn: CHECKED_ON,
    },
    {
      id: 'at-144',
      region: 'AT',
      kind: 'emergency',
      name: '144 Rettung',
      phone: phone('144'),
      channels: [],
      hours: ALWAYS,
      hoursAsOf: 'undated',
      languages: [],
      free: true,
      audience: 'anyone',
      sources: [{ url: RTR, date: 'undated' }, { url: POLICE_VIENNA, date: 'undated' }],
      officialDomains: STATE,
      evidence: [POLICE_AND_AMBULANCE, FREE_AND_ALWAYS],
      checkedOn: CHECKED_ON,
    },
    {
      id: 'at-147-rat-auf-draht',
      region: 'AT',
      kind: 'helpline',
      name: '147 Rat auf Draht',
      phone: phone('147'),
      url: 'https://www.rataufdraht.at',
      channels: [],
      hours: ALWAYS,
      hoursAsOf: '2024-09-18',
      languages: ['de'],
      free: true,
      anonymous: true,
      audience: 'child',
      sources: [{ url: RAT_AUF_DRAHT_2024, date: '2024-09-18' }, { url: RTR, date: 'undated' }],
      officialDomains: ['rataufdraht.at', ...STATE],
      evidence: [
        quoted(RAT_AUF_DRAHT_2024, 'de', CHECKED_ON, ['number', 'who', 'purpose'],
          'Seit Mitte September 1999 hat Österreich damit die einzige echte Notrufnummer für Kinder und Jugendliche.'),
        quoted(RAT_AUF_DRAHT_2024, 'de', CHECKED_ON, ['hours', 'cost'],
          'Hinzu kommen die Erreichbarkeit rund um die Uhr aus ganz Österreich zum Nulltarif sowie die Tatsache, dass ein Anruf bei 147 nicht in der Telefonrechnung aufscheint.'),
        quoted(RAT_AUF_DRAHT_2024, 'de', CHECKED_ON, ['cost', 'who'],
          'Niederschwellig, kostenlos und anonym sind seither die Grundpfeiler der täglichen Arbeit von Rat auf Draht.'),
        quoted(RTR, 'de', CHECKED_ON, ['number', 'purpose', 'who'],
          'Die Nummer 147 wurde dem ORF zugeteilt. Es werden Beratungsleistungen für Kinder und Jugendliche erbracht.',
          'the regulator, which allots the emergency numbers; Rat auf Draht began as an ORF programme'),
        FREE_AND_ALWAYS,
      ],
      checkedOn: CHECKED_ON,
    },
    {
      id: 'at-stopline',
      region: 'AT',
      kind: 'reporting',
      name: 'Stopline',
      url: 'https://www.stopline.at',
      channels: [
        { kind: 'form', href: 'https://www.stopline.at/melden', label: 'stopline.at' },
        { kind: 'email', href: 'mailto:office@stopline.at', label: 'office@stopline.at' },
      ],
      hours: ALWAYS,
      hoursAsOf: 'undated',
      languages: ['de'],
      free: 'unconfirmed',
      anonymous: 'unconfirmed',
      audience: 'anyone',
      sources: [{ url: STOPLINE_FAQ, date: 'undated' }, { url: STOPLINE_NEWS, date: '2025-07-07' }],
      officialDomains: ['stopline.at', 'ispa.at'],
      evidence: [
        quoted(STOPLINE_FAQ, 'de', CHECKED_ON, ['channels'],
          'Sie können illegale Inhalte direkt auf unserer Webseite www.stopline.at/melden oder an unsere E-Mail-Adresse office@stopline.at senden.'),
        quoted(STOPLINE_NEWS, 'de', CHECKED_ON, ['purpose'],
          'Mit 89.908 Meldungen verzeichnete Stopline, die österreichische Meldestelle gegen sexuelle Missbrauchsdarstellungen Minderjähriger und nationalsozialistische Wiederbetätigung im Internet, einen Rekord an eingegangenen Hinweisen.',
          'Stopline\'s news of May 2025, as listed on its search page'),
      ],
      checkedOn: CHECKED_ON,
      sourceNote: true,
    },
  ],
  routes: {
    harassment: {
      steps: [{ service: 'at-147-rat-auf-draht', reason: 'childLine' }],
      notes: ['evidence'],
    },
    sextortion: {
      steps: [
        { service: 'at-147-rat-auf-draht', reason: 'childLine' },
        { service: 'int-take-it-down', reason: 'hashUnder18' },
        { service: 'int-stopncii', reason: 'hashAdults' },
        { service: 'at-stopline', reason: 'csamReport' },
        { service: 'at-133', reason: 'emergency' },
      ],
      notes: ['evidence'],
    },
    hacked: { steps: [], notes: ['accountRecovery'] },
    'illegal-content': {
      steps: [{ service: 'at-stopline', reason: 'csamReport' }],
      notes: ['evidence'],
    },
    'child-danger': {
      steps: [
        { service: 'at-133', reason: 'emergency' },
        { service: 'at-147-rat-auf-draht', reason: 'childLine' },
      ],
    },
    'parent-question': { steps: [], notes: ['noDedicatedLine'] },
  },
};
