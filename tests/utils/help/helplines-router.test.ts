// The situation router and the lookups the popup's first screen uses: the right service for the
// right situation, and the reason shown with it.
import { describe, expect, it } from 'vitest';
import { childLineFor, directories, emergencyFor, euHelplineFor, helplinesFor, languageNoteFor, mainHelpline, routeSituation, serviceById, SITUATIONS, type DirectoryId, type Situation } from '../../../utils/help/helplines';

const ids = (country: DirectoryId, situation: Situation) => routeSituation(country, situation).steps.map((s) => s.service.id);
const reasons = (country: DirectoryId, situation: Situation) => Object.fromEntries(routeSituation(country, situation).steps.map((s) => [s.service.id, s.reason]));

describe('the first screen', () => {
  // The main line is the one a parent calls; where it is not the child's own line, that one is
  // named beside it (issue 19.3).
  it.each([
    ['FR', ['fr-17', 'fr-112', 'fr-114'], 'fr-3018', undefined],
    ['GB', ['gb-999'], 'gb-nspcc', 'gb-childline'],
    ['US', ['us-911'], 'us-ncmec', undefined],
    ['CA', ['ca-911'], 'ca-cybertip', 'ca-kids-help-phone'],
    ['AU', ['au-000'], 'au-esafety', 'au-kids-helpline'],
    ['IE', ['ie-112', 'ie-999'], 'ie-childline', undefined],
    ['DE', ['de-110', 'de-112'], 'de-elterntelefon', 'de-nummer-gegen-kummer'],
    ['BE', ['be-112', 'be-101'], 'be-child-focus', undefined],
    ['CH', ['ch-117', 'ch-112'], 'ch-147', undefined],
    ['LU', ['lu-112'], 'lu-bee-secure', 'lu-kjt'],
    ['ES', ['es-112'], 'es-incibe-017', 'es-anar'],
    ['IT', ['it-112'], 'it-telefono-azzurro', undefined],
    ['NL', ['nl-112'], 'nl-helpwanted', 'nl-kindertelefoon'],
    ['AT', ['at-133', 'at-112', 'at-144'], 'at-147-rat-auf-draht', undefined],
  ] as const)('%s: in danger now %j, main line %s, child’s line %s', (country, emergency, main, child) => {
    expect(emergencyFor(country).map((s) => s.id)).toEqual(emergency);
    expect(mainHelpline(country).id).toBe(main);
    expect(childLineFor(country)?.id).toBe(child);
    if (child) {
      expect(childLineFor(country)!.audience, 'the child’s line is for children').toBe('child');
      expect(mainHelpline(country).audience, 'the main line beside it is not the child’s').not.toBe('child');
    }
  });

  it('for another country: no emergency number guessed, Child Helpline International as the main link', () => {
    expect(emergencyFor('INT')).toEqual([]);
    expect(mainHelpline('INT').id).toBe('int-chi');
  });

  it('lists every service of the country, main line and emergencies first, 988 included in the US', () => {
    expect(helplinesFor('US').map((s) => s.id)).toEqual(['us-ncmec', 'us-911', 'us-988', 'us-childhelp']);
    expect(helplinesFor('FR').slice(0, 4).map((s) => s.id)).toEqual(['fr-3018', 'fr-17', 'fr-112', 'fr-114']);
    expect(helplinesFor('FR')).toHaveLength(9);
  });

  it('offers the EU-wide 116 111 only where it answers: not in France or Italy', () => {
    expect(euHelplineFor('DE')?.id).toBe('eu-116111');
    expect(euHelplineFor('LU')?.id).toBe('eu-116111');
    for (const country of ['FR', 'IT', 'GB', 'CH', 'US', 'CA', 'AU', 'INT'] as const) expect(euHelplineFor(country), country).toBeUndefined();
    // No page read on 2026-12-04 says 116 111 answers in the Netherlands, Austria or Belgium.
    for (const country of ['NL', 'AT', 'BE'] as const) expect(euHelplineFor(country), country).toBeUndefined();
  });
});

describe('the French routing (NOTES.md, "3018 and the French routing")', () => {
  it('a child in danger → 119 first, then 17, and 116 000 for a missing child', () => {
    expect(ids('FR', 'child-danger')).toEqual(['fr-119', 'fr-17', 'fr-116000']);
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

  it('sextortion → 3018, Take It Down and StopNCII, Pharos, 17, and never keeping the images', () => {
    expect(ids('FR', 'sextortion')).toEqual(['fr-3018', 'int-take-it-down', 'int-stopncii', 'fr-pharos', 'fr-17']);
    expect(routeSituation('FR', 'sextortion').notes).toContain('evidence');
  });

  it('a hacked account → 17Cyber then 3018; a parent’s question → 3018', () => {
    expect(ids('FR', 'hacked')).toEqual(['fr-17cyber', 'fr-3018']);
    expect(ids('FR', 'parent-question')).toEqual(['fr-3018']);
    expect(reasons('FR', 'parent-question')['fr-3018']).toBe('parentQuestions');
  });
});

describe('other countries', () => {
  it('UK: a young person’s nude image goes first to Report Remove, grooming to CEOP; a worried adult to the NSPCC', () => {
    expect(ids('GB', 'sextortion').slice(0, 2)).toEqual(['gb-report-remove', 'gb-ceop']);
    expect(ids('GB', 'illegal-content')).toEqual(['gb-iwf', 'gb-ceop']);
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

  it('names Take It Down and StopNCII on every country’s sextortion route', () => {
    for (const { country } of directories) {
      expect(ids(country, 'sextortion'), country).toEqual(expect.arrayContaining(['int-take-it-down', 'int-stopncii']));
    }
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

describe('the new languages’ countries (issue 17.6)', () => {
  it('the Netherlands: sextortion to Helpwanted first, images on the internet to the Meldpunt, a child in danger to 112 and Veilig Thuis', () => {
    expect(ids('NL', 'sextortion')[0]).toBe('nl-helpwanted');
    expect(ids('NL', 'illegal-content')).toEqual(['nl-meldpunt-kinderporno']);
    expect(ids('NL', 'child-danger')).toEqual(['nl-112', 'nl-veilig-thuis', 'nl-kindertelefoon']);
    expect(ids('NL', 'hacked')).toEqual(['nl-helpwanted']);
  });

  it('Austria: 147 for the child, Stopline for images, the police in danger; no parents’ line listed yet', () => {
    expect(ids('AT', 'harassment')).toEqual(['at-147-rat-auf-draht']);
    expect(ids('AT', 'illegal-content')).toEqual(['at-stopline']);
    expect(ids('AT', 'child-danger')).toEqual(['at-133', 'at-147-rat-auf-draht']);
    expect(routeSituation('AT', 'parent-question').notes).toContain('noDedicatedLine');
  });

  it('Belgium: Awel, 1712 and Child Focus for a Flemish family, and each card says its language', () => {
    expect(ids('BE', 'child-danger')).toEqual(['be-101', 'be-103', 'be-102-awel', 'be-1712', 'be-child-focus']);
    expect(languageNoteFor(serviceById('be-102-awel')!)).toEqual(['nl']);
    expect(languageNoteFor(serviceById('be-1712')!)).toEqual(['nl']);
    expect(languageNoteFor(serviceById('be-103')!)).toEqual(['fr']);
    // Not where one language is spoken, nor for a service whose languages are not confirmed.
    expect(languageNoteFor(serviceById('be-child-focus')!)).toBeUndefined();
    expect(languageNoteFor(serviceById('nl-kindertelefoon')!)).toBeUndefined();
    expect(languageNoteFor(serviceById('de-nummer-gegen-kummer')!)).toBeUndefined();
    expect(languageNoteFor(serviceById('eu-116111')!)).toBeUndefined();
  });
});
