// The incident form's words about help come from the chosen country's directory only: a carer in
// the UK is never told to dial France's 17 or 119.
import { describe, expect, it } from 'vitest';
import { COUNTRIES, directoryFor } from '../../../utils/help/helplines';
import { incidentHelp, serviceLabel, serviceLabelById } from '../../../utils/help/incident-help';

describe('help for the incident form, per country', () => {
  it('names only the country’s own services and numbers', () => {
    for (const country of COUNTRIES) {
      const help = incidentHelp(country);
      const own = new Set(directoryFor(country).services.map((s) => s.id));
      const named = [help.childAtRisk, ...help.imageReports, ...help.reportServices].filter((s) => s !== undefined);
      for (const service of named) expect(own.has(service!.id), `${country}: ${service!.id}`).toBe(true);
      expect(help.emergencyNumbers.length, country).toBeGreaterThan(0);
    }
  });

  it('gives France, the UK, the US and Canada their own lines', () => {
    expect(incidentHelp('FR')).toMatchObject({ emergencyNumbers: ['17', '112'], childAtRisk: { id: 'fr-119' } });
    expect(incidentHelp('FR').imageReports.map((s) => s.id)).toContain('fr-pharos');
    expect(incidentHelp('GB')).toMatchObject({ emergencyNumbers: ['999'], childAtRisk: { id: 'gb-nspcc' } });
    expect(incidentHelp('GB').imageReports.map((s) => s.id)).toContain('gb-iwf');
    expect(incidentHelp('US').emergencyNumbers).toEqual(['911']);
    expect(incidentHelp('US').imageReports.map((s) => s.id)).toEqual(['us-ncmec']);
    expect(incidentHelp('CA')).toMatchObject({ emergencyNumbers: ['911'], childAtRisk: { id: 'ca-kids-help-phone' } });
  });

  it('has no emergency number to give for “another country”', () => {
    expect(incidentHelp('INT').emergencyNumbers).toEqual([]);
  });

  it('labels a service by name, with its number when the name does not say it', () => {
    expect(serviceLabelById('fr-3018')).toBe('3018 (e-Enfance)');
    expect(serviceLabel(directoryFor('GB').services.find((s) => s.id === 'gb-nspcc')!)).toBe('NSPCC Helpline (0808 800 5000)');
    expect(serviceLabelById('us-some-closed-line')).toBe('us-some-closed-line');
  });
});
