// Foundation cases: the demo's time to drawn graph, and generated clustered networks.
import { generateClusteredNetwork } from '../generate.mjs';

/** Marks the app sets (src/perf.ts), in ms since navigation. */
const marks = (page) =>
  page.evaluate(() =>
    Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name.replace('clusnet:', ''), m.startTime])),
  );

/** Longest main-thread task (ms) since `since` (ms since navigation). */
const longestTask = (page, since) =>
  page.evaluate(
    (from) => Math.max(0, ...window.__longTasks.filter((t) => t.start >= from).map((t) => t.duration)),
    since,
  );

const demo = {
  name: 'demo: navigation to graph drawn',
  async run(page, { base }) {
    await page.goto(base);
    await page.waitForSelector('[data-layout="done"]', { timeout: 60_000 });
    const m = await marks(page);
    return { 'navigation → demo drawn': m['layout-end'], 'longest main-thread task': await longestTask(page, 0) };
  },
};

const generated = (n) => ({
  name: `generated ${n / 1000}k organisations / ${(4 * n) / 1000}k ties`,
  runs: n >= 20000 ? 2 : undefined,
  timeout: n >= 20000 ? 240_000 : 120_000,
  async run(page, { base, timeout }) {
    const { organisations, ties } = generateClusteredNetwork(n);
    await page.goto(base);
    await page.waitForSelector('[data-layout="done"]', { timeout: 60_000 });
    await page.evaluate(() => performance.clearMarks());
    const since = await page.evaluate(() => performance.now());
    await page.getByLabel('Load data').setInputFiles([
      { name: 'orgs.csv', mimeType: 'text/csv', buffer: Buffer.from(organisations) },
      { name: 'ties.csv', mimeType: 'text/csv', buffer: Buffer.from(ties) },
    ]);
    await page.waitForFunction(
      () =>
        document.querySelector('[data-layout="done"]') && performance.getEntriesByName('clusnet:layout-end').length > 0,
      null,
      { timeout, polling: 250 },
    );
    const m = await marks(page);
    return {
      'parse + import (worker)': m['import-end'] - m['import-start'],
      'build + first render': m['canvas-ready'] - m['import-end'],
      'layout (ForceAtlas2 worker)': m['layout-end'] - m['canvas-ready'],
      'file chosen → drawn': m['layout-end'] - m['import-start'],
      'longest main-thread task': await longestTask(page, since),
    };
  },
});

export const cases = [demo, generated(1000), generated(5000), generated(20000)];
