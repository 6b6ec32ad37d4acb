// Checklists are content: data here, words in the locale files
// (utils/i18n/locales/<lang>/checklist-<platform>.json), never in components.
import type { Audience, Context, PlatformId } from '../../taxonomy';

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
  /** false when no public source confirms the menu path: the panel then says "path not confirmed". */
  pathConfirmed: boolean;
  /** The setting exists only in the mobile app; `.path` then gives the in-app path. */
  appOnly?: boolean;
  /** Where the advice comes from (a platform help page, a seed document…). */
  source: { url: string; title: string };
  /** When the source was last checked, YYYY-MM-DD. */
  verifiedOn: string;
  /**
   * Set when the item repeats advice shared by several platforms (carer, organisation and
   * agreement advice, see utils/guide/checklists/shared/): the name of that advice. Its words still live
   * under `checklist.<platform>.<id>`, and a test keeps them identical on every platform.
   */
  shared?: string;
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
