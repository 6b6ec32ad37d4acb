// What the family passport keeps on disk, in the extension's IndexedDB (utils/storage/db.ts, which
// creates these stores in its migrations): one record per child and per child's item, drafts, and
// the sealed records of the lock at rest.
import type {} from '../storage/db';
import type { Bytes } from '../storage/base64';
import type { Agreement, Celebration, Child, Incident, SettingsReview } from './types';

/**
 * A form being written in the passport page, kept so that a reload loses nothing. In clear: all
 * the fields. Sealed with the lock on (utils/passport/drafts.ts), since format 2: only a random
 * id in `key`, `v` and `sealed`, which holds the form's key, child and time with the form; a
 * draft sealed before (no `v`) kept its key, child and time in clear and is still read.
 */
export interface DraftRecord {
  /** Which form, e.g. "agreement-new/<childId>" or "incident/<incidentId>"; sealed: a random id. */
  key: string;
  /** The child the draft is about (absent for a new child), so deleting a child deletes its drafts. */
  childId?: string;
  /** The form as typed; absent while the passport is locked (then `sealed` holds it). */
  form?: unknown;
  /** With the lock on: the form, encrypted with the data key (utils/passport/drafts.ts). */
  sealed?: { iv: Bytes; ciphertext: Bytes };
  /** Format of a sealed draft: 2 when the key, child and time are sealed too. */
  v?: 2;
  /** When it was saved; absent from a sealed draft of format 2 (it is inside). */
  savedAt?: string;
}

/**
 * With the lock on, one child's whole record, encrypted (utils/passport/sealed-record.ts). In
 * clear: the child's random id, and the days its agreements' reviews fall due (no agreement id,
 * nothing else) so the background can set review reminders without the passphrase.
 */
export interface VaultRecord {
  id: string;
  /** Format of the sealed payload (SEALED_RECORD_VERSION). */
  v: 1;
  iv: Bytes;
  ciphertext: Bytes;
  /**
   * Due days (YYYY-MM-DD), distinct and sorted. Rows sealed before 2026-12-04 hold
   * `{ agreementId, due }` pairs until their next write; readers take either (review-alarms.ts).
   */
  reviewsDue: Array<string | { agreementId: string; due: string }>;
}

declare module '../storage/db' {
  interface VigieSchema {
    /** Since version 2: the family passport, one record per child and per child's item. */
    children: { key: string; value: Child };
    agreements: { key: string; value: Agreement; indexes: { byChild: string } };
    incidents: { key: string; value: Incident; indexes: { byChild: string } };
    celebrations: { key: string; value: Celebration; indexes: { byChild: string } };
    drafts: { key: string; value: DraftRecord; indexes: { byChild: string } };
    /** Since version 3: the children's records while the passport is locked (empty otherwise). */
    vault: { key: string; value: VaultRecord };
    /** Since version 4: each child's settings reviews, recorded by the panel (utils/passport/settings-reviews.ts). */
    settingsReviews: { key: string; value: SettingsReview; indexes: { byChild: string } };
  }
}

/** The passport's stores in clear, in the order a whole-passport transaction names them. */
export const PASSPORT_STORES = ['children', 'agreements', 'incidents', 'celebrations', 'settingsReviews', 'drafts'] as const;
/** Every store that can hold something about a child (what the lock must keep free of plaintext). */
export const ALL_PASSPORT_STORES = [...PASSPORT_STORES, 'vault'] as const;
