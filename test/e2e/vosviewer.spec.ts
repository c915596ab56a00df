import { expect, test } from './fixtures';
import { nodePosition, waitForGraph } from './helpers';

const FIXTURES = new URL('../../fixtures/import/', import.meta.url).pathname;

test('a VOSviewer map opens on its own positions, with its clusters ready for colouring', async ({ page }) => {
  await page.goto('./');
  await waitForGraph(page);
  await page.getByLabel('Load data').setInputFiles(FIXTURES + 'vosviewer-online.json');
  await expect(page.getByRole('status', { name: 'Dataset summary' })).toHaveText('5 organisations · 5 ties');
  await waitForGraph(page);

  // The first layout is the file's map, and the selector says so.
  const layout = page.getByRole('combobox', { name: 'Layout' });
  await expect(layout.locator('option:checked')).toHaveText('From the file (x, y)');
  await expect(page.getByRole('note').filter({ hasText: 'no x/y' })).toHaveText(
    '1 organisation has no x/y in the data: placed near the organisations they are tied to, or below the map.',
  );

  // Relative places as VOSviewer draws them (its y axis points up): Leiden (-0.6, 0.4) is left of
  // Delft (0.5, 0.3) and above Erasmus (-0.2, -0.5); TNO (0.7, -0.2) is right of Erasmus and below Delft.
  const [leiden, delft, erasmus, tno, naturalis] = await Promise.all(
    ['1', '2', '3', '4', '5'].map((id) => nodePosition(page, id)),
  );
  expect(leiden!.x).toBeLessThan(delft!.x);
  expect(leiden!.y).toBeLessThan(erasmus!.y);
  expect(tno!.x).toBeGreaterThan(erasmus!.x);
  expect(tno!.y).toBeGreaterThan(delft!.y);
  // Naturalis has no position: it is placed next to Leiden, its only tie.
  const gap = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.hypot(a.x - b.x, a.y - b.y);
  expect(gap(naturalis!, leiden!)).toBeLessThan(gap(leiden!, delft!));

  // The report says the positions were used.
  await page.getByRole('tab', { name: 'Import report' }).click();
  await expect(page.getByRole('region', { name: 'Import report' })).toContainText('Positions used');
  await page.getByRole('tab', { name: 'Graph' }).click();

  // Clusters colour the map, named as the file names them.
  await page.getByRole('combobox', { name: 'Colour by' }).selectOption({ label: 'Cluster' });
  const colours = page.getByRole('list', { name: 'Colours' });
  await expect(colours).toContainText('Leiden-Rotterdam');
  await expect(colours).toContainText('Delft');

  // Force-directed is one choice away.
  await layout.selectOption({ label: 'Force-directed' });
  await waitForGraph(page);
  await expect(layout.locator('option:checked')).toHaveText('Force-directed');
});
