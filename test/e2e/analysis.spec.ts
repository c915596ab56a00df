import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures';
import { waitForGraph } from './helpers';

test('ranking organisations by a metric, exporting the table, and reading the groups', async ({ page }) => {
  await page.goto('./');
  await waitForGraph(page);
  await page.getByRole('tab', { name: 'Metrics' }).click();
  const table = page.getByRole('table', { name: /Organisations and their metrics/ });
  await expect(table).toBeVisible();

  // Rank by betweenness: the header says so and the first organisation is a broker.
  await table.getByRole('button', { name: /^Betweenness(?! change)/ }).click();
  await expect(table.getByRole('columnheader', { name: /^Betweenness(?! change)/ })).toHaveAttribute(
    'aria-sort',
    'descending',
  );
  const headers = await table.getByRole('columnheader').allTextContents();
  const column = headers.findIndex((text) => text.startsWith('Betweenness')) - 1; // the name is a row header, not a cell
  const values = [];
  for (let row = 0; row < 5; row++)
    values.push(Number(await table.locator('tbody tr').nth(row).getByRole('cell').nth(column).textContent()));
  expect(values).toEqual([...values].sort((a, b) => b - a));
  expect(values[0]).toBeGreaterThan(0);

  // Only universities, then a search.
  await page.getByRole('combobox', { name: 'Role' }).selectOption({ label: 'Knowledge (universities)' });
  await page.getByRole('searchbox', { name: 'Search organisations' }).fill('lyon');
  await expect(table.getByRole('rowheader')).toHaveText(['Université Claude Bernard Lyon 1']);

  // Export what is shown.
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const download = await downloadPromise;
  const csv = await readFile((await download.path())!, 'utf8');
  expect(csv.split('\r\n')[0]).toMatch(/^id,name,role,city,degree,weightedDegree,betweenness/);
  expect(csv).toContain('Université Claude Bernard Lyon 1,Knowledge (universities),Lyon');

  // Clicking the name shows its metrics in the inspector.
  await table.getByRole('button', { name: 'Université Claude Bernard Lyon 1' }).click();
  const inspector = page.getByRole('region', { name: 'Inspector' });
  await expect(inspector.getByLabel('Metrics')).toContainText('Degree');

  // Groups: coverage, the city matrix, then grouping by role.
  await page.getByRole('tab', { name: 'Groups' }).click();
  await expect(page.getByText('Cluster-system coverage')).toBeVisible();
  await expect(
    page.getByRole('table', { name: /Ties between groups/ }).getByRole('columnheader', { name: 'Lyon' }),
  ).toBeVisible();
  await page.getByRole('combobox', { name: 'Group organisations by' }).selectOption('role');
  await expect(page.getByRole('heading', { name: 'Ties between groups (role × role)' })).toBeVisible();
  await expect(
    page.getByRole('table', { name: /Ties between groups/ }).getByRole('columnheader', { name: 'Intermediary' }),
  ).toBeVisible();
  await expect(page.getByText('Undirected ties count in both directions')).toBeVisible();
});
