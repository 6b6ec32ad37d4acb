// Checklists are content: data here, words in the locale files
// (utils/i18n/locales/<lang>/checklist-<platform>.json), never in components.
import type { Evidence } from '../../evidence';
import type { AgeBand, Audience, Context, PlatformId } from '../../taxonomy';

/**
 * The same item, said differently for some age bands: its words are then the locale keys
 * `checklist.<platform>.<id>.<words>.do` (and `.why`), e.g. "check it is still on" where the
 * platform already switches the setting on for a 13–15-year-old. The evidence proves that default.
 */
export interface AgeVariant {
  ages: readonly AgeBand[];
  words: string;
  evidence: readonly Evidence[];
}

export interface ChecklistItem {
  /**
   * Stable id, unique within the platform. Its words are the locale keys
   * `checklist.<platform>.<id>.do` (a short imperative), `.why` (one or two plain sentences) and
   * `.path` (where the switch is, e.g. "Settings › Privacy › Private account").
   */
  id: string;
  audiences: Audience[];
  /** A URL that opens the setting itself, when there is one. */
  deepLink?: string;
  /**
   * true only when a passage quoted from the platform's own help (its official domains,
   * official-domains.ts) states the menu path: the panel otherwise says "path not confirmed".
   */
  pathConfirmed: boolean;
  /**
   * The passages, quoted from official pages, that support the path, a default or a claim of this
   * item (utils/evidence.ts). Empty while nothing official confirms them.
   */
  evidence: readonly Evidence[];
  /** The setting exists only in the mobile app; `.path` then gives the in-app path. */
  appOnly?: boolean;
  /** Where the advice comes from: the platform's help, or a recognised child-safety body. */
  source: { url: string; title: string };
  /** When that source was last read, YYYY-MM-DD. */
  verifiedOn: string;
  /**
   * Set when the item repeats advice shared by several platforms (carer, organisation and
   * agreement advice, see utils/guide/checklists/shared/): the name of that advice. Its words still live
   * under `checklist.<platform>.<id>`, and a test keeps them identical on every platform.
   */
  shared?: string;
  /**
   * Only for a child in these age bands (absent: every age). Without a child's age band the panel
   * shows every item, as it always has.
   */
  ages?: readonly AgeBand[];
  /** Advice that exists only for those bands ("this account should not exist yet"): never shown without a band. */
  onlyWithAge?: true;
  /** The advice is a rule or a habit, not a switch: there is no menu path to confirm. */
  noMenu?: true;
  /** Band-specific words, the first whose bands include the child's (see AgeVariant). */
  variants?: readonly AgeVariant[];
}

export interface Checklist {
  platform: PlatformId;
  /** The page contexts this checklist is for. */
  contexts: Context[];
  /** Narrower than contexts: only these rule-pack page ids (when a page needs its own list). */
  pageIds?: string[];
  /**
   * Changes whenever the advice changes (e.g. "2026-11-21"): a page reviewed against an older
   * version is asked to be re-checked.
   */
  version: string;
  items: ChecklistItem[];
}
