// Time spent in the content script, from a V8 CPU profile of the page's main thread (CDP
// Profiler, sampled every 50 µs): a sample counts when any frame of its stack belongs to a file
// under the extension's origin, so native calls the content script makes (URL parsing, DOM)
// count as its own, and so does deferred work it schedules.
// https://chromedevtools.github.io/devtools-protocol/tot/Profiler/

/** @param {import('playwright-core').CDPSession} session */
export async function startProfile(session) {
  await session.send('Profiler.enable');
  await session.send('Profiler.setSamplingInterval', { interval: 50 });
  await session.send('Profiler.start');
}

/**
 * Stops the profile and returns the milliseconds of samples with a frame from `origin`.
 * @param {import('playwright-core').CDPSession} session
 * @param {string} origin e.g. chrome-extension://<id>/
 */
export async function stopProfile(session, origin) {
  const { profile } = await session.send('Profiler.stop');
  const parent = new Map();
  const own = new Map();
  for (const node of profile.nodes) {
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
  let microseconds = 0;
  let total = 0;
  // timeDeltas[i] is the time since the previous sample: it belongs to sample i - 1's stack.
  for (let i = 0; i + 1 < profile.samples.length; i += 1) {
    const delta = profile.timeDeltas[i + 1] ?? 0;
    total += delta;
    if (belongs(profile.samples[i])) microseconds += delta;
  }
  return { ms: microseconds / 1000, profiledMs: total / 1000 };
}
