// The United Kingdom. The main line, for a parent, is the NSPCC Helpline (for adults worried about a
// child); Childline is the child's own line. Report Remove (Childline and the IWF) comes first on the
// sextortion route for under-18s: it has a nude image taken down without the child sending it to
// anyone but the IWF.
//
// Every fact is quoted from the service's own pages (nspcc.org.uk, childline.org.uk, iwf.org.uk,
// swgfl.org.uk, ceop.police.uk and NCA-CEOP's thinkuknow.co.uk) or a police force (police.uk).
// Left out on purpose: the NSPCC's text line 88858, listed on an old nspcc.org.uk copy and absent
// from the newer one; Internet Matters, whose own pages were not in the stored copies.
import { ALWAYS, CHECKED_ON, MONDAY_TO_FRIDAY, NOT_CONFIRMED, phone, quoted, slot, weekly } from './common';
import type { CountryDirectory } from './types';

const LONDON = 'Europe/London';
const NSPCC_REPORT = 'https://safeguardingtool.nspcc.org.uk/what-you-can-do/report-abuse/';
const CHILDLINE_SERVICE = 'https://learning.nspcc.org.uk/services/childline';
const CHILDLINE_ABOUT = 'https://www.childline.org.uk/pages/about.aspx?panel=open&type=Texture';
const CEOP_ADULT = 'https://ceop.police.uk/Safety-Centre/How-can-CEOP-help-me-YP/How-can-CEOP-help-me-concerned-adult';
const THINKUKNOW_CEOP = 'https://www.thinkuknow.co.uk/11_13/help/CEOP/';
const REPORT_REMOVE_IWF = 'https://www.iwf.org.uk/what-we-do/why-we-exist/report-remove';
const REPORT_REMOVE = 'https://www.childline.org.uk/info-advice/bullying-abuse-safety/online-mobile-safety/report-remove/';
const NSPCC_DOMAINS = ['nspcc.org.uk', 'childline.org.uk'];

export const unitedKingdom: CountryDirectory = {
  country: 'GB',
  emergency: ['gb-999'],
  main: 'gb-nspcc',
  childLine: 'gb-childline',
  services: [
    {
      id: 'gb-999',
      region: 'GB',
      kind: 'emergency',
      name: '999',
      phone: phone('999'),
      channels: [],
      hours: NOT_CONFIRMED,
      hoursAsOf: 'undated',
      languages: [],
      free: 'unconfirmed',
      audience: 'anyone',
      sources: [{ url: THINKUKNOW_CEOP, date: 'undated' }],
      officialDomains: ['police.uk', 'gov.uk', 'thinkuknow.co.uk'],
      evidence: [quoted(THINKUKNOW_CEOP, 'en-GB', CHECKED_ON, ['number', 'purpose'], 'If you are in immediate danger please call the police on 999 straight away.', 'NCA-CEOP, the National Crime Agency')],
      checkedOn: CHECKED_ON,
    },
    {
      id: 'gb-ceop',
      region: 'GB',
      kind: 'reporting',
      name: 'CEOP Safety Centre (National Crime Agency)',
      url: 'https://www.ceop.police.uk/Safety-Centre/',
      channels: [{ kind: 'form', href: 'https://www.ceop.police.uk/Safety-Centre/', label: 'ceop.police.uk' }],
      hours: ALWAYS,
      hoursAsOf: 'undated',
      languages: ['en'],
      free: 'unconfirmed',
      anonymous: false,
      audience: 'anyone',
      sources: [{ url: CEOP_ADULT, date: 'undated' }, { url: THINKUKNOW_CEOP, date: 'undated' }],
      officialDomains: ['police.uk', 'thinkuknow.co.uk', 'ceopeducation.co.uk'],
      evidence: [
        quoted(CEOP_ADULT, 'en-GB', CHECKED_ON, ['purpose', 'who', 'channels'],
          'you can make a report directly to us if you are worried about online sexual abuse or something has happened to a child online which has made either you or the child feel unsafe, scared or worried.'),
        quoted(CEOP_ADULT, 'en-GB', CHECKED_ON, ['purpose'], 'CEOP are unable to respond to reports about bullying, fake accounts or account hacking.'),
        quoted(CEOP_ADULT, 'en-GB', CHECKED_ON, ['who'],
          'If you make a report to CEOP about sexual abuse and grooming online one of our Child Protection Advisors will get in contact with you on the phone number or email address that you give to us',
          'why the report is not anonymous'),
        quoted(THINKUKNOW_CEOP, 'en-GB', CHECKED_ON, ['who'], 'You can report to CEOP’s Safety Centre if something has happened online which has made you feel unsafe, scared or worried.'),
      ],
      checkedOn: CHECKED_ON,
      caveat: true,
    },
    {
      id: 'gb-childline',
      region: 'GB',
      kind: 'helpline',
      name: 'Childline (NSPCC)',
      phone: phone('0800 1111'),
      url: 'https://www.childline.org.uk',
      channels: [{ kind: 'chat', href: 'https://www.childline.org.uk', label: 'childline.org.uk', hours: NOT_CONFIRMED, noteKey: 'helplines.gb-childline.chatNote' }],
      hours: ALWAYS,
      hoursAsOf: 'undated',
      languages: ['en'],
      free: true,
      anonymous: 'unconfirmed',
      audience: 'child',
      sources: [{ url: CHILDLINE_SERVICE, date: 'undated' }],
      officialDomains: NSPCC_DOMAINS,
      evidence: [
        quoted(CHILDLINE_SERVICE, 'en-GB', CHECKED_ON, ['cost', 'hours', 'who', 'purpose'],
          'Childline is the UK’s free, 24-hour service for children and young people. Run by the NSPCC, Childline gives children and young people up to the age of 19 confidential support with whatever is worrying them.'),
        quoted(CHILDLINE_SERVICE, 'en-GB', CHECKED_ON, ['channels'],
          'When young people get in touch with Childline, on the phone, via email or through online chat, they speak to a volunteer Childline counsellor who’s there to listen.'),
        quoted(CHILDLINE_ABOUT, 'en-GB', CHECKED_ON, ['number', 'cost'], 'Call free on 0800 1111, have a 1-2-1 chat online or send an email.',
          'an old page (ChildLine spelt with a capital L), stored at http://www.childline.org.uk/pages/about.aspx'),
      ],
      checkedOn: CHECKED_ON,
    },
    {
      id: 'gb-iwf',
      region: 'GB',
      kind: 'reporting',
      name: 'Internet Watch Foundation',
      url: 'https://www.iwf.org.uk/report',
      channels: [{ kind: 'form', href: 'https://www.iwf.org.uk/report', label: 'iwf.org.uk/report' }],
      hours: ALWAYS,
      hoursAsOf: 'undated',
      languages: ['en'],
      free: true,
      anonymous: true,
      audience: 'anyone',
      sources: [{ url: 'https://www.iwf.org.uk/faqs/', date: 'undated' }, { url: 'https://www.iwf.org.uk/report', date: 'undated' }],
      officialDomains: ['iwf.org.uk', 'police.uk'],
      evidence: [
        quoted('https://www.iwf.org.uk/faqs/', 'en-GB', CHECKED_ON, ['channels', 'purpose', 'who'],
          'You can report suspected online child sexual abuse images or videos to us online via our online reporting tool. It’s quick and simple and you don’t need to give us your contact details if you don’t want to.'),
        quoted('https://www.iwf.org.uk/report', 'en-GB', CHECKED_ON, ['who'], 'Reports to the IWF are confidential and can be submitted anonymously.'),
        quoted('https://lancashire.police.uk/contact-us/need-advice/internet-related-crime/', 'en-GB', CHECKED_ON, ['cost'],
          'Working in partnership with police, government, the internet and mobile industries, the IWF provides this free service for the general public which is aimed at minimising the availability of illegal content to protect Internet users.',
          'Lancashire Constabulary'),
      ],
      checkedOn: CHECKED_ON,
    },
    {
      id: 'gb-nspcc',
      region: 'GB',
      kind: 'helpline',
      name: 'NSPCC Helpline',
      phone: phone('0808 800 5000'),
      url: 'https://www.nspcc.org.uk',
      channels: [{ kind: 'email', href: 'mailto:help@nspcc.org.uk', label: 'help@nspcc.org.uk', hours: ALWAYS }],
      hours: weekly(LONDON, slot(MONDAY_TO_FRIDAY, '08:00', '22:00'), slot(['sat', 'sun'], '09:00', '18:00')),
      hoursAsOf: 'undated',
      languages: ['en'],
      free: true,
      anonymous: true,
      audience: 'adult',
      sources: [{ url: NSPCC_REPORT, date: 'undated' }, { url: 'https://www.nspcc.org.uk/about-us/news-opinion/2020/one-million-funding-government-nspcc-helpline/', date: '2020' }],
      officialDomains: NSPCC_DOMAINS,
      evidence: [
        quoted(NSPCC_REPORT, 'en-GB', CHECKED_ON, ['hours', 'channels'],
          'contact us 24 hours a day, 365 days a year by email or our online reporting form. You can also call the Helpline Monday to Friday 8am – 10pm or 9am – 6pm at the weekends.'),
        quoted(NSPCC_REPORT, 'en-GB', CHECKED_ON, ['who', 'purpose'], 'support for adults who are worried about a child'),
        quoted(NSPCC_REPORT, 'en-GB', CHECKED_ON, ['who'], 'advice for parents and carers'),
        quoted(NSPCC_REPORT, 'en-GB', CHECKED_ON, ['number', 'cost'], 'Calls to 0808 800 5000 are free from landlines and most mobiles.'),
        quoted(NSPCC_REPORT, 'en-GB', CHECKED_ON, ['who'], 'You don’t have to tell us who you are if you don’t want to'),
        quoted('https://www.nspcc.org.uk/about-us/news-opinion/2020/one-million-funding-government-nspcc-helpline/', 'en-GB', CHECKED_ON, ['channels'],
          'The NSPCC Helpline can be reached 24 hours a day by email – help@nspcc.org.uk - or through its online reporting form.'),
      ],
      checkedOn: CHECKED_ON,
      sourceNote: true,
    },
    {
      id: 'gb-report-harmful-content',
      region: 'GB',
      kind: 'reporting',
      name: 'Report Harmful Content',
      url: 'https://reportharmfulcontent.com',
      channels: [{ kind: 'form', href: 'https://reportharmfulcontent.com', label: 'reportharmfulcontent.com' }],
      hours: ALWAYS,
      hoursAsOf: 'undated',
      languages: ['en'],
      free: 'unconfirmed',
      audience: 'anyone',
      sources: [{ url: 'https://reportharmfulcontent.com/who-are-we/', date: 'undated' }, { url: 'https://swgfl.org.uk/helplines/report-harmful-content/', date: 'undated' }],
      officialDomains: ['reportharmfulcontent.com', 'swgfl.org.uk', 'saferinternet.org.uk'],
      evidence: [
        quoted('https://swgfl.org.uk/magazine/how-report-harmful-content-can-help-this-safer-internet-day/', 'en-GB', CHECKED_ON, ['purpose', 'who'],
          'We are a national reporting centre that has been designed to support everyone over 13 to report harmful content online.'),
        quoted('https://reportharmfulcontent.com/who-are-we/', 'en-GB', CHECKED_ON, ['purpose'], 'Report Harmful Content is provided by UK Safer Internet Centre and operated by SWGfL.'),
      ],
      checkedOn: CHECKED_ON,
    },
    {
      id: 'gb-report-remove',
      region: 'GB',
      kind: 'reporting',
      name: 'Report Remove (Childline and the IWF)',
      url: REPORT_REMOVE,
      channels: [{ kind: 'form', href: REPORT_REMOVE, label: 'childline.org.uk', noteKey: 'helplines.gb-report-remove.formNote' }],
      hours: ALWAYS,
      hoursAsOf: 'undated',
      languages: ['en'],
      free: 'unconfirmed',
      anonymous: false,
      audience: 'child',
      sources: [{ url: REPORT_REMOVE_IWF, date: 'undated' }],
      officialDomains: ['childline.org.uk', 'iwf.org.uk', 'nspcc.org.uk'],
      evidence: [
        quoted(REPORT_REMOVE_IWF, 'en-GB', CHECKED_ON, ['purpose', 'who'],
          'It allows young people to discreetly report a nude image or video shared online, to see if it’s possible to get it taken down.'),
        quoted(REPORT_REMOVE_IWF, 'en-GB', CHECKED_ON, ['who'],
          'Young people aged 13+ are first directed to Yoti to verify their age using ID (our legal remit means we can only remove images of children.) Children aged under 13 do not need to prove their age.'),
        quoted(REPORT_REMOVE_IWF, 'en-GB', CHECKED_ON, ['who'],
          'Once children have proved they are younger than 18, they are prompted to create a Childline account, which allows them to be safeguarded and supported throughout the process.',
          'why it is not anonymous: the child has a Childline account'),
        quoted('https://www.childline.org.uk/info-advice/bullying-abuse-safety/online-mobile-safety/report-remove-down/', 'en-GB', CHECKED_ON, ['channels'],
          'There are 3 organisations that help you report your image using Report Remove. These are Childline, the Internet Watch Foundation (IWF) and also Yoti if you are 13 or older.'),
      ],
      checkedOn: CHECKED_ON,
    },
  ],
  routes: {
    harassment: {
      steps: [
        { service: 'gb-childline', reason: 'childLine' },
        { service: 'gb-report-harmful-content', reason: 'harmfulContent' },
      ],
      notes: ['evidence'],
    },
    sextortion: {
      steps: [
        { service: 'gb-report-remove', reason: 'reportRemove' },
        { service: 'gb-ceop', reason: 'grooming' },
        { service: 'int-stopncii', reason: 'hashAdults' },
        { service: 'int-take-it-down', reason: 'hashUnder18' },
        { service: 'gb-childline', reason: 'childLine' },
        { service: 'gb-999', reason: 'emergency' },
      ],
      notes: ['evidence'],
    },
    hacked: {
      steps: [{ service: 'gb-report-harmful-content', reason: 'impersonation' }],
      notes: ['accountRecovery'],
    },
    'illegal-content': {
      steps: [
        { service: 'gb-iwf', reason: 'illegalContentReport' },
        { service: 'gb-ceop', reason: 'grooming' },
      ],
      notes: ['evidence'],
    },
    'child-danger': {
      steps: [
        { service: 'gb-999', reason: 'emergency' },
        { service: 'gb-nspcc', reason: 'adultsWorried' },
        { service: 'gb-childline', reason: 'childLine' },
      ],
    },
    'parent-question': {
      steps: [{ service: 'gb-nspcc', reason: 'adultsWorried' }],
    },
  },
};
