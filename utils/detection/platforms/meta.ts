// Meta's own hosts: Accounts Centre on accountscenter.meta.com and the Family Center on
// familycenter.meta.com, whose supervision dashboard sits under /supervision/ while the rest of
// the site is education and product information (page-signals.md §0, the URL corpus).
import { accountsCentrePages } from './lib/accounts-centre';
import type { RulePack } from './types';

export const meta: RulePack = {
  id: 'meta',
  hosts: ['accountscenter.meta.com', 'familycenter.meta.com'],
  reportUrl: 'https://www.meta.com/help/',
  pages: [
    {
      // Source: the shared corpus (familycenter.meta.com/supervision/, public code); /dashboard/
      // has no corpus row (unconfirmed).
      id: 'family-center',
      context: 'supervision',
      url: { hosts: ['familycenter.meta.com'], paths: ['/supervision/**', '/*/supervision/**', '/dashboard/**', '/*/dashboard/**'] },
      deepLink: 'https://familycenter.meta.com/supervision/',
      testUrls: ['https://familycenter.meta.com/supervision/', 'https://familycenter.meta.com/fr/supervision/'],
    },
    ...accountsCentrePages('accountscenter.meta.com'),
  ],
  notSettings: [
    'https://familycenter.meta.com/ca/education/resources/parents-guide-to-generative-ai/',
    'https://familycenter.meta.com/our-products/horizon-and-quest/',
    'https://familycenter.meta.com/',
    'https://familycenter.meta.com/resources/',
  ],
};
