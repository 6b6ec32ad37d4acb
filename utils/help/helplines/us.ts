// The United States. NCMEC's CyberTipline is the main line (the US has no 3018): anyone may report
// there. 988's menu options beyond 1 (veterans) and 2 (Spanish) change, so they are not listed.
//
// 988 and 911 are quoted from state and county governments (Wyoming's Department of Health,
// Hillsborough County): 988lifeline.org and samhsa.gov were not in the stored copies. Childhelp's
// number appears on no official page read (only in copies of its reports on other hosts), so it is
// shown as not confirmed; federal childcare.gov prints 1-800-422-2253, a typo: never copy it.
// NCMEC's phone hours: only a 2009 copy of its site says "24-Hour Hotline"; not shown as a fact.
import { ALWAYS, CHECKED_ON, NOT_CONFIRMED, phone, quoted } from './common';
import type { CountryDirectory } from './types';

const WYOMING_988 = 'https://health.wyo.gov/publichealth/prevention/wivpp/suicide-prevention/988-suicide-crisis-lifeline';
const HILLSBOROUGH_988 = 'https://hcfl.gov/residents/parks-and-leisure/mindful-mondays/national-crisis-help-line';
const CHILDHELP = 'https://childhelphotline.org/how-it-works';
const TAKE_IT_DOWN_FAQ = 'https://takeitdown.ncmec.org/faq/';

export const unitedStates: CountryDirectory = {
  country: 'US',
  emergency: ['us-911'],
  main: 'us-ncmec',
  services: [
    {
      id: 'us-911',
      region: 'US',
      kind: 'emergency',
      name: '911',
      phone: phone('911'),
      channels: [],
      hours: NOT_CONFIRMED,
      hoursAsOf: 'undated',
      languages: [],
      free: 'unconfirmed',
      audience: 'anyone',
      sources: [{ url: WYOMING_988, date: 'undated' }],
      officialDomains: ['911.gov', 'wyo.gov'],
      evidence: [quoted(WYOMING_988, 'en-US', CHECKED_ON, ['number', 'purpose'], 'If you or someone you know is in immediate danger of harming themselves, please call 911.')],
      checkedOn: CHECKED_ON,
    },
    {
      id: 'us-988',
      region: 'US',
      kind: 'helpline',
      name: '988 Suicide & Crisis Lifeline',
      phone: phone('988'),
      url: 'https://988lifeline.org',
      channels: [
        { kind: 'sms', href: 'sms:988', label: '988' },
        { kind: 'chat', href: 'https://988lifeline.org', label: '988lifeline.org' },
      ],
      hours: ALWAYS,
      hoursAsOf: 'undated',
      languages: ['en', 'es'],
      free: true,
      anonymous: 'unconfirmed',
      audience: 'anyone',
      sources: [{ url: WYOMING_988, date: 'undated' }, { url: HILLSBOROUGH_988, date: '2023-09-26' }],
      officialDomains: ['988lifeline.org', 'samhsa.gov', 'wyo.gov', 'hcfl.gov'],
      evidence: [
        quoted(WYOMING_988, 'en-US', CHECKED_ON, ['cost', 'hours'], '988 is free, confidential, and available 24/7.'),
        quoted(WYOMING_988, 'en-US', CHECKED_ON, ['number', 'channels', 'purpose'],
          'Simply call or text 988—or chat online at 988Lifeline.org—to connect with care and support during a mental health or substance use crisis.'),
        quoted(WYOMING_988, 'en-US', CHECKED_ON, ['who'], 'You can also dial 988 if you’re worried about a loved one who may need crisis support.'),
        quoted(HILLSBOROUGH_988, 'en-US', CHECKED_ON, ['hours', 'cost'],
          'The confidential, free, 24-hour-a-day, 365-day-a-year information service is available in English and Spanish.'),
      ],
      checkedOn: CHECKED_ON,
      caveat: true,
    },
    {
      id: 'us-childhelp',
      region: 'US',
      kind: 'helpline',
      name: 'Childhelp National Child Abuse Hotline',
      phone: phone('1-800-422-4453', { unconfirmed: true }),
      url: 'https://childhelphotline.org',
      channels: [
        { kind: 'sms', href: 'sms:18004224453', label: '1-800-422-4453', unconfirmed: true },
        { kind: 'chat', href: 'https://childhelphotline.org', label: 'childhelphotline.org' },
      ],
      hours: ALWAYS,
      hoursAsOf: 'undated',
      languages: ['en'],
      free: 'unconfirmed',
      anonymous: true,
      audience: 'anyone',
      sources: [{ url: CHILDHELP, date: 'undated' }],
      officialDomains: ['childhelphotline.org', 'childhelp.org'],
      evidence: [
        quoted(CHILDHELP, 'en-US', CHECKED_ON, ['hours', 'channels'], 'crisis counselors are here to answer calls, texts, and chats 24/7 in a safe place for support and guidance for the help-seeker.'),
        quoted(CHILDHELP, 'en-US', CHECKED_ON, ['purpose'], 'The Childhelp National Child Abuse Hotline is NOT a reporting line for child abuse.'),
        quoted(CHILDHELP, 'en-US', CHECKED_ON, ['who'],
          'Because the hotline does not take or investigate reports of abuse, you will not be asked for the name, exact address, or any other personal identifying information of you or of another person.'),
      ],
      checkedOn: CHECKED_ON,
      sourceNote: true,
    },
    {
      id: 'us-ncmec',
      region: 'US',
      kind: 'reporting',
      name: 'NCMEC CyberTipline',
      phone: phone('1-800-843-5678'),
      url: 'https://report.cybertip.org',
      channels: [{ kind: 'form', href: 'https://report.cybertip.org', label: 'report.cybertip.org' }],
      hours: NOT_CONFIRMED,
      hoursAsOf: 'undated',
      languages: ['en'],
      free: 'unconfirmed',
      anonymous: 'unconfirmed',
      audience: 'anyone',
      sources: [{ url: 'https://report.cybertip.org/faqs', date: 'undated' }, { url: TAKE_IT_DOWN_FAQ, date: 'undated' }],
      officialDomains: ['cybertip.org', 'cybertipline.org', 'ncmec.org', 'missingkids.org', 'ojp.gov'],
      evidence: [
        quoted(TAKE_IT_DOWN_FAQ, 'en', CHECKED_ON, ['number', 'channels', 'purpose'],
          'please seek assistance by making a CyberTipline report at cybertipline.org or by calling 1-800-THE-LOST.',
          '1-800-THE-LOST spells 1-800-843-5678'),
      ],
      checkedOn: CHECKED_ON,
      sourceNote: true,
    },
  ],
  routes: {
    harassment: {
      steps: [{ service: 'us-988', reason: 'crisis' }],
      notes: ['evidence', 'noDedicatedLine'],
    },
    sextortion: {
      steps: [
        { service: 'us-ncmec', reason: 'exploitationReport' },
        { service: 'int-take-it-down', reason: 'hashUnder18' },
        { service: 'int-stopncii', reason: 'hashAdults' },
        { service: 'us-911', reason: 'emergency' },
      ],
      notes: ['evidence'],
    },
    hacked: { steps: [], notes: ['accountRecovery'] },
    'illegal-content': {
      steps: [{ service: 'us-ncmec', reason: 'exploitationReport' }],
      notes: ['evidence'],
    },
    'child-danger': {
      steps: [
        { service: 'us-911', reason: 'emergency' },
        { service: 'us-childhelp', reason: 'abuseCounselling' },
        { service: 'us-988', reason: 'crisis' },
      ],
    },
    'parent-question': {
      steps: [{ service: 'us-childhelp', reason: 'abuseCounselling' }],
      notes: ['noDedicatedLine'],
    },
  },
};
