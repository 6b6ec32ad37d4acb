import { describe, expect, it } from 'vitest';
import { agreementForm, childAboutForm, emptyAccount, emptyAdult, emptyEvidence, incidentForm, reviewForm, type DigitalLifeForm, type VoiceForm } from '../../../utils/passport/forms';
import { validateAgreement, validateCelebration, validateChildAbout, validateDigitalLife, validateIncident, validateReview, validateVoice, isRealDay } from '../../../utils/passport/validate';

const TODAY = '2025-06-15';
const errorKeys = (result: { ok: boolean; errors?: Record<string, { key: string }> }) =>
  Object.fromEntries(Object.entries(result.errors ?? {}).map(([path, e]) => [path, e.key]));

describe('the child form', () => {
  it('asks for a name and an age band, and a name and role for each adult row', () => {
    const form = { ...childAboutForm(), adults: [emptyAdult()] };
    const result = validateChildAbout(form);
    expect(result.ok).toBe(false);
    expect(errorKeys(result as never)).toEqual({
      name: 'passport.error.nameRequired',
      ageBand: 'passport.error.ageBandRequired',
      'adults.0.name': 'passport.error.adultNameRequired',
      'adults.0.role': 'passport.error.adultRoleRequired',
    });
  });

  it('keeps a first name short, trims it, and keeps sharing only with adults that exist', () => {
    const tooLong = validateChildAbout({ ...childAboutForm(), name: 'x'.repeat(41), ageBand: '8-10' });
    expect(tooLong).toMatchObject({ ok: false, errors: { name: { key: 'passport.error.tooLong', params: { max: 40 } } } });
    const adult = { ...emptyAdult(), name: ' Alex ', role: 'carer' };
    const result = validateChildAbout({ name: '  Sam ', ageBand: '8-10', adults: [adult], voiceSharedWith: [adult.id, 'removed-adult'] });
    expect(result).toEqual({ ok: true, value: { name: 'Sam', ageBand: '8-10', adults: [{ id: adult.id, name: 'Alex', role: 'carer' }], voiceSharedWith: [adult.id] } });
  });
});

describe('the digital life form', () => {
  it('reads one device or app per line and checks each account row', () => {
    const form: DigitalLifeForm = { devices: 'phone\n\n  laptop  \n', accounts: [{ ...emptyAccount(), platform: 'roblox', handle: 'sam_builds' }, emptyAccount()], appsAndGames: 'Minecraft' };
    const result = validateDigitalLife(form);
    expect(errorKeys(result as never)).toEqual({ 'accounts.1.platform': 'passport.error.platformRequired', 'accounts.1.handle': 'passport.error.handleRequired' });
    const fixed = validateDigitalLife({ ...form, accounts: [form.accounts[0]!] });
    expect(fixed.ok && fixed.value).toMatchObject({ devices: ['phone', 'laptop'], appsAndGames: ['Minecraft'], accounts: [{ platform: 'roblox', handle: 'sam_builds' }] });
  });

  it('refuses a platform that is not one of ours', () => {
    const result = validateDigitalLife({ devices: '', appsAndGames: '', accounts: [{ ...emptyAccount(), platform: 'myspace', handle: 'x' }] });
    expect(errorKeys(result as never)).toEqual({ 'accounts.0.platform': 'passport.error.platformRequired' });
  });
});

describe("the child's voice", () => {
  it('accepts empty answers (the child may not want to say) but not endless ones', () => {
    const empty: VoiceForm = { likes: '', dislikes: '', goingWell: '', notGoingWell: '', worries: '', learned: '', hopes: '', writtenBy: '' };
    expect(validateVoice(empty).ok).toBe(true);
    expect(errorKeys(validateVoice({ ...empty, worries: 'x'.repeat(4001) }) as never)).toEqual({ worries: 'passport.error.tooLong' });
    expect(validateVoice({ ...empty, likes: ' drawing ', writtenBy: 'child' })).toMatchObject({ ok: true, value: { likes: 'drawing', writtenBy: 'child' } });
  });
});

describe('the agreement form', () => {
  it('names every missing part', () => {
    const form = { ...agreementForm('Sam', TODAY), agreedBy: [], agreedOn: '', reviewEveryDays: '' };
    expect(errorKeys(validateAgreement(form, TODAY) as never)).toEqual({
      topic: 'passport.error.topicRequired',
      words: 'passport.error.wordsRequired',
      agreedBy: 'passport.error.agreedByRequired',
      agreedOn: 'passport.error.dateRequired',
      reviewEveryDays: 'passport.error.intervalRequired',
    });
  });

  it('asks for the name of a free topic, and refuses a date in the future', () => {
    const form = { ...agreementForm('Sam', TODAY), topic: 'other', words: 'We ask before buying in-game items.', agreedOn: '2025-06-16' };
    expect(errorKeys(validateAgreement(form, TODAY) as never)).toEqual({ customTopic: 'passport.error.customTopicRequired', agreedOn: 'passport.error.dateInFuture' });
  });

  it('gathers who agreed from the ticked names and the free field, without duplicates', () => {
    const form = { ...agreementForm('Sam', TODAY), topic: 'sharing', words: 'Ask before posting photos of friends.', agreedBy: ['Sam', 'Alex'], othersWhoAgreed: 'Priya, Alex, ' };
    const result = validateAgreement(form, TODAY);
    expect(result).toEqual({ ok: true, value: { topic: 'sharing', words: 'Ask before posting photos of friends.', agreedBy: ['Sam', 'Alex', 'Priya'], agreedOn: TODAY, reviewEveryDays: 30 } });
  });

  it('knows real days from impossible ones', () => {
    expect(isRealDay('2024-02-29')).toBe(true);
    expect(isRealDay('2025-02-29')).toBe(false);
    expect(isRealDay('15/06/2025')).toBe(false);
  });
});

describe('the review form', () => {
  it('asks whether it is still working, and refuses a review before the agreement', () => {
    const result = validateReview({ ...reviewForm(TODAY), date: '2025-01-01' }, { agreedOn: '2025-02-01' }, TODAY);
    expect(result).toMatchObject({ ok: false, errors: { date: { key: 'passport.error.reviewBeforeAgreement', params: { date: '2025-02-01' } }, stillWorking: { key: 'passport.error.stillWorkingRequired' } } });
  });

  it('passes new words on only when some were written', () => {
    const ok = validateReview({ ...reviewForm(TODAY), stillWorking: 'partly', newWords: 'Phones downstairs at 9.' }, { agreedOn: '2025-02-01' }, TODAY);
    expect(ok).toMatchObject({ ok: true, value: { newWords: 'Phones downstairs at 9.', review: { stillWorking: 'partly', date: TODAY } } });
    const unchanged = validateReview({ ...reviewForm(TODAY), stillWorking: 'yes' }, { agreedOn: '2025-02-01' }, TODAY);
    expect(unchanged.ok && 'newWords' in unchanged.value).toBe(false);
  });
});

describe('the incident form', () => {
  const now = new Date('2025-06-15T12:00:00');

  it('asks when and what, and refuses an evidence note that says nothing', () => {
    const form = { ...incidentForm(), evidence: [emptyEvidence()] };
    expect(errorKeys(validateIncident(form, now) as never)).toEqual({
      occurredAt: 'passport.error.occurredAtRequired',
      whatHappened: 'passport.error.whatHappenedRequired',
      'evidence.0.url': 'passport.error.evidenceEmpty',
    });
  });

  it('keeps only web addresses as evidence (never javascript: or data:)', () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,hi', 'not a url']) {
      const form = { ...incidentForm(), occurredAt: '2025-06-14T18:30', whatHappened: 'Threats in a chat', evidence: [{ ...emptyEvidence(), url }] };
      expect(errorKeys(validateIncident(form, now) as never)).toEqual({ 'evidence.0.url': 'passport.error.urlInvalid' });
    }
  });

  it('stores the moment as an ISO time and accepts "now" from the popup', () => {
    const form = incidentForm(undefined, { url: 'https://www.tiktok.com/@someone', at: now.toISOString() });
    expect(form.evidence[0]?.url).toBe('https://www.tiktok.com/@someone');
    const result = validateIncident({ ...form, whatHappened: 'Mean comments', reportedTo: ['3018', 'bogus'] }, now);
    expect(result).toMatchObject({ ok: true, value: { occurredAt: now.toISOString(), reportedTo: ['3018'] } });
    const future = validateIncident({ ...form, whatHappened: 'x', occurredAt: '2025-06-16T09:00' }, now);
    expect(errorKeys(future as never)).toEqual({ occurredAt: 'passport.error.dateInFuture' });
  });
});

describe('the celebration form', () => {
  it('asks what is celebrated', () => {
    expect(errorKeys(validateCelebration({ date: TODAY, text: ' ' }, TODAY) as never)).toEqual({ text: 'passport.error.celebrationRequired' });
    expect(validateCelebration({ date: TODAY, text: 'Won the school coding prize' }, TODAY).ok).toBe(true);
  });
});
