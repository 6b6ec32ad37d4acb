// The two layout hints the panel frame keeps for the next frame (issue 15, point 3): folded or
// open per platform in storage.local (read by the content script before it draws), and the
// audience per platform and kind of page in storage.session (read by the frame's preview only).
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { FOLDED_KEY, parseFolded, readFolded, rememberFolded } from '../../../utils/guide/panel-folded';
import { loadAudienceHints } from '../../../utils/guide/audience-hint';

beforeEach(() => fakeBrowser.reset());

describe('the folded hint', () => {
  it('reads anything malformed as "none folded", and keeps only platform ids', () => {
    expect(parseFolded(undefined)).toEqual([]);
    expect(parseFolded('facebook')).toEqual([]);
    expect(parseFolded(['facebook', 'not-a-platform', 42, 'facebook', 'tiktok'])).toEqual(['facebook', 'tiktok']);
  });

  it('records folding and opening per platform, in storage.local, leaving the others alone', async () => {
    await rememberFolded('facebook', true);
    await rememberFolded('tiktok', true);
    await rememberFolded('facebook', false);
    expect(await readFolded()).toEqual(['tiktok']);
    expect((await fakeBrowser.storage.local.get(FOLDED_KEY))[FOLDED_KEY]).toEqual(['tiktok']);
  });
});

describe('the audience hint', () => {
  it('is kept per platform and kind of page (family pages, group and page settings), in storage.session only', async () => {
    const hints = await loadAudienceHints();
    expect(hints.get({ platform: 'facebook', context: 'privacy' })).toBeUndefined();
    await hints.remember({ platform: 'facebook', context: 'privacy' }, 'carer');
    // Another page of the family kind on the same platform shares it; groups and other platforms do not.
    expect(hints.get({ platform: 'facebook', context: 'safety' })).toBe('carer');
    expect(hints.get({ platform: 'facebook', context: 'group' })).toBeUndefined();
    expect(hints.get({ platform: 'instagram', context: 'privacy' })).toBeUndefined();
    // A new frame reads what this one wrote; nothing went to storage.local, which content scripts read.
    expect((await loadAudienceHints()).get({ platform: 'facebook', context: 'account' })).toBe('carer');
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('ignores a stored value that is not an audience', async () => {
    await fakeBrowser.storage.session.set({ panelAudience: { 'facebook/family-pages': 'everyone' } });
    expect((await loadAudienceHints()).get({ platform: 'facebook', context: 'privacy' })).toBeUndefined();
  });
});
