// The situation router and the lookups the popup's first screen uses: the right service for the
// right situation, and the reason shown with it.
import { describe, expect, it } from 'vitest';
import { directories, emergencyFor, euHelplineFor, helplinesFor, mainHelpline, routeSituation, SITUATIONS, type DirectoryId, type Situation } from '../../../utils/help/helplines';

const ids = (country: DirectoryId, situation: Situation) => routeSituation(country, situation).steps.map((s) => s.service.id);
const reasons = (country: DirectoryId, situation: Situation) => Object.fromEntries(routeSituation(country, situation).steps.map((s) => [s.service.id, s.reason]));

describe('the first screen', () => {
  it.each([
    ['FR', ['fr-17', 'fr-112', 'fr-114'], 'fr-3018'],
    ['GB', ['gb-999'], 'gb-childline'],
    ['US', ['us-911'], 'us-ncmec'],
    ['CA', ['ca-911'], 'ca-kids-help-phone'],
    ['AU', ['au-000'], 'au-kids-helpline'],
    ['IE', ['ie-112', 'ie-999'], 'ie-childline'],
    ['DE', ['de-110', 'de-112'], 'de-nummer-gegen-kummer'],
    ['BE', ['be-112', 'be-101'], 'be-child-focus'],
    ['CH', ['ch-117', 'ch-112'], 'ch-147'],
    ['LU', ['lu-113', 'lu-112'], 'lu-bee-secure'],
    ['ES', ['es-112', 'es-091'], 'es-incibe-017'],
    ['IT', ['it-112'], 'it-telefono-azzurro'],
  ] as const)('%s: in danger now %j, main line %s', (country, emergency, main) => {
    expect(emergencyFor(country).map((s) => s.id)).toEqual(emergency);
    expect(mainHelpline(country).id).toBe(main);
  });

  it('for another country: no emergency number guessed, Child Helpline International as the main link', () => {
    expect(emergencyFor('INT')).toEqual([]);
    expect(mainHelpline('INT').id).toBe('int-chi');
  });

  it('lists every service of the country, main line and emergencies first, 988 included in the US', () => {
    expect(helplinesFor('US').map((s) => s.id)).toEqual(['us-ncmec', 'us-911', 'us-988', 'us-childhelp']);
    expect(helplinesFor('FR').slice(0, 4).map((s) => s.id)).toEqual(['fr-3018', 'fr-17', 'fr-112', 'fr-114']);
    expect(helplinesFor('FR')).toHaveLength(6);
  });

  it('offers the EU-wide 116 111 only in EU member states', () => {
    expect(euHelplineFor('FR')?.id).toBe('eu-116111');
    expect(euHelplineFor('LU')?.id).toBe('eu-116111');
    for (const country of ['GB', 'CH', 'US', 'CA', 'AU', 'INT'] as const) expect(euHelplineFor(country)).toBeUndefined();
  });
});

describe('the French routing (NOTES.md, "3018 and the French routing")', () => {
  it('a child in danger → 119 first, then 17', () => {
    expect(ids('FR', 'child-danger')).toEqual(['fr-119', 'fr-17']);
    expect(reasons('FR', 'child-danger')['fr-119']).toBe('childInDanger');
  });

  it('shocking or illegal content → Pharos for public content; private messages go to the police', () => {
    expect(ids('FR', 'illegal-content')[0]).toBe('fr-pharos');
    expect(reasons('FR', 'illegal-content')['fr-pharos']).toBe('publicContent');
    expect(routeSituation('FR', 'illegal-content').notes).toContain('privateMessages');
  });

  it('harassment → 3018, with the police complaint for private messages and the evidence advice', () => {
    expect(ids('FR', 'harassment')).toEqual(['fr-3018']);
    expect(routeSituation('FR', 'harassment').notes).toEqual(['privateMessages', 'evidence']);
  });

  it('sextortion → 3018, Pharos, 17, and never keeping the images', () => {
    expect(ids('FR', 'sextortion')).toEqual(['fr-3018', 'fr-pharos', 'fr-17']);
    expect(routeSituation('FR', 'sextortion').notes).toContain('evidence');
  });

  it('a hacked account and a parent’s question → 3018', () => {
    expect(ids('FR', 'hacked')).toEqual(['fr-3018']);
    expect(ids('FR', 'parent-question')).toEqual(['fr-3018']);
    expect(reasons('FR', 'parent-question')['fr-3018']).toBe('parentQuestions');
  });
});

describe('other countries', () => {
  it('UK: grooming and images go to CEOP and the IWF; a worried adult to the NSPCC', () => {
    expect(ids('GB', 'sextortion').slice(0, 2)).toEqual(['gb-ceop', 'gb-iwf']);
    expect(ids('GB', 'child-danger')).toEqual(['gb-999', 'gb-nspcc', 'gb-childline']);
    expect(ids('GB', 'parent-question')[0]).toBe('gb-nspcc');
  });

  it('US: sextortion and illegal images go to the NCMEC CyberTipline; distress to 988', () => {
    expect(ids('US', 'sextortion')[0]).toBe('us-ncmec');
    expect(ids('US', 'illegal-content')).toEqual(['us-ncmec']);
    expect(ids('US', 'child-danger')).toContain('us-988');
  });

  it('Luxembourg: BEE SECURE for online problems, the Stopline for illegal content', () => {
    expect(ids('LU', 'hacked')).toEqual(['lu-bee-secure']);
    expect(ids('LU', 'illegal-content')).toEqual(['lu-stopline']);
  });

  it('Switzerland has no reporting hotline of its own in the directory: INHOPE finds one', () => {
    expect(ids('CH', 'illegal-content')).toEqual(['int-inhope']);
  });

  it('says so when no service fits, instead of sending people to the wrong line', () => {
    const route = routeSituation('US', 'hacked');
    expect(route.steps).toEqual([]);
    expect(route.notes[0]).toBe('noDedicatedLine');
    expect(routeSituation('FR', 'hacked').notes).not.toContain('noDedicatedLine');
  });

  it('gives every situation, in every directory, either a service or that honest note', () => {
    for (const { country } of directories) {
      for (const situation of SITUATIONS) {
        const route = routeSituation(country, situation);
        expect(route.steps.length > 0 || route.notes.includes('noDedicatedLine'), `${country}/${situation}`).toBe(true);
      }
    }
  });

  it('points immediate danger to the country’s own emergency number', () => {
    for (const { country, emergency } of directories) {
      for (const step of routeSituation(country, 'child-danger').steps.filter((s) => s.reason === 'emergency')) {
        expect(emergency, `${country}`).toContain(step.service.id);
      }
    }
  });
});
