// Keeping the work at scale: writing a freshly loaded data set to IndexedDB, a CSV export, and
// the restore on reload. Run: BENCH_PORT=<port> npm run bench -- --only "keep the work" --runs 2
import { generateClusteredNetwork } from '../generate.mjs';

const mark = (page, name) =>
  page.evaluate((n) => performance.getEntriesByName(`clusnet:${n}`).at(-1)?.startTime ?? NaN, name);

/** Longest main-thread task that started inside [from, to] (ms since navigation). */
const longestTaskBetween = (page, from, to) =>
  page.evaluate(
    ([a, b]) => Math.max(0, ...window.__longTasks.filter((t) => t.start >= a && t.start <= b).map((t) => t.duration)),
    [from, to],
  );

const keepTheWork = (n) => ({
  name: `keep the work: ${n / 1000}k organisations / ${(4 * n) / 1000}k ties`,
  async run(page, { base }) {
    const { organisations, ties } = generateClusteredNetwork(n);
    await page.goto(base);
    await page.waitForSelector('[data-layout="done"]', { timeout: 60_000 });
    await page.getByRole('status', { name: 'Save status' }).filter({ hasText: 'Saved in this browser' }).waitFor();
    await page.evaluate(() => performance.clearMarks());
    await page.getByLabel('Load data').setInputFiles([
      { name: 'orgs.csv', mimeType: 'text/csv', buffer: Buffer.from(organisations) },
      { name: 'ties.csv', mimeType: 'text/csv', buffer: Buffer.from(ties) },
    ]);
    await page.waitForFunction(
      () =>
        performance.getEntriesByName('clusnet:layout-end').length > 0 &&
        performance.getEntriesByName('clusnet:save-end').length > 0,
      null,
      { timeout: 600_000, polling: 100 },
    );
    const [saveStart, saveEnd, importStart, drawn] = await Promise.all(
      ['save-start', 'save-end', 'import-start', 'layout-end'].map((name) => mark(page, name)),
    );
    const saveTask = await longestTaskBetween(page, saveStart - 1, saveEnd);

    await page.getByRole('button', { name: 'Export' }).click();
    const exportStart = await page.evaluate(() => performance.now());
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Organisations (CSV)' }).click(),
    ]);
    await download.path();
    const exported = await page.evaluate(() => performance.now());

    await page.reload();
    await page.waitForSelector('[data-layout="done"]', { timeout: 600_000 });
    await page.waitForFunction(
      (count) => document.querySelector('[aria-label="Dataset summary"]')?.textContent?.startsWith(count),
      n.toLocaleString('en-GB'),
      { timeout: 600_000 },
    );
    return {
      'write to IndexedDB (save-start → save-end)': saveEnd - saveStart,
      'longest main-thread task during the write': saveTask,
      'organisations CSV export (click → file)': exported - exportStart,
      'file chosen → drawn (import path)': drawn - importStart,
      'reload → restored graph drawn': await mark(page, 'layout-end'),
    };
  },
});

// 20k is left out: on the shared 2-core machine its main-thread layout alone passes 10 minutes.
export const cases = [keepTheWork(1000), keepTheWork(5000)];
