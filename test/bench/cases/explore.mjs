// Explore cases: how long a filter change takes to reach the canvas on a large network.
// Measured from the filter control's change (mark clusnet:filter-change, set by the filter panel)
// to the visibility applied in cy.batch() (mark clusnet:filter-applied, set by VisibilityController).
import { openWithNetwork } from '../loadNetwork.mjs';

const N = 5000;

/** Run a UI action and return ms from filter-change to filter-applied, and the longest task meanwhile. */
async function timeFilterChange(page, action) {
  await page.evaluate(() => performance.clearMarks());
  const since = await page.evaluate(() => performance.now());
  await action();
  await page.waitForFunction(
    () =>
      performance.getEntriesByName('clusnet:filter-applied').length > 0 &&
      performance.getEntriesByName('clusnet:filter-change').length > 0,
    null,
    { timeout: 30_000 },
  );
  return page.evaluate((from) => {
    const change = performance.getEntriesByName('clusnet:filter-change')[0].startTime;
    const applied = performance.getEntriesByName('clusnet:filter-applied').at(-1).startTime;
    const longest = Math.max(0, ...window.__longTasks.filter((t) => t.start >= from).map((t) => t.duration));
    return { applied: applied - change, longest };
  }, since);
}

const filterChange = {
  name: `explore: filter change at ${N / 1000}k organisations / ${(4 * N) / 1000}k ties`,
  async run(page, { base }) {
    await openWithNetwork(page, base, N);
    const filters = page.getByRole('region', { name: 'Filters' });
    await filters.locator('summary').filter({ hasText: /^City/ }).click();
    const city = await timeFilterChange(page, () => filters.getByRole('checkbox', { name: /^Lyon/ }).check());
    const isolated = await timeFilterChange(page, () =>
      filters.getByRole('checkbox', { name: 'Hide organisations without ties' }).check(),
    );
    const years = await timeFilterChange(page, async () => {
      await filters.getByRole('slider', { name: 'To year' }).focus();
      await page.keyboard.press('Home');
    });
    const weight = await timeFilterChange(page, () =>
      filters.getByRole('spinbutton', { name: 'Minimum tie weight' }).fill('3'),
    );
    const clear = await timeFilterChange(page, () => filters.getByRole('button', { name: 'Clear filters' }).click());
    return {
      'filter: city (change → applied)': city.applied,
      'filter: hide isolated': isolated.applied,
      'filter: year range': years.applied,
      'filter: minimum weight': weight.applied,
      'filter: clear all (every element shown again)': clear.applied,
      'longest task: city': city.longest,
      'longest task: hide isolated': isolated.longest,
      'longest task: year range': years.longest,
      'longest task: minimum weight': weight.longest,
      'longest task: clear all': clear.longest,
    };
  },
};

export const cases = [filterChange];
