import { expect, test } from './fixtures';
import { DEMO_DIR, clickNode, demoCounts, waitForGraph } from './helpers';

test('loading the demo CSVs through "Load data" gives the same summary', async ({ page }) => {
  await page.goto('./');
  await waitForGraph(page);
  const { organisations, ties } = demoCounts();
  await page.getByLabel('Load data').setInputFiles([DEMO_DIR + 'organisations.csv', DEMO_DIR + 'ties.csv']);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('organisations.csv + ties.csv');
  await expect(page.getByRole('status', { name: 'Dataset summary' })).toHaveText(
    `${organisations} organisations · ${ties} ties`,
  );
  await expect(page.getByText('Illustrative data: CLUSNET cities, invented ties')).toHaveCount(0);
  await waitForGraph(page);
});

test('a broken file shows a clear message and the loaded data set stays', async ({ page }) => {
  await page.goto('./');
  await waitForGraph(page);
  const summary = await page.getByRole('status', { name: 'Dataset summary' }).textContent();
  await page
    .getByLabel('Load data')
    .setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"organisations": [') });
  await expect(page.getByRole('alert')).toContainText('broken.json');
  await expect(page.getByRole('alert')).toContainText('not valid JSON');
  await expect(page.getByRole('status', { name: 'Dataset summary' })).toHaveText(summary!);
});

test('labels are drawn as text, never as HTML', async ({ page }) => {
  await page.goto('./');
  await waitForGraph(page);
  const hostile = 'id,name,type\nx1,"<img src=x onerror=""window.__pwned=1"">",Firm\nx2,<b>bold</b>,University\n';
  const ties = 'source,target\nx1,x2\n';
  await page.getByLabel('Load data').setInputFiles([
    { name: 'orgs.csv', mimeType: 'text/csv', buffer: Buffer.from(hostile) },
    { name: 'ties.csv', mimeType: 'text/csv', buffer: Buffer.from(ties) },
  ]);
  await expect(page.getByRole('status', { name: 'Dataset summary' })).toHaveText('2 organisations · 1 tie');
  await waitForGraph(page);
  await clickNode(page, 'x2');
  await expect(page.getByRole('heading', { name: '<b>bold</b>', exact: true })).toBeVisible();
  await page.getByRole('button', { name: '<img src=x onerror="window.__pwned=1">' }).click();
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
});
