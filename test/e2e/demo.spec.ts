import { expect, test } from './fixtures';
import { clickNode, demoCounts, waitForGraph } from './helpers';

test('the demo opens under a sub-path with no console error and no outside request', async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const outside: string[] = [];
  const consoleErrors: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) outside.push(url);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));

  await page.goto('./');
  const { organisations, ties } = demoCounts();
  await expect(page.getByRole('status', { name: 'Dataset summary' })).toHaveText(
    `${organisations} organisations · ${ties} ties`,
  );
  await expect(page.getByText('Illustrative data: CLUSNET cities, invented ties')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('CLUSNET');
  await waitForGraph(page);

  expect(outside).toEqual([]);
  expect(consoleErrors).toEqual([]);
});

test('the legend shows every role of the cluster system with the colours drawn', async ({ page }) => {
  await page.goto('./');
  await waitForGraph(page);
  const legend = page.getByRole('region', { name: 'Roles' });
  for (const role of [
    'Business',
    'Knowledge (universities)',
    'Research',
    'Government',
    'Capital',
    'Skills (training)',
    'Intermediary',
  ]) {
    await expect(legend.getByText(role, { exact: true })).toBeVisible();
  }
  // Every colour the canvas draws appears in the legend.
  const drawn = await page.evaluate(() => {
    const cy = (window as unknown as { __clusnetCy: import('cytoscape').Core }).__clusnetCy;
    return [...new Set(cy.nodes().map((node) => node.style('background-color') as string))];
  });
  const swatches = await legend
    .locator('.swatch')
    .evaluateAll((spans) => spans.map((span) => getComputedStyle(span).backgroundColor));
  const normalise = (colours: string[]) => new Set(colours.map((colour) => colour.replace(/\s+/g, '')));
  expect(normalise(drawn)).toEqual(normalise(swatches));
});

test('clicking an organisation opens its inspector with its neighbours', async ({ page }) => {
  await page.goto('./');
  await waitForGraph(page);
  await clickNode(page, 'brussels-eurocities');
  const inspector = page.getByRole('region', { name: 'Inspector' });
  await expect(inspector.getByRole('heading', { name: 'EUROCITIES' })).toBeVisible();
  await expect(inspector.getByText('Network', { exact: true })).toBeVisible();
  const neighbours = inspector.getByRole('list', { name: 'Neighbours by Membership' });
  await expect(neighbours.getByRole('button', { name: 'Grand Lyon' })).toBeVisible();
  await neighbours.getByRole('button', { name: 'Grand Lyon' }).click();
  await expect(inspector.getByRole('heading', { name: 'Grand Lyon' })).toBeVisible();
});
