// Practices for school and centre staff who run a group, a page or a channel (the ideas came from
// the project's seeds 001 and 002). They are habits rather than switches, so their words are the
// same on every platform and name no menu; the settings that carry them out are platform items
// next to them.
import type { Context } from '../../../taxonomy';
import { ORGANISATION, item } from '../build';
import { DEVON_PILOT, NSPCC_PHOTO_POLICY, NSPCC_PHOTO_POLICY_PASSAGE } from './sources';

export const ORGANISATION_PRACTICES = [
  'no-pupil-photos',
  'service-account',
  'sign-posts',
  'no-sensitive-groups',
  'tell-newcomers',
  'recheck-after-updates',
] as const;
export type OrganisationPractice = (typeof ORGANISATION_PRACTICES)[number];

/** The practice as an item of a group or page checklist; its id is unique within the platform. */
export function practice(name: OrganisationPractice, context: Extract<Context, 'group' | 'page'>) {
  const photos = name === 'no-pupil-photos';
  return item(`${context}-${name}`, photos ? NSPCC_PHOTO_POLICY : DEVON_PILOT, {
    audiences: ORGANISATION,
    evidence: photos ? [NSPCC_PHOTO_POLICY_PASSAGE] : [],
    shared: `organisation.${name}`,
  });
}
