// Microsoft Family Safety (family.microsoft.com and the Family Safety app): supervision on
// Windows, Xbox and Android, with web filtering in Microsoft Edge.
import { cite, item, quoted } from './build';
import { agreeTogether } from './shared/agreement';
import { carerSupervisionAgreed } from './shared/carer';
import type { Checklist } from './types';

const VERSION = '2026-12-04';
const READ = '2026-12-04';
const FAMILY_URL = 'https://support.microsoft.com/en-us/help/4090274/microsoft-account-parental-consent-and-child-accounts';
/** Microsoft's own page on child accounts, which names what the family service offers. */
const FAMILY_SERVICE = cite(FAMILY_URL, 'Microsoft Support: parental consent and Microsoft child accounts (the Microsoft family service)', READ);
const WHAT_FAMILY_OFFERS = quoted(FAMILY_URL, 'en', READ, ['claim'],
  'we offer family settings that include content restrictions, screen time, and activity monitoring through the Microsoft family service that lives on account.microsoft.com/family.');
const portal = { deepLink: 'https://family.microsoft.com/' };

export const microsoftChecklists: Checklist[] = [
  {
    platform: 'microsoft',
    contexts: ['supervision'],
    version: VERSION,
    items: [
      item('family-safety-shows', FAMILY_SERVICE, { ...portal, evidence: [WHAT_FAMILY_OFFERS] }),
      item('family-safety-edge-only', FAMILY_SERVICE),
      item('family-safety-limits', FAMILY_SERVICE, { ...portal, evidence: [WHAT_FAMILY_OFFERS] }),
      item('family-safety-location', FAMILY_SERVICE),
      item('family-safety-invitation', FAMILY_SERVICE),
      agreeTogether,
      carerSupervisionAgreed,
    ],
  },
];
