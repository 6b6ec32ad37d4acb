// Practices for school and centre staff who run a group, a page or a channel (seeds 001 and
// 002). They are habits rather than switches, so their words are the same on every platform;
// the settings that carry them out are platform items next to them.
import type { Context } from '../../../taxonomy';
import { ORGANISATION, cite, item } from '../build';
import { DEVON_PILOT } from './sources';

/** Seed 001 (no public address) says the same about pupils' photos as the Devon pilot. */
const NO_PHOTOS = cite(
  DEVON_PILOT.source.url,
  'Social Media and Devon’s Children’s Centres (seed 002), with Écoles et médias sociaux, Coeur sur Paris (seed 001)',
  DEVON_PILOT.verifiedOn,
);

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
  return item(`${context}-${name}`, name === 'no-pupil-photos' ? NO_PHOTOS : DEVON_PILOT, {
    audiences: ORGANISATION,
    pathConfirmed: true,
    shared: `organisation.${name}`,
  });
}
