// Germany. The main line, for a parent, is the Elterntelefon of the Nummer gegen Kummer; its
// Kinder- und Jugendtelefon, 116 111, is the child's own line. Reports of illegal or harmful
// content go to jugendschutz.net or the Internet-Beschwerdestelle (FSM and eco), which are linked.
//
// Quoted from the federal family ministry (bmfsfj.de, 2020), klicksafe (the EU awareness centre of
// the state media authorities), a Kinderschutzbund association that answers the Elterntelefon
// (publishing Nummer gegen Kummer e.V.'s press release of 24 March 2021), a city's fire brigade for
// 112 and the city of Baden-Baden's citizen service for 110: no federal page on 110 or 112 was in
// the stored copies. In 2020 the ministry added morning hours for a while ("vorübergehend"): only
// the long-standing Monday–Saturday 14:00–20:00 is shown.
import { ALWAYS, CHECKED_ON, NOT_CONFIRMED, phone, quoted, slot, weekly } from './common';
import type { CountryDirectory } from './types';

const BERLIN = 'Europe/Berlin';
const MINISTRY = 'https://www.bmfsfj.de/bmfsfj/mediathek/anrufen-mailen-chatten-gegen-sorgen-154556';
const ELTERNTELEFON_2021 = 'https://www.kinderschutzbund-schaumburg.de/jubilaeum-20-jahre-elterntelefon-der-nummer-gegen-kummer/';
const KLICKSAFE = 'https://www.klicksafe.de/news/illegale-inhalte-schnell-und-anonym-melden';
const BADEN_BADEN = 'https://www.baden-baden.de/buergerservice/notlagen/unfaelle/feuerwehr-und-polizei/';
const NGK_DOMAINS = ['nummergegenkummer.de', 'bmfsfj.de'];

export const germany: CountryDirectory = {
  country: 'DE',
  emergency: ['de-110', 'de-112'],
  main: 'de-elterntelefon',
  childLine: 'de-nummer-gegen-kummer',
  services: [
    {
      id: 'de-110',
      region: 'DE',
      kind: 'emergency',
      name: '110 Polizei',
      phone: phone('110'),
      channels: [],
      hours: NOT_CONFIRMED,
      hoursAsOf: 'undated',
      languages: [],
      free: true,
      audience: 'anyone',
      sources: [{ url: BADEN_BADEN, date: 'undated' }],
      officialDomains: ['baden-baden.de', 'polizei.de'],
      evidence: [
        quoted(BADEN_BADEN, 'de', CHECKED_ON, ['number'], 'In Deutschland ist zusätzlich auch die 110 als Notrufnummer möglich.', 'the city of Baden-Baden; no federal page in the stored copies'),
        quoted(BADEN_BADEN, 'de', CHECKED_ON, ['cost'], 'Ein Notruf kann von jedem Telefon aus immer kostenlos abgesetzt werden - Münzen oder Telefonkarten sind nicht erforderlich.'),
      ],
      checkedOn: CHECKED_ON,
    },
    {
      id: 'de-112',
      region: 'DE',
      kind: 'emergency',
      name: '112',
      phone: phone('112'),
      channels: [],
      hours: NOT_CONFIRMED,
      hoursAsOf: '2016-02',
      languages: [],
      free: true,
      audience: 'anyone',
      sources: [{ url: BADEN_BADEN, date: 'undated' }],
      officialDomains: ['baden-baden.de', 'feuerwehr-soest.de'],
      evidence: [
        quoted(BADEN_BADEN, 'de', CHECKED_ON, ['number', 'purpose'], 'Die 112 ist bei Notfällen aller Art (z. B. Feuer, Unfall, Erkrankung, Überfall etc.) die richtige Nummer.'),
        quoted('https://feuerwehr-soest.de/aktuelles/neuigkeiten/archiv.html?month=201602', 'de', CHECKED_ON, ['cost'],
          'Alle Nutzer von Festnetz- und Mobiltelefonen können die Nummer 112 gebührenfrei anrufen.', 'the fire brigade of Soest, February 2016'),
      ],
      checkedOn: CHECKED_ON,
    },
    {
      id: 'de-elterntelefon',
      region: 'DE',
      kind: 'helpline',
      name: 'Nummer gegen Kummer – Elterntelefon',
      phone: phone('0800 111 0 550'),
      url: 'https://www.nummergegenkummer.de',
      channels: [],
      hours: NOT_CONFIRMED,
      hoursAsOf: '2021-03-24',
      languages: ['de'],
      free: true,
      anonymous: 'unconfirmed',
      audience: 'adult',
      sources: [{ url: ELTERNTELEFON_2021, date: '2021-03-24' }],
      officialDomains: [...NGK_DOMAINS, 'kinderschutzbund-schaumburg.de'],
      evidence: [
        quoted(ELTERNTELEFON_2021, 'de', CHECKED_ON, ['number', 'cost', 'who', 'purpose'],
          'Unter der bundesweit kostenfreien Nummer 0800 111 0 550 finden Eltern und andere Erziehungsverantwortliche ein qualifiziertes Gesprächsangebot zu ihren Fragen und Sorgen um ihr Kind.',
          'Nummer gegen Kummer e.V.\'s press release of 24 March 2021, published by a Kinderschutzbund association that answers the line; nummergegenkummer.de was not in the stored copies'),
      ],
      checkedOn: CHECKED_ON,
      sourceNote: true,
    },
    {
      id: 'de-jugendschutz',
      region: 'DE',
      kind: 'reporting',
      name: 'jugendschutz.net',
      url: 'https://www.jugendschutz.net',
      channels: [
        { kind: 'form', href: 'https://www.jugendschutz.net', label: 'jugendschutz.net' },
        { kind: 'form', href: 'https://www.internet-beschwerdestelle.de', label: 'internet-beschwerdestelle.de' },
      ],
      hours: ALWAYS,
      hoursAsOf: 'undated',
      languages: ['de'],
      free: 'unconfirmed',
      anonymous: true,
      audience: 'anyone',
      sources: [{ url: KLICKSAFE, date: 'undated' }, { url: 'https://www.klicksafe.de/service/anlaufstellen/internet-beschwerdestellen/', date: 'undated' }],
      officialDomains: ['jugendschutz.net', 'internet-beschwerdestelle.de', 'fsm.de', 'klicksafe.de'],
      evidence: [
        quoted(KLICKSAFE, 'de', CHECKED_ON, ['purpose', 'who'], 'Generell können Sie alles melden, was Sie für illegal oder jugendgefährdend halten.'),
        quoted(KLICKSAFE, 'de', CHECKED_ON, ['channels'], 'Die Meldestellen sind miteinander verbunden und Ihre Beschwerde wird schnellstmöglich bearbeitet.'),
        quoted(KLICKSAFE, 'de', CHECKED_ON, ['who'], 'Jede Beschwerde ist anonym möglich.'),
      ],
      checkedOn: CHECKED_ON,
    },
    {
      id: 'de-nummer-gegen-kummer',
      region: 'DE',
      kind: 'helpline',
      name: 'Nummer gegen Kummer – Kinder- und Jugendtelefon',
      phone: phone('116 111'),
      url: 'https://www.nummergegenkummer.de',
      channels: [
        { kind: 'chat', href: 'https://www.nummergegenkummer.de', label: 'nummergegenkummer.de', hours: NOT_CONFIRMED },
        { kind: 'email', href: 'https://www.nummergegenkummer.de', label: 'nummergegenkummer.de', hours: NOT_CONFIRMED },
      ],
      hours: weekly(BERLIN, slot(['mon', 'tue', 'wed', 'thu', 'fri', 'sat'], '14:00', '20:00')),
      hoursAsOf: '2020',
      languages: ['de'],
      free: true,
      anonymous: true,
      audience: 'child',
      sources: [{ url: MINISTRY, date: '2020' }],
      officialDomains: NGK_DOMAINS,
      evidence: [
        quoted(MINISTRY, 'de', CHECKED_ON, ['number', 'cost'], 'Unter 116 111 stehen euch die Beraterinnen und Berater anonym und kostenlos zur Seite.'),
        quoted(MINISTRY, 'de', CHECKED_ON, ['channels', 'who', 'purpose'],
          'Kinder und Jugendliche, die jemanden zum Reden brauchen, können sich an die "Nummer gegen Kummer" wenden. Dort erreichen sie Fachleute und jugendliche Beratende telefonisch, per E-Mail oder im Chat - anonym und kostenlos.'),
        quoted(MINISTRY, 'de', CHECKED_ON, ['hours'], 'Sprechzeiten Mo-Sa 14-20 Uhr; Mo, Mi, Do 10-12 Uhr',
          'a caption of the ministry\'s 2020 video; the morning hours were a temporary Covid measure and are not shown'),
      ],
      checkedOn: CHECKED_ON,
      sourceNote: true,
    },
  ],
  routes: {
    harassment: {
      steps: [
        { service: 'de-nummer-gegen-kummer', reason: 'childLine' },
        { service: 'de-jugendschutz', reason: 'illegalContentReport' },
      ],
      notes: ['evidence'],
    },
    sextortion: {
      steps: [
        { service: 'int-take-it-down', reason: 'hashUnder18' },
        { service: 'int-stopncii', reason: 'hashAdults' },
        { service: 'de-jugendschutz', reason: 'illegalContentReport' },
        { service: 'de-110', reason: 'emergency' },
        { service: 'de-nummer-gegen-kummer', reason: 'childLine' },
      ],
      notes: ['evidence'],
    },
    hacked: { steps: [], notes: ['accountRecovery'] },
    'illegal-content': {
      steps: [{ service: 'de-jugendschutz', reason: 'illegalContentReport' }],
      notes: ['evidence'],
    },
    'child-danger': {
      steps: [
        { service: 'de-110', reason: 'emergency' },
        { service: 'de-nummer-gegen-kummer', reason: 'childLine' },
        { service: 'de-elterntelefon', reason: 'adultsWorried' },
      ],
    },
    'parent-question': {
      steps: [{ service: 'de-elterntelefon', reason: 'adultsWorried' }],
    },
  },
};
