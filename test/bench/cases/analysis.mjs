// Analysis cases: every metric for generated networks, computed in the worker after loading,
// then again after a change of parameters (which isolates the analysis from the first layout).
import { generateClusteredNetwork } from '../generate.mjs';

const marks = (page, name) =>
  page.evaluate((mark) => performance.getEntriesByName(`clusnet:${mark}`).map((m) => m.startTime), name);

/** Longest main-thread task (ms) overlapping [from, to] (ms since navigation). */
const longestTask = (page, from, to) =>
  page.evaluate(
    ([a, b]) =>
      Math.max(
        0,
        ...window.__longTasks.filter((t) => t.start + t.duration >= a && t.start <= b).map((t) => t.duration),
      ),
    [from, to],
  );

/** Wait until the n-th analysis has finished. */
const analysisDone = (page, count) =>
  page.waitForFunction((n) => performance.getEntriesByName('clusnet:analysis-end').length >= n, count, {
    timeout: 1_500_000,
    polling: 200,
  });

const analysisCase = (n, tiesPerOrganisation) => ({
  name: `analysis ${n / 1000}k organisations / ${(n * tiesPerOrganisation) / 1000}k ties`,
  runs: n >= 20000 ? 1 : undefined, // one 20k run takes minutes here (import, force layout, two analyses)
  async run(page, { base }) {
    const { organisations, ties } = generateClusteredNetwork(n, tiesPerOrganisation);
    await page.goto(base);
    await analysisDone(page, 1); // the demo's analysis
    await page.getByLabel('Load data').setInputFiles([
      { name: 'orgs.csv', mimeType: 'text/csv', buffer: Buffer.from(organisations) },
      { name: 'ties.csv', mimeType: 'text/csv', buffer: Buffer.from(ties) },
    ]);
    await analysisDone(page, 2);
    await page.waitForFunction(() => performance.getEntriesByName('clusnet:layout-end').length >= 2, null, {
      timeout: 1_500_000,
      polling: 250,
    });
    const [, firstStart] = await marks(page, 'analysis-start');
    const [, firstEnd] = await marks(page, 'analysis-end');
    // A new resolution recomputes every structure metric; nothing else runs meanwhile.
    await page.getByRole('tab', { name: 'Metrics' }).click();
    await page.getByRole('combobox', { name: 'Community resolution' }).selectOption('1.5');
    await analysisDone(page, 3);
    const [, , againStart] = await marks(page, 'analysis-start');
    const [, , againEnd] = await marks(page, 'analysis-end');
    return {
      'load → metrics shown (worker, beside the layout worker)': firstEnd - firstStart,
      'all metrics again (new resolution)': againEnd - againStart,
      'longest main-thread task during re-analysis': await longestTask(page, againStart, againEnd),
    };
  },
});

export const cases = [analysisCase(5000, 4), analysisCase(20000, 5)];
