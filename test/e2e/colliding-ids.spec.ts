import { expect, test } from './fixtures';
import { waitForGraph } from './helpers';

/** Organisations named like tie ids and like Object.prototype's keys, with ties among them all. */
const IDS = ['t0', 't1', 't2', 'e0', '__proto__', 'constructor'];
const ORGANISATIONS = ['id,name,type,city', ...IDS.map((id) => `${id},Org ${id},Firm,Lyon`)].join('\n');
const TIES = [
  'id,source,target',
  't0,t0,t1',
  't1,t1,t2',
  't2,t2,e0',
  't3,e0,t0',
  'e0,__proto__,constructor',
  'n:t0,constructor,t0',
].join('\n');

test('organisations whose ids look like tie ids or object keys keep every tie and every metric', async ({ page }) => {
  await page.goto('./');
  await waitForGraph(page);
  await page.getByLabel('Load data').setInputFiles([
    { name: 'organisations.csv', mimeType: 'text/csv', buffer: Buffer.from(ORGANISATIONS) },
    { name: 'ties.csv', mimeType: 'text/csv', buffer: Buffer.from(TIES) },
  ]);
  await expect(page.getByRole('status', { name: 'Dataset summary' })).toHaveText('6 organisations · 6 ties');
  await waitForGraph(page);
  await expect(page.locator('.graph-canvas')).toHaveAttribute('data-visible', '6/6');

  // What the canvas draws: every organisation, every tie, each tie between the organisations it names.
  const drawn = await page.evaluate(() => {
    const cy = (window as unknown as { __clusnetCy: import('cytoscape').Core }).__clusnetCy;
    const label = (element: import('cytoscape').NodeSingular) => String(element.data('label'));
    return {
      nodes: cy.nodes().map(label).sort(),
      ties: cy
        .edges()
        .map((edge) => `${label(edge.source())} – ${label(edge.target())}`)
        .sort(),
    };
  });
  expect(drawn.nodes).toEqual(IDS.map((id) => `Org ${id}`).sort());
  expect(drawn.ties).toEqual(
    [
      'Org t0 – Org t1',
      'Org t1 – Org t2',
      'Org t2 – Org e0',
      'Org e0 – Org t0',
      'Org __proto__ – Org constructor',
      'Org constructor – Org t0',
    ].sort(),
  );

  // Every organisation has every metric in the table.
  await page.getByRole('tab', { name: 'Metrics' }).click();
  const table = page.getByRole('table', { name: /Organisations and their metrics/ });
  await expect(table.getByRole('rowheader')).toHaveCount(IDS.length);
  const headers = await table.getByRole('columnheader').allTextContents();
  expect(headers.some((text) => text.startsWith('Betweenness'))).toBe(true);
  for (const id of IDS) {
    const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: `Org ${id}` }) });
    const cells = await row.getByRole('cell').allTextContents();
    expect(cells.length, `cells of ${id}`).toBeGreaterThan(5);
    expect(
      cells.filter((text) => text.trim() === '' || text.trim() === '—'),
      `missing metrics of ${id}`,
    ).toEqual([]);
  }
  const degreeColumn = headers.findIndex((text) => text.startsWith('Degree')) - 1;
  const degreeOf = async (id: string) =>
    table
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: `Org ${id}` }) })
      .getByRole('cell')
      .nth(degreeColumn)
      .textContent();
  expect(await degreeOf('__proto__')).toBe('1');
  expect(await degreeOf('constructor')).toBe('2');
  expect(await degreeOf('t0')).toBe('3');
});
