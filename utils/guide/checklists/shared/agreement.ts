// The one piece of advice every supervision page carries: a tool agreed with the child, not a
// watch kept on them (rules a child helped to set are the ones that hold).
import { item } from '../build';
import { IWF_FAMILY_RULES, IWF_RULES_TOGETHER } from './sources';

export const agreeTogether = item('agree-together', IWF_FAMILY_RULES, {
  evidence: [IWF_RULES_TOGETHER],
  shared: 'agreement.together',
});
