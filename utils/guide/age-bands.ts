// Which advice fits a child's age band (issue 16.3). Checklist items say, as data, the bands they
// are for (`ages`) and the words they take for some bands (`variants`); this file reads that data
// and names no platform. Without a band (no child chosen) every item is shown as it always was.
import { AGE_BANDS, type AgeBand } from '../taxonomy';
import type { AgeVariant, ChecklistItem } from './checklists/types';

/** The youngest and oldest age, in years, of a child in each band. */
const BAND_AGES: Readonly<Record<AgeBand, { youngest: number; oldest: number }>> = {
  'under-8': { youngest: 0, oldest: 7 },
  '8-10': { youngest: 8, oldest: 10 },
  '11-12': { youngest: 11, oldest: 12 },
  '13-15': { youngest: 13, oldest: 15 },
  '16-17': { youngest: 16, oldest: 17 },
  '18+': { youngest: 18, oldest: Number.POSITIVE_INFINITY },
};

/** The age of the youngest child in a band. */
export function youngestAge(band: AgeBand): number {
  return BAND_AGES[band].youngest;
}

/** The bands whose every child is younger than `age`: under a minimum age of 13, under-8 to 11–12. */
export function bandsYoungerThan(age: number): AgeBand[] {
  return AGE_BANDS.filter((band) => BAND_AGES[band].oldest < age);
}

/** The bands with some child younger than `age`: a 13–15-year-old may be under France's 15. */
export function bandsReachingBelow(age: number): AgeBand[] {
  return AGE_BANDS.filter((band) => BAND_AGES[band].youngest < age);
}

/** The bands from `from` to `to`, both included, in order. */
export function bandsBetween(from: AgeBand, to: AgeBand): AgeBand[] {
  return AGE_BANDS.slice(AGE_BANDS.indexOf(from), AGE_BANDS.indexOf(to) + 1);
}

/** Whether an item is for a child of this band; without a band, every item but the age-only ones. */
export function fitsAgeBand(item: ChecklistItem, band: AgeBand | undefined): boolean {
  if (band === undefined) return item.onlyWithAge !== true;
  return item.ages === undefined || item.ages.includes(band);
}

/** The words an item takes for this band, if it says it differently for it. */
export function variantFor(item: ChecklistItem, band: AgeBand | undefined): AgeVariant | undefined {
  return band === undefined ? undefined : item.variants?.find((variant) => variant.ages.includes(band));
}
