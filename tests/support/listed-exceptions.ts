// A rule the data does not meet yet, with the places that still break it listed by name: the
// list can only shrink. A new breach fails ("fix it"), and so does a listed one that is gone or
// has changed ("take it off the list"); the failure prints the list as it should now read.
import { expect } from 'vitest';

export type Exceptions = Readonly<Record<string, string>>;

function literal(entries: Exceptions): string {
  const lines = Object.keys(entries)
    .sort()
    .map((key) => `  ${JSON.stringify(key).replace(/^"|"$/g, "'")}: ${JSON.stringify(entries[key]).replace(/^"|"$/g, "'")},`);
  return `{\n${lines.join('\n')}\n}`;
}

/**
 * `breaches`: every place that breaks the rule today, each with what pins it (the host it cites…).
 * `listed`: the exceptions as written down. Only listed breaches, unchanged, may remain.
 */
export function expectOnlyListed(rule: string, breaches: Exceptions, listed: Exceptions, fix: string): void {
  const fresh = Object.keys(breaches).filter((key) => listed[key] !== breaches[key]);
  const healed = Object.keys(listed).filter((key) => breaches[key] !== listed[key]);
  const kept = Object.fromEntries(Object.entries(listed).filter(([key]) => breaches[key] === listed[key]));
  expect(
    fresh.map((key) => `${key}: ${breaches[key]}`),
    `${rule}: these are new; ${fix}. The exceptions list may never grow.`,
  ).toEqual([]);
  expect(
    healed,
    `${rule}: these listed exceptions no longer apply as written; take them off the list, which now reads:\n${literal(kept)}`,
  ).toEqual([]);
}
