// @vitest-environment node
// The popup is taken out of the extension pages' shared Vite build (build/popup-build.ts), so
// that it loads one script; every other group stays as WXT made it.
import { describe, expect, it } from 'vitest';
import type { Entrypoint } from 'wxt';
import { buildPopupAlone } from '../../build/popup-build';

// Only `type` and `name` matter to the function; the rest of an Entrypoint is WXT's business.
const entry = (type: string, name = type) => ({ type, name, inputPath: `/src/${name}`, outputDir: '/out', options: {}, skipped: false }) as unknown as Entrypoint;

describe('the popup build', () => {
  it('moves the popup out of the group of pages into a group of its own, built as a page', () => {
    const background = entry('background');
    const popup = entry('popup');
    const options = entry('options', 'passport');
    const content = entry('content-script', 'content');
    const groups = [[background, popup, options], content];
    buildPopupAlone(groups);
    expect(groups).toEqual([[background, options], content, [popup]]);
  });

  it('leaves a popup that is already alone, and builds without a popup, as they are', () => {
    const alone = [[entry('popup')], entry('content-script')];
    buildPopupAlone(alone);
    expect(alone).toEqual([[entry('popup')], entry('content-script')]);
    const none = [[entry('background'), entry('options')]];
    buildPopupAlone(none);
    expect(none).toEqual([[entry('background'), entry('options')]]);
  });
});
