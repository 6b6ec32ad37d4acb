// Advice for foster carers that holds on every platform (the UKCIS Digital Passport, the project's
// seed 003, is where the idea came from). Each platform adds the items that fit its pages; the
// words are the same everywhere. The advice rests on recognised child-safety bodies; it names no
// menu, so it has no path to confirm.
import type { Evidence } from '../../../evidence';
import { CARER_ONLY, item, type Cited } from '../build';
import {
  DIGITAL_PASSPORT,
  DIGITAL_PASSPORT_AGREEMENTS,
  NSPCC_PHOTOS,
  NSPCC_PHOTOS_IDENTIFIABLE,
  NSPCC_PHOTOS_TRACED,
  UKSIC_ASK_SOCIAL_WORKER,
  UKSIC_CARERS,
  UKSIC_REPORTING,
} from './sources';

const carer = (name: string, cited: Cited, evidence: readonly Evidence[] = []) =>
  item(`carer-${name}`, cited, { audiences: CARER_ONLY, evidence, shared: `carer.${name}` });

/** Privacy pages: photos only with the child's and the social worker's agreement. */
export const carerPhotosAgreed = carer('photos-agreed', NSPCC_PHOTOS, [NSPCC_PHOTOS_TRACED]);
/** Privacy pages: nothing that shows where the child lives or goes to school. */
export const carerNoWhereabouts = carer('no-whereabouts', NSPCC_PHOTOS, [NSPCC_PHOTOS_IDENTIFIABLE]);
/** Messaging pages: which contacts are agreed, birth family included. */
export const carerContactsAgreed = carer('contacts-agreed', UKSIC_CARERS, [UKSIC_ASK_SOCIAL_WORKER]);
/** Safety pages: record worrying contact and tell the child's social worker. */
export const carerRecordAndTell = carer('record-and-tell', UKSIC_CARERS, [UKSIC_REPORTING]);
/** Supervision pages: agreed with the child and the social worker, written in the passport. */
export const carerSupervisionAgreed = carer('supervision-agreed', DIGITAL_PASSPORT, [DIGITAL_PASSPORT_AGREEMENTS]);
