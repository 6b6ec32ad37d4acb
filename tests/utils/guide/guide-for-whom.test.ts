// "Whom is this review for?" through the real guide routes and the real passport store (in
// fake-indexeddb), joined as the entrypoints join them (utils/passport/guide-link.ts): the
// question, ticks kept per child, the settings review each tick records in the child's passport,
// and the races — the child deleted while a panel is open, two tabs on the same child, the lock.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRouter, type Sender } from '../../../utils/messaging';
import { createGuideRoutes, type GuideDeps } from '../../../utils/guide/routes';
import { createTranslator } from '../../../utils/i18n/translator';
import { rulePacks } from '../../../utils/detection/platforms';
import { framedPageFragment } from '../../../utils/guide/framed-page';
import { progressKey, loadProgress } from '../../../utils/guide/progress-store';
import type { Checklist, ChecklistItem } from '../../../utils/guide/checklists/types';
import type { GuideView } from '../../../utils/guide/messages';
import { passportGuideLink } from '../../../utils/passport/guide-link';
import { createChild, deleteChild, readChildRecord } from '../../../utils/passport/store';
import { prepareLock } from '../../../utils/passport/lock';
import { endSession } from '../../../utils/passport/lock-state';
import { db, resetConnection } from '../../../utils/storage/db';
import { deleteEveryDatabase } from '../../support/databases';
import { childFields } from '../passport/passport-fixtures';

const instagram = rulePacks.find((pack) => pack.id === 'instagram')!;
const rule = instagram.pages.find((p) => p.id === 'privacy')!;
const PAGE = { platform: 'instagram', pageId: rule.id } as const;
const self = { id: 'vigie-id', baseUrl: 'chrome-extension://vigie-id/' };
const inFrame: Sender = {
  id: 'vigie-id',
  url: `chrome-extension://vigie-id/panel-frame.html#${framedPageFragment({ platform: 'instagram', context: rule.context, pageId: rule.id })}&origin=https%3A%2F%2Fwww.instagram.com`,
  tab: { id: 3 },
};

const item = (id: string): ChecklistItem => ({ id, audiences: ['parent', 'carer'], pathConfirmed: true, source: { url: 'https://help.instagram.com/1', title: 'Help' }, verifiedOn: '2026-11-01', evidence: [] });
const checklist: Checklist = { platform: 'instagram', contexts: [rule.context], version: 'v1', items: [item('private-account'), item('story-replies'), item('hidden-words')] };
const words = { 'checklist.instagram.private-account.do': 'Make the account private', 'checklist.instagram.story-replies.do': 'Limit story replies', 'checklist.instagram.hidden-words.do': 'Turn on Hidden Words' };

let clock = new Date('2026-12-01T10:00:00Z');
const deps = (passport = true): GuideDeps => ({
  now: () => clock,
  language: () => 'en',
  languageTags: () => ['en-GB'],
  baseUrl: () => self.baseUrl,
  translate: (language) => createTranslator({ en: words, fr: words }, language),
  checklistFor: (match) => (match.platform === 'instagram' && match.pageId === rule.id ? checklist : undefined),
  ...(passport ? { passport: passportGuideLink } : {}),
});
const withPassport = createRouter(createGuideRoutes(deps()), self);

async function view(type: string, payload: unknown, route = withPassport): Promise<GuideView> {
  const reply = await route({ type, payload }, inFrame);
  if (!reply.ok) throw new Error(reply.error);
  return reply.value as GuideView;
}
const tick = (itemId: string, childId: string | null, ticked = true) => view('guide.tick', { ...PAGE, audience: 'parent', itemId, ticked, childId });

async function addChild(name: string, ageBand: '11-12' | '8-10', platforms: string[] = []) {
  return createChild(childFields({
    name, ageBand,
    accounts: platforms.map((platform, i) => ({ id: `${name}-account-${i}`, platform: platform as 'instagram', handle: `${name.toLowerCase()}_${i}`, notes: '' })),
  }));
}

beforeEach(async () => {
  endSession();
  await resetConnection();
  await deleteEveryDatabase();
  clock = new Date('2026-12-01T10:00:00Z');
});
afterEach(() => endSession());

describe('for whom: the question', () => {
  it('asks nothing when the passport has no child, and works as before', async () => {
    const guide = await view('guide.get', PAGE);
    expect(guide.forWhom).toBeUndefined();
    expect((await tick('private-account', null)).review).toMatchObject({ done: 1, total: 3 });
    // Without a passport at all (a build without it), the same.
    expect((await view('guide.get', PAGE, createRouter(createGuideRoutes(deps(false)), self))).forWhom).toBeUndefined();
  });

  it('asks once per platform, children with an account on this platform first, and remembers the answer', async () => {
    const tom = await addChild('Tom', '8-10');
    const lea = await addChild('Léa', '11-12', ['instagram']);
    const asked = await view('guide.get', PAGE);
    expect(asked.forWhom).toEqual({
      state: 'ask',
      children: [
        { id: lea.id, name: 'Léa', ageBand: '11-12', hasAccountHere: true },
        { id: tom.id, name: 'Tom', ageBand: '8-10', hasAccountHere: false },
      ],
    });
    const chosen = await view('guide.setForWhom', { ...PAGE, forWhom: lea.id });
    expect(chosen.forWhom).toMatchObject({ state: 'child', childId: lea.id });
    expect(chosen.ageBand).toBe('11-12');
    expect((await view('guide.get', PAGE)).forWhom).toMatchObject({ state: 'child', childId: lea.id });
    // Changed in one answer; 'none' means no child of the passport.
    expect((await view('guide.setForWhom', { ...PAGE, forWhom: 'none' })).forWhom).toMatchObject({ state: 'none' });
    expect((await view('guide.get', PAGE)).ageBand).toBeUndefined();
  });

  it('keeps the ticks of each child apart, and the ticks made before as not linked to a child', async () => {
    const before = await tick('private-account', null);
    expect(before.review.done).toBe(1);
    const lea = await addChild('Léa', '11-12', ['instagram']);
    const tom = await addChild('Tom', '8-10');
    await view('guide.setForWhom', { ...PAGE, forWhom: lea.id });
    expect((await view('guide.get', PAGE)).review.done).toBe(0);
    expect((await tick('story-replies', lea.id)).review.done).toBe(1);
    await view('guide.setForWhom', { ...PAGE, forWhom: tom.id });
    expect((await view('guide.get', PAGE)).items.filter((i) => i.current).map((i) => i.id)).toEqual([]);
    await view('guide.setForWhom', { ...PAGE, forWhom: 'none' });
    expect((await view('guide.get', PAGE)).items.filter((i) => i.current).map((i) => i.id)).toEqual(['private-account']);
    expect(await loadProgress(progressKey('instagram', rule.id, 'parent'))).toMatchObject({ ticked: { 'private-account': expect.any(String) } });
    expect(await loadProgress(progressKey('instagram', rule.id, 'parent', lea.id))).toMatchObject({ ticked: { 'story-replies': expect.any(String) } });
  });
});

describe('for whom: the review in the child\'s passport', () => {
  it('records, on each tick, the page, audience, time, done/total and the items left; a full list is a finished review', async () => {
    const lea = await addChild('Léa', '11-12', ['instagram']);
    await view('guide.setForWhom', { ...PAGE, forWhom: lea.id });
    await tick('private-account', lea.id);
    let reviews = (await readChildRecord(lea.id))!.settingsReviews;
    expect(reviews).toEqual([{
      id: expect.any(String), childId: lea.id, platform: 'instagram', pageId: rule.id, audience: 'parent',
      checkedAt: clock.toISOString(), guidanceVersion: 'v1', done: 1, total: 3, itemsLeft: ['story-replies', 'hidden-words'],
      createdAt: clock.toISOString(), updatedAt: clock.toISOString(),
    }]);
    const first = clock.toISOString();
    clock = new Date('2026-12-01T10:05:00Z');
    await tick('story-replies', lea.id);
    await tick('hidden-words', lea.id);
    reviews = (await readChildRecord(lea.id))!.settingsReviews;
    expect(reviews).toHaveLength(1);
    expect(reviews[0]).toMatchObject({ done: 3, total: 3, itemsLeft: [], completedAt: clock.toISOString(), createdAt: first, updatedAt: clock.toISOString() });
    // Unticking keeps the finished review's day and lists the item again.
    await tick('hidden-words', lea.id, false);
    expect((await readChildRecord(lea.id))!.settingsReviews[0]).toMatchObject({ done: 2, itemsLeft: ['hidden-words'], completedAt: clock.toISOString() });
  });

  it('two tabs ticking for the same child at once: both ticks kept, one review that counts both', async () => {
    const lea = await addChild('Léa', '11-12');
    await view('guide.setForWhom', { ...PAGE, forWhom: lea.id });
    await Promise.all([tick('private-account', lea.id), tick('story-replies', lea.id)]);
    const reviews = (await readChildRecord(lea.id))!.settingsReviews;
    expect(reviews).toHaveLength(1);
    expect((await view('guide.get', PAGE)).review.done).toBe(2);
    // The review written last may have been computed before the other tick landed; the next tick settles it.
    await tick('hidden-words', lea.id);
    expect((await readChildRecord(lea.id))!.settingsReviews[0]).toMatchObject({ done: 3, itemsLeft: [] });
  });
});

describe('for whom: races and the lock', () => {
  it('the child deleted while a panel is open: the tick and the child\'s earlier ticks are kept, not linked, and the panel says so', async () => {
    const lea = await addChild('Léa', '11-12');
    await view('guide.setForWhom', { ...PAGE, forWhom: lea.id });
    await tick('private-account', lea.id);
    await deleteChild(lea.id);
    const after = await tick('story-replies', lea.id);
    // No child left: nothing to ask, only where the ticks went; the next guide asks nothing at all.
    expect(after.forWhom).toEqual({ state: 'none', children: [], childGone: true });
    expect((await view('guide.get', PAGE)).forWhom).toBeUndefined();
    expect(after.items.filter((i) => i.current).map((i) => i.id)).toEqual(['private-account', 'story-replies']);
    expect(await loadProgress(progressKey('instagram', rule.id, 'parent', lea.id))).toBeUndefined();
    // With another child still there, the question comes back with the notice.
    const tom = await addChild('Tom', '8-10');
    await view('guide.setForWhom', { ...PAGE, forWhom: tom.id });
    await tick('hidden-words', tom.id);
    await deleteChild(tom.id);
    await addChild('Sam', '8-10');
    const again = await tick('private-account', tom.id, false);
    expect(again.forWhom).toMatchObject({ state: 'ask', childGone: true });
    expect(again.items.filter((i) => i.current).map((i) => i.id)).toEqual(['story-replies', 'hidden-words']);
  });

  it('a child chosen in a panel and deleted before the answer: the question again, with the notice', async () => {
    const lea = await addChild('Léa', '11-12');
    await addChild('Tom', '8-10');
    await deleteChild(lea.id);
    expect((await view('guide.setForWhom', { ...PAGE, forWhom: lea.id })).forWhom).toMatchObject({ state: 'ask', childGone: true });
  });

  it('with the passport locked: says so, works unlinked, and writes nothing about the child in clear', async () => {
    const lea = await addChild('Léa', '11-12');
    await view('guide.setForWhom', { ...PAGE, forWhom: lea.id });
    await tick('private-account', lea.id);
    await (await prepareLock('four calm herons wade')).commit();
    endSession(); // the panel's frame never holds the key
    const locked = await view('guide.get', PAGE);
    expect(locked.forWhom).toEqual({ state: 'locked', children: [] });
    expect(JSON.stringify(locked)).not.toContain('Léa');
    const ticked = await tick('story-replies', lea.id);
    expect(ticked.forWhom?.state).toBe('locked');
    expect(ticked.items.find((i) => i.id === 'story-replies')?.current).toBe(true);
    expect(await loadProgress(progressKey('instagram', rule.id, 'parent'))).toMatchObject({ ticked: { 'story-replies': expect.any(String) } });
    expect(await (await db()).count('settingsReviews')).toBe(0);
    expect(await (await db()).count('children')).toBe(0);
  });
});
