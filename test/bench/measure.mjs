// Measurements shared by the scale cases: long tasks, drag-pan frame rate, JS heap, CPU profile.

/** Longest main-thread task (ms) overlapping [from, to] (ms since navigation), from window.__longTasks. */
export const longestTask = (page, from, to = Infinity) =>
  page.evaluate(
    ([a, b]) =>
      Math.max(
        0,
        ...window.__longTasks.filter((t) => t.start + t.duration >= a && t.start <= b).map((t) => t.duration),
      ),
    [from, to],
  );

/**
 * Frames per second while dragging the view from an empty corner of `selector` for about two
 * seconds, and the longest task meanwhile.
 */
export async function dragPan(page, selector) {
  await page.waitForTimeout(500);
  const box = await page.locator(selector).boundingBox();
  const [x, y] = [box.x + 8, box.y + 8];
  const since = await page.evaluate(() => {
    window.__frames = 0;
    const tick = () => {
      window.__frames++;
      if (window.__counting) requestAnimationFrame(tick);
    };
    window.__counting = true;
    requestAnimationFrame(tick);
    return performance.now();
  });
  const start = Date.now();
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let i = 0; i < 60; i++)
    await page.mouse.move(x + 200 * Math.sin(i / 6), y + 120 * Math.abs(Math.cos(i / 8)), { steps: 2 });
  await page.mouse.up();
  const frames = await page.evaluate(() => {
    window.__counting = false;
    return window.__frames;
  });
  const fps = (frames * 1000) / (Date.now() - start);
  await page.waitForTimeout(200); // long-task entries arrive a little late
  return { fps, longest: await longestTask(page, since) };
}

/** JS heap in use after a full garbage collection (MB). */
export async function heapMB(page) {
  const session = await page.context().newCDPSession(page);
  await session.send('HeapProfiler.collectGarbage');
  const { usedSize } = await session.send('Runtime.getHeapUsage');
  await session.detach();
  return usedSize / 1024 / 1024;
}

/** Start V8's sampling profiler (1 ms); `stop()` resolves with the profile. */
export async function startProfile(page) {
  const session = await page.context().newCDPSession(page);
  await session.send('Profiler.enable');
  await session.send('Profiler.setSamplingInterval', { interval: 1000 });
  await session.send('Profiler.start');
  return {
    async stop() {
      const { profile } = await session.send('Profiler.stop');
      await session.detach();
      return profile;
    },
  };
}

// Samples that end a stretch of JavaScript: idle time, and '(program)' (the browser's own work
// between tasks). The garbage collector counts as busy: it runs inside tasks. A stretch is
// therefore an approximation of a long task; the Chrome trace has the exact ones.
const IDLE = new Set(['(idle)', '(program)']);

/**
 * The long tasks in a CPU profile (stretches of consecutive busy samples longer than `minMs`),
 * longest first, each with the functions that hold most of its self time.
 */
export function longTasksOf(profile, { minMs = 50, top = 6, tasks = 5 } = {}) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const name = (node) => {
    const { functionName, url, lineNumber } = node.callFrame;
    const file = url ? url.split('/').at(-1) : '';
    return `${functionName || '(anonymous)'}${file ? ` ${file}:${lineNumber + 1}` : ''}`;
  };
  const stretches = [];
  let current = null;
  for (let i = 0; i < profile.samples.length; i++) {
    const node = byId.get(profile.samples[i]);
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const label = name(node);
    if (!IDLE.has(node.callFrame.functionName)) {
      current ??= { ms: 0, self: new Map() };
      current.ms += dt;
      current.self.set(label, (current.self.get(label) ?? 0) + dt);
    } else if (current) {
      stretches.push(current);
      current = null;
    }
  }
  if (current) stretches.push(current);
  return stretches
    .filter((stretch) => stretch.ms >= minMs)
    .sort((a, b) => b.ms - a.ms)
    .slice(0, tasks)
    .map((stretch) => ({
      ms: Math.round(stretch.ms),
      functions: [...stretch.self.entries()]
        .sort((a, b) => b[1] - a[1])
        .slice(0, top)
        .map(([fn, ms]) => `${Math.round(ms)} ms ${fn}`),
    }));
}
