// The panel's placement as stored in storage.local: whatever is there (written by an older
// version, or damaged) reads as a valid placement, sites are named the way a person names them,
// and turning a site off and back on leaves the other sites alone.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import {
  DEFAULT_PLACEMENT, isOffOn, panelHiddenOn, parsePlacement, PLACEMENT_KEY, readPlacement, siteOf, turnBackOnOn, turnOffOn, updatePlacement,
} from '../../../utils/guide/panel-placement';

beforeEach(() => fakeBrowser.reset());

describe('the panel placement', () => {
  it('reads anything malformed as the defaults, field by field', () => {
    expect(parsePlacement(undefined)).toEqual(DEFAULT_PLACEMENT);
    expect(parsePlacement('left')).toEqual(DEFAULT_PLACEMENT);
    expect(parsePlacement({ side: 'top', offEverywhere: 'yes', offSites: 'facebook.com', introDismissed: 1, docked: 'true' })).toEqual(DEFAULT_PLACEMENT);
    expect(parsePlacement({ side: 'left', offSites: ['WWW.Facebook.com', 42, '', 'facebook.com', 'x'.repeat(300)] })).toEqual({
      ...DEFAULT_PLACEMENT, side: 'left', offSites: ['facebook.com'],
    });
    expect(parsePlacement({ offSites: Array.from({ length: 500 }, (_, i) => `site${i}.example`) }).offSites).toHaveLength(200);
  });

  it('names a site without its "www." and matches every page of it', () => {
    expect(siteOf('www.facebook.com')).toBe('facebook.com');
    expect(siteOf('M.Facebook.com')).toBe('m.facebook.com');
    const off = turnOffOn('www.facebook.com')(DEFAULT_PLACEMENT);
    expect(isOffOn(off, 'www.facebook.com')).toBe(true);
    expect(isOffOn(off, 'facebook.com')).toBe(true);
    expect(isOffOn(off, 'www.instagram.com')).toBe(false);
    expect(isOffOn({ ...DEFAULT_PLACEMENT, offEverywhere: true }, 'www.instagram.com')).toBe(true);
  });

  it('draws no panel in any page while docked, without calling the site off', () => {
    const docked = parsePlacement({ docked: true });
    expect(docked).toEqual({ ...DEFAULT_PLACEMENT, docked: true });
    expect(panelHiddenOn(docked, 'www.facebook.com')).toBe(true);
    // The popup's "off on this site" line reads isOffOn: docking is not turning off.
    expect(isOffOn(docked, 'www.facebook.com')).toBe(false);
    expect(panelHiddenOn(DEFAULT_PLACEMENT, 'www.facebook.com')).toBe(false);
    expect(panelHiddenOn(turnOffOn('facebook.com')(DEFAULT_PLACEMENT), 'www.facebook.com')).toBe(true);
  });

  it('keeps the other sites when one is turned back on', async () => {
    await updatePlacement(turnOffOn('www.facebook.com'));
    await updatePlacement(turnOffOn('x.com'));
    await updatePlacement(turnBackOnOn('facebook.com'));
    expect((await readPlacement()).offSites).toEqual(['x.com']);
    expect((await fakeBrowser.storage.local.get(PLACEMENT_KEY))[PLACEMENT_KEY]).toMatchObject({ offSites: ['x.com'] });
  });
});
