// The one piece of advice every supervision page carries: a tool agreed with the child, not a
// watch kept on them (surveillance damages trust; agreements made together hold).
import { item } from '../build';
import { TRUST_NOT_SURVEILLANCE } from './sources';

export const agreeTogether = item('agree-together', TRUST_NOT_SURVEILLANCE, {
  pathConfirmed: true,
  shared: 'agreement.together',
});
