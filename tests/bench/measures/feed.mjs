// What the extension costs on a mutation-heavy page of a supported host that is not a settings
// page (bench-feed.html on https://www.facebook.com/): main-thread time in two browsers launched
// in the same run, identical but for the extension, in alternating pairs so that a change of
// machine load affects both sides alike; the content script's own share from a CPU profile; and
// the MutationObservers it keeps there.
import { assertNoPanel, mainThreadTime, openMeasuredPage } from '../chromium.mjs';
import { FEED, pause } from '../pages.mjs';
import { startProfile, stopProfile } from '../profile.mjs';

const WARM_UP_MS = 1000;
const WINDOW_MS = 3000;
const FEED_NOTE = `${FEED} (bench-feed.html: ~5 400 elements a second added)`;

async function openFeed(browser) {
  const measured = await openMeasuredPage(browser, FEED);
  await pause(WARM_UP_MS);
  return measured;
}

async function closeFeed({ page }) {
  const posts = await page.evaluate(() => document.querySelectorAll('article').length);
  if (posts < 500) throw new Error(`The feed fixture did not fill up (${posts} posts): the measure is void.`);
  await assertNoPanel(page, FEED);
  await page.close();
}

/** Main-thread milliseconds (CDP TaskDuration in thread time) per 1 000 posts the feed added. */
async function feedLoad(browser) {
  const measured = await openFeed(browser);
  const posts = () => measured.page.evaluate(() => window.benchFeed.posts);
  const before = { time: await mainThreadTime(measured.session), posts: await posts() };
  await pause(WINDOW_MS);
  const after = { time: await mainThreadTime(measured.session), posts: await posts() };
  await closeFeed(measured);
  return ((after.time.task - before.time.task) / (after.posts - before.posts)) * 1000;
}

export async function feedOverhead(browsers, pairs) {
  const ratios = [];
  const perThousandPosts = { with: [], without: [] };
  for (let pair = 0; pair < pairs; pair += 1) {
    // Alternate which side goes first, so neither always meets a warmer or busier machine.
    const order = pair % 2 === 0 ? ['without', 'with'] : ['with', 'without'];
    const load = {};
    for (const side of order) load[side] = await feedLoad(browsers[side]);
    perThousandPosts.with.push(load.with);
    perThousandPosts.without.push(load.without);
    ratios.push(load.with / load.without);
  }
  return {
    id: 'feed-overhead',
    what: 'main-thread time on a mutation-heavy non-settings page, with ÷ without the extension',
    unit: '×',
    budget: { text: 'none (ratio reported)' },
    values: ratios,
    method: `${FEED_NOTE}; ${pairs} alternating pairs of ${WINDOW_MS / 1000} s windows after ${WARM_UP_MS / 1000} s of warm-up, each in a fresh tab; CDP Performance.getMetrics TaskDuration (thread time) per 1 000 posts added, with ÷ without`,
    details: { mainThreadMsPerThousandPosts: perThousandPosts },
  };
}

export async function feedContentScriptTime(browser, windows) {
  const shares = [];
  for (let run = 0; run < windows; run += 1) {
    const measured = await openFeed(browser);
    await startProfile(measured.session);
    await pause(WINDOW_MS);
    const share = await stopProfile(measured.session, `chrome-extension://${browser.extensionId}/`);
    await closeFeed(measured);
    shares.push(share * 100);
  }
  return {
    id: 'feed-content-script',
    what: "the content script's share of that page's main-thread time",
    unit: '%',
    budget: { text: 'none (the ratio above, attributed)' },
    values: shares,
    method: `${FEED_NOTE}; ${windows} windows of ${WINDOW_MS / 1000} s; share of the busy samples of a V8 CPU profile (every 50 µs) with a content-script frame on the stack`,
  };
}

/**
 * MutationObservers alive in the content script's world on the feed, counted from the heap
 * (CDP Runtime.queryObjects on that world's MutationObserver.prototype after a garbage
 * collection): 0 means the content script observes nothing there, whole document or otherwise.
 */
export async function contentScriptObservers(browser) {
  const page = await browser.context.newPage();
  const session = await browser.context.newCDPSession(page);
  const worlds = [];
  session.on('Runtime.executionContextCreated', ({ context }) => worlds.push(context));
  await session.send('Runtime.enable');
  await page.goto(FEED);
  await pause(WARM_UP_MS);
  const contentWorld = worlds.find((c) => c.auxData?.type === 'isolated' && c.origin === `chrome-extension://${browser.extensionId}`);
  if (!contentWorld) throw new Error('No content-script world on the feed page: is the content script injected?');
  await session.send('HeapProfiler.collectGarbage');
  const prototype = await session.send('Runtime.evaluate', { expression: 'MutationObserver.prototype', contextId: contentWorld.id });
  const { objects } = await session.send('Runtime.queryObjects', { prototypeObjectId: prototype.result.objectId });
  const { result } = await session.send('Runtime.callFunctionOn', {
    objectId: objects.objectId,
    functionDeclaration: 'function () { return this.length; }',
    returnByValue: true,
  });
  await page.close();
  return {
    id: 'content-script-observers',
    what: 'MutationObservers held by the content script on that page',
    unit: '',
    budget: { max: 0, text: 'no MutationObserver on the whole document' },
    value: result.value,
    method: `${FEED} after ${WARM_UP_MS / 1000} s; CDP Runtime.queryObjects(MutationObserver.prototype) in the content script's isolated world after a forced garbage collection`,
  };
}
