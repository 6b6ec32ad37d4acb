// Google Family Link (familylink.google.com and the Family Link app): supervision of a child's
// Google Account, Android devices and Chromebooks.
import { cite, item } from './build';
import { agreeTogether } from './shared/agreement';
import { carerSupervisionAgreed } from './shared/carer';
import type { Checklist } from './types';

const D = '2026-11-21';
const WHAT_IT_DOES = cite(
  'https://everydaytech.org/security-privacy/parental-controls-screen-time/what-is-family-link',
  'EverydayTech: what Google Family Link does and where its limits are',
  D,
);
const WHAT_PARENTS_SEE = cite(
  'https://businessinsider.in/slideshows/tech/google-family-link-in-india/slidelist/66808778.cms',
  'Business Insider India: setting up Google Family Link, what parents can and can’t see (2018)',
  D,
);
const MANAGE_ACCOUNT = cite(
  'https://support.google.com/families/answer/7103262?hl=en',
  'Google For Families Help: manage your child’s Google Account with Family Link',
  D,
);

export const googleChecklists: Checklist[] = [
  {
    platform: 'google',
    contexts: ['supervision'],
    version: D,
    items: [
      item('family-link-controls', WHAT_IT_DOES),
      item('family-link-does-not-show', WHAT_PARENTS_SEE),
      item('family-link-child-sees', WHAT_PARENTS_SEE),
      item('family-link-stopping', WHAT_PARENTS_SEE),
      item('family-link-location', WHAT_IT_DOES),
      item('family-link-account-settings', MANAGE_ACCOUNT),
      agreeTogether,
      carerSupervisionAgreed,
    ],
  },
];
