// Advice for foster carers that holds on every platform (seed 003 and fostering services'
// guidance). Each platform adds the items that fit its pages; the words are the same everywhere.
import { CARER_ONLY, item } from '../build';
import {
  DIGITAL_PASSPORT,
  FOSTER_HANDBOOK_HARINGEY,
  FOSTER_HANDBOOK_KENT,
  FOSTER_PHOTOS_POLICY,
  FOSTER_SOCIAL_NETWORKING,
} from './sources';

const carer = (name: string, cited: typeof DIGITAL_PASSPORT) =>
  item(`carer-${name}`, cited, { audiences: CARER_ONLY, pathConfirmed: true, shared: `carer.${name}` });

/** Privacy pages: photos only with the child's and the social worker's agreement. */
export const carerPhotosAgreed = carer('photos-agreed', FOSTER_PHOTOS_POLICY);
/** Privacy pages: nothing that shows where the child lives or goes to school. */
export const carerNoWhereabouts = carer('no-whereabouts', FOSTER_HANDBOOK_HARINGEY);
/** Messaging pages: which contacts are agreed, birth family included. */
export const carerContactsAgreed = carer('contacts-agreed', FOSTER_SOCIAL_NETWORKING);
/** Safety pages: record worrying contact and tell the child's social worker. */
export const carerRecordAndTell = carer('record-and-tell', FOSTER_HANDBOOK_KENT);
/** Supervision pages: agreed with the child and the social worker, written in the passport. */
export const carerSupervisionAgreed = carer('supervision-agreed', DIGITAL_PASSPORT);
