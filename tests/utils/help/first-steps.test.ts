// "What to do first": every step of every situation carries a quoted passage from official
// guidance (a government or a recognised child-protection body), read recently, and words in
// English and French that name no number or service of any one country.
import { describe, expect, it } from 'vitest';
import { FIRST_STEPS, GUIDANCE_DOMAINS, firstStepsFor, serviceIn } from '../../../utils/help/first-steps';
import { COUNTRIES, directoryFor, SITUATIONS } from '../../../utils/help/helplines';
import { isStale, onDomains } from '../../../utils/evidence';
import english from '../../../utils/i18n/locales/en/first-steps.json';
import french from '../../../utils/i18n/locales/fr/first-steps.json';

const TODAY = '2026-12-04';
const entries = Object.entries(FIRST_STEPS).flatMap(([situation, steps]) => steps.map((step) => ({ situation, step })));

describe('first steps: the facts behind them', () => {
  it('covers every urgent situation, sextortion with the steps that matter most in their order', () => {
    for (const situation of SITUATIONS.filter((s) => s !== 'parent-question')) expect(FIRST_STEPS[situation].length, situation).toBeGreaterThan(0);
    expect(FIRST_STEPS.sextortion.map((s) => s.id)).toEqual(['dontPay', 'stopReplying', 'keepEvidence', 'notTheirFault', 'report', 'block', 'takeDown']);
    expect(FIRST_STEPS.hacked.map((s) => s.id)).toEqual(expect.arrayContaining(['recover', 'secondFactor', 'warnContacts']));
  });

  it('quotes official guidance for every step, read within the year', () => {
    for (const { situation, step } of entries) {
      const where = `${situation}.${step.id}`;
      expect(step.evidence.length, where).toBeGreaterThan(0);
      for (const e of step.evidence) {
        expect(onDomains(e.url, GUIDANCE_DOMAINS), `${where}: ${e.url}`).toBe(true);
        expect(e.supports, where).toContain('advice');
        expect(e.quote.trim().length, where).toBeGreaterThan(20);
        expect(e.quote.length, `${where}: a short passage, not a page`).toBeLessThan(300);
        expect(() => new Intl.Locale(e.lang), where).not.toThrow();
        expect(isStale(e.read, TODAY), where).toBe(false);
      }
    }
  });

  it('lets no newspaper, forum or blog stand as a source', () => {
    for (const domain of GUIDANCE_DOMAINS) expect(domain).toMatch(/(\.gov\.au|\.gouv\.fr|\.admin\.ch|^cnil\.fr|\.org\.uk|\.org)$/);
  });
});

describe('first steps: the words', () => {
  it('has every step in English and French, and nothing else', () => {
    const keys = ['firstSteps.heading', 'firstSteps.source', 'firstSteps.servicesHeading', ...entries.map(({ situation, step }) => `firstSteps.${situation}.${step.id}`)];
    expect(Object.keys(english).sort()).toEqual([...keys].sort());
    expect(Object.keys(french).sort()).toEqual([...keys].sort());
  });

  it('names no number: numbers come from the country’s directory, never from a step', () => {
    for (const text of [...Object.values(english), ...Object.values(french)]) expect(text).not.toMatch(/\d/);
  });
});

describe('first steps: the services they link', () => {
  it('links a service only where the country’s directory has it, or where it works anywhere', () => {
    expect(serviceIn('GB', ['gb-iwf', 'int-inhope'])?.id).toBe('gb-iwf');
    expect(serviceIn('US', ['gb-iwf', 'int-inhope'])?.id).toBe('int-inhope');
    expect(serviceIn('US', ['gb-iwf'])).toBeUndefined();
    expect(serviceIn('FR', ['no-such-service'])).toBeUndefined();
  });

  it('never links another country’s service from a step', () => {
    for (const country of [...COUNTRIES, 'INT' as const]) {
      const own = new Set(directoryFor(country).services.map((s) => s.id));
      for (const situation of SITUATIONS) {
        for (const { service } of firstStepsFor(country, situation)) {
          if (service) expect(own.has(service.id) || service.region === 'INT', `${country} ${situation}: ${service.id}`).toBe(true);
        }
      }
    }
  });

  it('still shows the step when no service of the country does it', () => {
    const takeDown = firstStepsFor('FR', 'sextortion').find((s) => s.step.id === 'takeDown');
    expect(takeDown).toBeDefined();
    expect(firstStepsFor('FR', 'parent-question')).toEqual([]);
  });
});
