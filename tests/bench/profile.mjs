// The content script's share of the page's main-thread work, from a V8 CPU profile (CDP Profiler,
// sampled every 50 µs): a sample counts when any frame of its stack belongs to a file under the
// extension's origin, so native calls the content script makes (URL parsing, DOM) count as its
// own, and so does deferred work it schedules. The profile's clock is wall time: on a busy
// machine a descheduled thread's wait is charged to whatever was on its stack, so callers turn
// the share into time with the CPU time of the same window (CDP TaskDuration in thread time).
// https://chromedevtools.github.io/devtools-protocol/tot/Profiler/

/** @param {import('playwright-core').CDPSession} session */
export async function startProfile(session) {
  await session.send('Profiler.enable');
  await session.send('Profiler.setSamplingInterval', { interval: 50 });
  await session.send('Profiler.start');
}

/**
 * Stops the profile; returns the share (0 to 1) of the busy (not idle) samples that have a frame
 * from `origin` on their stack.
 * @param {import('playwright-core').CDPSession} session
 * @param {string} origin e.g. chrome-extension://<id>/
 */
export async function stopProfile(session, origin) {
  const { profile } = await session.send('Profiler.stop');
  const parent = new Map();
  const own = new Map();
  const idle = new Set();
  for (const node of profile.nodes) {
    if (node.callFrame.functionName === '(idle)') idle.add(node.id);
    own.set(node.id, node.callFrame.url.startsWith(origin));
    for (const child of node.children ?? []) parent.set(child, node.id);
  }
  const inOrigin = new Map();
  const belongs = (id) => {
    if (!inOrigin.has(id)) {
      const up = parent.get(id);
      inOrigin.set(id, own.get(id) || (up !== undefined && belongs(up)));
    }
    return inOrigin.get(id);
  };
  let inOriginTime = 0;
  let busyTime = 0;
  // timeDeltas[i] is the time since the previous sample: it belongs to sample i - 1's stack.
  for (let i = 0; i + 1 < profile.samples.length; i += 1) {
    const node = profile.samples[i];
    if (idle.has(node)) continue;
    const delta = profile.timeDeltas[i + 1] ?? 0;
    busyTime += delta;
    if (belongs(node)) inOriginTime += delta;
  }
  return busyTime === 0 ? 0 : inOriginTime / busyTime;
}
