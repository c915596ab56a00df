import { expect, test } from '@playwright/test';
import { waitForGraph } from './helpers';

/** 5,000 organisations in clusters of 50, each tied to the next four of its cluster: 20,000 ties. */
function largeNetwork(): { organisations: string; ties: string } {
  const organisations = ['id,name,type,city'];
  const ties = ['source,target,weight'];
  const cities = ['Lyon', 'Munich', 'Leipzig', 'Helsinki', 'Budapest'];
  for (let i = 0; i < 5000; i++) {
    organisations.push(`o${i},Organisation ${i},Firm,${cities[Math.floor(i / 50) % cities.length]}`);
    const start = i - (i % 50);
    for (let k = 1; k <= 4; k++) ties.push(`o${i},o${start + ((i - start + k) % 50)},${k}`);
  }
  return { organisations: organisations.join('\n') + '\n', ties: ties.join('\n') + '\n' };
}

test('the page answers a click while a 5,000-organisation network is being drawn', async ({ page }) => {
  test.setTimeout(300_000);
  await page.goto('./');
  await waitForGraph(page);
  const { organisations, ties } = largeNetwork();
  await page.getByLabel('Load data').setInputFiles([
    { name: 'organisations.csv', mimeType: 'text/csv', buffer: Buffer.from(organisations) },
    { name: 'ties.csv', mimeType: 'text/csv', buffer: Buffer.from(ties) },
  ]);
  // The new network is on the canvas but not all of it yet: organisations come first, ties after.
  await page.waitForFunction(
    () => {
      const cy = (window as unknown as { __clusnetCy?: import('cytoscape').Core }).__clusnetCy;
      return !!cy && !cy.destroyed() && cy.nodes().length === 5000 && cy.edges().length < 20000;
    },
    null,
    { timeout: 120_000, polling: 'raf' },
  );
  const table = page.getByRole('tab', { name: 'Table' });
  await table.click();
  await expect(table).toHaveAttribute('aria-selected', 'true');
  // And the drawing carries on to the end.
  await page.getByRole('tab', { name: 'Graph' }).click();
  await expect(page.locator('[data-layout="done"]')).toHaveCount(1, { timeout: 240_000 });
  expect(
    await page.evaluate(
      () => (window as unknown as { __clusnetCy: import('cytoscape').Core }).__clusnetCy.edges().length,
    ),
  ).toBeGreaterThan(0);
});
