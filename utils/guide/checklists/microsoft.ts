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
// Only the German copies of these two pages are stored: "Familienmitglied hinzufügen" is "Add a
// family member", "Inhaltsfilter" is "Content filters".
const ADD_MEMBER_DE_URL =
  'https://eus.prod.support.services.microsoft.com/de-de/account-billing/hinzuf%C3%BCgen-von-personen-zu-ihrer-familiengruppe-4a07b974-8103-16ad-6ea2-46549ca19e03';
const ADD_MEMBER = cite(ADD_MEMBER_DE_URL, 'Microsoft Support: add people to your family group (German)', READ);
const FILTERS_DE_URL =
  'https://support.microsoft.com/de-de/account-billing/unangemessene-apps-und-spiele-filtern-da38c83a-0717-31ea-b6f2-6cdd95639189';
const FILTERS = cite(FILTERS_DE_URL, 'Microsoft Support: filter inappropriate apps and games (German)', READ);
const addMember = (supports: Parameters<typeof quoted>[3], quote: string) => quoted(ADD_MEMBER_DE_URL, 'de', READ, supports, quote);
const filtersPath = (quote: string) => quoted(FILTERS_DE_URL, 'de', READ, ['path'], quote);
const portal = { deepLink: 'https://family.microsoft.com/' };

export const microsoftChecklists: Checklist[] = [
  {
    platform: 'microsoft',
    contexts: ['supervision'],
    version: VERSION,
    items: [
      item('family-safety-shows', FAMILY_SERVICE, { ...portal, evidence: [WHAT_FAMILY_OFFERS] }),
      item('family-safety-edge-only', FILTERS, {
        evidence: [
          filtersPath('Gehen Sie zu family.microsoft.com und melden Sie sich mit Ihrem Microsoft-Konto an.'),
          filtersPath('Suchen Sie das Familienmitglied, und wählen Sie Inhaltsfilter aus.'),
        ],
      }),
      item('family-safety-limits', FAMILY_SERVICE, { ...portal, evidence: [WHAT_FAMILY_OFFERS] }),
      item('family-safety-location', FAMILY_SERVICE),
      item('family-safety-invitation', ADD_MEMBER, {
        evidence: [
          addMember(['path'], 'Rufen Sie über einen Webbrowser family.microsoft.com auf. Melden Sie sich bei Ihrem Family Safety-Konto an.'),
          addMember(['path'], 'Klicken Sie auf Familienmitglied hinzufügen.'),
          addMember(['claim'], 'Er wird dann aufgefordert, sich bei seinem Microsoft-Konto anzumelden, um die Einladung anzunehmen und der Familiengruppe beizutreten.'),
        ],
      }),
      agreeTogether,
      carerSupervisionAgreed,
    ],
  },
];
