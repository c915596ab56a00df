// Shared by the bench cases: open the app, then load a generated network through "Load data"
// and wait until it is drawn and laid out.
import { generateClusteredNetwork } from './generate.mjs';

const TIMEOUT = 600_000;

/** Open the app on the demo and wait for its first layout. */
export async function openApp(page, base) {
  await page.goto(base);
  await page.waitForSelector('[data-layout="done"]', { timeout: TIMEOUT });
}

/** Load two CSV tables (strings) and wait for their layout; the demo's marks are cleared first. */
export async function loadTables(page, { organisations, ties }) {
  await page.evaluate(() => performance.clearMarks());
  await page.getByLabel('Load data').setInputFiles([
    { name: 'orgs.csv', mimeType: 'text/csv', buffer: Buffer.from(organisations) },
    { name: 'ties.csv', mimeType: 'text/csv', buffer: Buffer.from(ties) },
  ]);
  await page.waitForFunction(
    () =>
      document.querySelector('[data-layout="done"]') && performance.getEntriesByName('clusnet:layout-end').length > 0,
    null,
    {
      timeout: TIMEOUT,
      polling: 250,
    },
  );
}

/** Open the app and load a generated clustered network of n organisations (n = 0: the demo only). */
export async function openWithNetwork(page, base, n) {
  await openApp(page, base);
  if (n) await loadTables(page, generateClusteredNetwork(n));
}
