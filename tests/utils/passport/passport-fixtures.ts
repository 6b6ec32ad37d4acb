// Small builders for passport tests: realistic records with only the fields a test cares about changed.
import type { Agreement, Child, ChildRecord, Incident } from '../../../utils/passport/types';

let n = 0;
export const id = (prefix: string) => `${prefix}-${++n}`;

export function childFields(overrides: Partial<Child> = {}): Omit<Child, 'createdAt' | 'updatedAt'> {
  return {
    id: id('child'),
    name: 'Sam',
    ageBand: '11-12',
    adults: [{ id: 'adult-1', name: 'Alex', role: 'carer' }],
    voiceSharedWith: ['adult-1'],
    devices: ['phone'],
    accounts: [],
    appsAndGames: ['Minecraft'],
    voice: { likes: 'building worlds', dislikes: '', goingWell: '', notGoingWell: '', worries: '', learned: '', hopes: '' },
    ...overrides,
  };
}

export function agreementFields(childId: string, overrides: Partial<Agreement> = {}): Omit<Agreement, 'reviews' | 'createdAt' | 'updatedAt'> {
  return {
    id: id('agreement'),
    childId,
    topic: 'time-online',
    words: 'Phones stay downstairs after 9 pm on school nights.',
    agreedBy: ['Sam', 'Alex'],
    agreedOn: '2025-01-10',
    reviewEveryDays: 30,
    ...overrides,
  };
}

export function incidentFields(childId: string, overrides: Partial<Incident> = {}): Omit<Incident, 'createdAt' | 'updatedAt'> {
  return {
    id: id('incident'),
    childId,
    occurredAt: '2025-02-01T18:30:00.000Z',
    platform: 'roblox',
    whatHappened: 'A stranger asked for photos in a game chat.',
    whoWasTold: 'Alex',
    reportedTo: ['platform', '3018'],
    outcome: 'Account blocked.',
    followUp: 'Talk about it again on Sunday.',
    evidence: [{ url: 'https://www.roblox.com/users/1/profile', account: 'stranger123', time: '18:30', note: '' }],
    ...overrides,
  };
}

/** A complete record as an import would carry it. */
export function childRecord(name = 'Robin'): ChildRecord {
  const stamp = '2025-01-01T00:00:00.000Z';
  const child = { ...childFields({ name }), createdAt: stamp, updatedAt: stamp };
  return {
    child,
    agreements: [{ ...agreementFields(child.id), reviews: [], createdAt: stamp, updatedAt: stamp }],
    incidents: [{ ...incidentFields(child.id), createdAt: stamp, updatedAt: stamp }],
    celebrations: [{ id: id('celebration'), childId: child.id, date: '2025-01-05', text: 'Made a video about bees', createdAt: stamp }],
    settingsReviews: [{
      id: id('settings-review'), childId: child.id, platform: 'instagram', pageId: 'privacy', audience: 'parent',
      checkedAt: stamp, guidanceVersion: '2026-11', done: 1, total: 3, itemsLeft: ['hidden-words', 'story-replies'], createdAt: stamp, updatedAt: stamp,
    }],
  };
}
