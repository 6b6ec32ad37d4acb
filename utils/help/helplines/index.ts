// ── utils/help: whom to call, and how to report ────────────────────────────────────────────────
// Owns the helpline directory (helplines/, one module per country, as data), opening hours
// (hours.ts), the person's country (country.ts), "report this" per platform (report-links.ts) and
// which prerendered popup page the toolbar opens (popup-pages.ts, toolbar-popup*.ts). Imports
// detection, i18n, storage and the shared vocabulary. Imported by the popup, the guide (the panel's
// help box), the background and the build (prerendered pages).
//
// The helpline directory: one module per country, registered here in alphabetical order, plus the
// EU-wide 116 111 (offered only where it answers) and the services that work from anywhere. Pure data and lookups, bundled with the popup:
// nothing is fetched, ever.
import { austria } from './at';
import { australia } from './au';
import { belgium } from './be';
import { canada } from './ca';
import { switzerland } from './ch';
import { germany } from './de';
import { spain } from './es';
import { france } from './fr';
import { unitedKingdom } from './gb';
import { ireland } from './ie';
import { EU_116111_IN_SERVICE, eu116111, international } from './international';
import { italy } from './it';
import { luxembourg } from './lu';
import { netherlands } from './nl';
import { unitedStates } from './us';
import { COUNTRIES, type CountryDirectory, type DirectoryId, type Service, type Situation } from './types';

export * from './types';

export const directories: readonly CountryDirectory[] = [
  austria, australia, belgium, canada, switzerland, germany, spain, france, unitedKingdom, ireland, italy, luxembourg, netherlands,
  unitedStates,
  international,
];

const byCountry = new Map<DirectoryId, CountryDirectory>(directories.map((d) => [d.country, d]));
const byId = new Map<string, Service>();
for (const directory of directories) for (const service of directory.services) byId.set(service.id, service);

export function isDirectoryId(value: unknown): value is DirectoryId {
  return value === 'INT' || (typeof value === 'string' && (COUNTRIES as readonly string[]).includes(value));
}

export function directoryFor(country: DirectoryId): CountryDirectory {
  return byCountry.get(country) ?? international;
}

export function serviceById(id: string): Service | undefined {
  return byId.get(id);
}

function resolve(ids: readonly string[]): Service[] {
  return ids.map((id) => byId.get(id)).filter((s): s is Service => s !== undefined);
}

/** Every service of a country, main line first, then emergencies, then the rest in directory order. */
export function helplinesFor(country: DirectoryId): Service[] {
  const directory = directoryFor(country);
  const first = [directory.main, ...directory.emergency];
  return [...resolve(first), ...directory.services.filter((s) => !first.includes(s.id))];
}

/** The country's main line for online violence (3018 in France). */
export function mainHelpline(country: DirectoryId): Service {
  const directory = directoryFor(country);
  return byId.get(directory.main) ?? byId.get(international.main)!;
}

/** "In danger now": the country's emergency numbers, most important first (none for "another country"). */
export function emergencyFor(country: DirectoryId): Service[] {
  return resolve(directoryFor(country).emergency);
}

/** The EU-wide child helpline number, only in the countries where a passage says it answers. */
export function euHelplineFor(country: DirectoryId): Service | undefined {
  return country !== 'INT' && EU_116111_IN_SERVICE[country] !== undefined ? eu116111 : undefined;
}

/** The line for the child to call, where the main line is a parent's (Childline beside the NSPCC). */
export function childLineFor(country: DirectoryId): Service | undefined {
  const id = directoryFor(country).childLine;
  return id === undefined ? undefined : byId.get(id);
}

/**
 * The languages to name on a service's card wherever it is shown, in a country whose lines answer
 * in different languages; undefined elsewhere (the full card lists them anyway).
 */
export function languageNoteFor(service: Service): readonly string[] | undefined {
  if (service.region === 'EU' || service.region === 'INT' || service.languages.length === 0) return undefined;
  return directoryFor(service.region).languageNotes ? service.languages : undefined;
}

export interface ResolvedRoute {
  steps: Array<{ service: Service; reason: string }>;
  /** Locale key suffixes `helplines.note.*`; `noDedicatedLine` when no service fits. */
  notes: string[];
}

/** Which services fit a situation in a country, each with the reason to show. */
export function routeSituation(country: DirectoryId, situation: Situation): ResolvedRoute {
  const route = directoryFor(country).routes[situation];
  const steps = route.steps.flatMap((step) => {
    const service = byId.get(step.service);
    return service ? [{ service, reason: step.reason }] : [];
  });
  const notes = [...(route.notes ?? [])];
  if (steps.length === 0 && !notes.includes('noDedicatedLine')) notes.unshift('noDedicatedLine');
  return { steps, notes };
}
