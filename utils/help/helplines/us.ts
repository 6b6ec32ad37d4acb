// The United States. Facts: ../shared/research/helplines.tsv (US rows); 911 from 911.gov.
// 988's menu options beyond 1 (veterans) and 2 (Spanish) change: the research says not to list them.
//
// NCMEC's CyberTipline (the main line: the US has no 3018), read again on CHECKED_ON with the search
// tool: report.cybertip.org/faqs is NCMEC's own reporting site and says you need not give your name
// or contact details; the Justice Department's Office for Victims of Crime (ovc.ojp.gov, undated)
// names the CyberTipline with www.cybertipline.com and 1-800-843-5678. That number is also
// NCMEC's general 1-800-THE-LOST line. The only official statement of a 24-hour phone line found is
// NCMEC's own site as archived in 2009 ("24-Hour Hotline"); the online form is always open.
import { ALWAYS, CHECKED_ON, phone } from './common';
import type { CountryDirectory } from './types';

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
      hours: ALWAYS,
      hoursAsOf: 'undated',
      languages: [],
      free: true,
      sources: [{ url: 'https://www.911.gov/about_national_911program.html', date: 'undated' }],
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
      hoursAsOf: '2022-07-16',
      languages: ['en', 'es'],
      free: true,
      anonymous: 'unconfirmed',
      sources: [
        { url: 'https://www.mcphs.edu/student-life/counseling-services/emergency-services/988-suicide-and-crisis-lifeline', date: 'undated' },
        { url: 'https://familyandcaregivertoolkit.org/988-crisis-lifeline', date: 'undated' },
      ],
      checkedOn: CHECKED_ON,
      caveat: true,
    },
    {
      id: 'us-childhelp',
      region: 'US',
      kind: 'helpline',
      name: 'Childhelp National Child Abuse Hotline',
      phone: phone('1-800-422-4453'),
      url: 'https://childhelphotline.org',
      channels: [
        { kind: 'sms', href: 'sms:18004224453', label: '1-800-422-4453' },
        { kind: 'chat', href: 'https://childhelphotline.org', label: 'childhelphotline.org' },
      ],
      hours: ALWAYS,
      hoursAsOf: '2020',
      languages: ['en'],
      free: true,
      anonymous: true,
      sources: [
        { url: 'https://childhelphotline.org/how-it-works', date: 'undated' },
        { url: 'https://www.childhelp.org/news/u-s-senators-susan-collins-kyrsten-sinema-sponsor-legislation-to-fund-national-child-abuse-hotline/', date: '2020' },
      ],
      checkedOn: CHECKED_ON,
      caveat: true,
    },
    {
      id: 'us-ncmec',
      region: 'US',
      kind: 'reporting',
      name: 'NCMEC CyberTipline',
      phone: phone('1-800-843-5678'),
      url: 'https://report.cybertip.org',
      channels: [{ kind: 'form', href: 'https://report.cybertip.org', label: 'report.cybertip.org' }],
      hours: ALWAYS,
      hoursAsOf: 'undated',
      languages: ['en'],
      free: true,
      anonymous: true,
      sources: [
        { url: 'https://report.cybertip.org/faqs', date: 'undated' },
        { url: 'https://ovc.ojp.gov/faq/list?subtopic=4111', date: 'undated' },
      ],
      checkedOn: CHECKED_ON,
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
