// "What to do first", per situation: the steps a parent takes before (and while) calling anyone,
// each from official guidance. The words are in the locale files (`firstSteps.<situation>.<step>`);
// a step that a service does (Take It Down, Report Remove) links it only where the chosen
// country's directory has it, or where the service works anywhere. Pure data and lookups.
import { directoryFor, serviceById, type DirectoryId, type Service, type Situation } from '../helplines';
import { childDanger } from './child-danger';
import { hacked } from './hacked';
import { harassment } from './harassment';
import { illegalContent } from './illegal-content';
import { sextortion } from './sextortion';
import type { FirstStep } from './types';

export * from './types';

/** Situations that have first steps; a parent's general question has none. */
export type UrgentSituation = Exclude<Situation, 'parent-question'>;

export const FIRST_STEPS: Readonly<Record<UrgentSituation, readonly FirstStep[]>> = {
  harassment,
  sextortion,
  hacked,
  'illegal-content': illegalContent,
  'child-danger': childDanger,
};

export interface ResolvedStep {
  step: FirstStep;
  /** The service that does this step in the chosen country, if it has one. */
  service?: Service;
}

/** The service of a step the country can use: one of its own, or one that works anywhere. */
export function serviceIn(country: DirectoryId, ids: readonly string[]): Service | undefined {
  const own = new Set(directoryFor(country).services.map((s) => s.id));
  for (const id of ids) {
    const service = serviceById(id);
    if (service && (own.has(id) || service.region === 'INT')) return service;
  }
  return undefined;
}

export function firstStepsFor(country: DirectoryId, situation: Situation): ResolvedStep[] {
  if (situation === 'parent-question') return [];
  return FIRST_STEPS[situation].map((step) => {
    const service = step.services ? serviceIn(country, step.services) : undefined;
    return service ? { step, service } : { step };
  });
}
