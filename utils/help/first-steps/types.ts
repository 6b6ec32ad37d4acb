// The shape of "what to do first": for each situation, a few steps a parent takes before calling
// anyone, each from official guidance with its quoted passage (utils/evidence.ts). Pure data types.
import type { Evidence } from '../../evidence';

export interface FirstStep {
  /** Locale key suffix: `firstSteps.<situation>.<id>`. */
  id: string;
  /**
   * Services that do this step (by directory id), in order of preference. The popup links the first
   * one the chosen country's directory has (or one that works anywhere); with none, it shows the
   * step alone.
   */
  services?: readonly string[];
  /** At least one passage from official guidance: a government, a child-protection body, the service. */
  evidence: readonly Evidence[];
}

/**
 * Who may stand as the source of a first step: governments' online-safety and cyber-security
 * services, and recognised child-protection bodies. Never a newspaper, a forum or a blog.
 */
export const GUIDANCE_DOMAINS: readonly string[] = [
  'esafety.gov.au', 'cyber.gov.au', 'my.gov.au', 'cybermalveillance.gouv.fr', 'cnil.fr', 'ncsc.admin.ch',
  'nspcc.org.uk', 'childline.org.uk', 'iwf.org.uk', 'missingkids.org', 'ncmec.org',
];
