// Microsoft Family Safety (family.microsoft.com and the Family Safety app): supervision on
// Windows, Xbox and Android, with web filtering in Microsoft Edge.
import { cite, item } from './build';
import { agreeTogether } from './shared/agreement';
import { carerSupervisionAgreed } from './shared/carer';
import type { Checklist } from './types';

const D = '2026-11-21';
const OVERVIEW = cite(
  'https://parenttechmadeeasy.co.uk/microsoft/family-safety',
  'Parent Tech Made Easy: Microsoft Family Safety',
  D,
);
const ACTIVITY = cite(
  'https://savemefrominternet.com/2023/09/17/microsoft-family-safety-free-tool-to-keep-your-child-safe',
  'Save Me From Internet: Microsoft Family Safety, activity reports and limits (2023)',
  D,
);
const EDGE_ONLY = cite(
  'https://www.windowstechit.com/?p=21454',
  'WindowsTechIt: Microsoft family settings, activity and web filtering need Microsoft Edge',
  D,
);
const portal = { deepLink: 'https://family.microsoft.com/' };

export const microsoftChecklists: Checklist[] = [
  {
    platform: 'microsoft',
    contexts: ['supervision'],
    version: D,
    items: [
      item('family-safety-shows', ACTIVITY, portal),
      item('family-safety-edge-only', EDGE_ONLY),
      item('family-safety-limits', OVERVIEW, portal),
      item('family-safety-location', OVERVIEW),
      item('family-safety-invitation', ACTIVITY),
      agreeTogether,
      carerSupervisionAgreed,
    ],
  },
];
