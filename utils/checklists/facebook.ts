import type { Checklist } from './types';

// A first checklist, so the panel has content to show; the guidance work completes it.
export const facebookChecklists: Checklist[] = [
  {
    platform: 'facebook',
    contexts: ['privacy'],
    version: '2026-11-21',
    items: [
      {
        id: 'future-posts-audience',
        audiences: ['parent', 'carer'],
        deepLink: 'https://www.facebook.com/settings?tab=privacy',
        pathConfirmed: true,
        source: { url: 'https://www.facebook.com/help/120939471321735', title: 'Facebook Help Centre: control who can see what you share' },
        verifiedOn: '2026-11-21',
      },
    ],
  },
];
