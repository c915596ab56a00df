import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import Papa from 'papaparse';
import { expect, test } from './fixtures';
import { DEMO_DIR, waitForGraph } from './helpers';

type Cy = import('cytoscape').Core;

/** The demo's organisations, read independently of the app. */
const demoRows = () =>
  Papa.parse<Record<string, string>>(readFileSync(DEMO_DIR + 'organisations.csv', 'utf8'), {
    header: true,
    skipEmptyLines: 'greedy',
  }).data;

const modelPosition = (page: Page, id: string) =>
  page.evaluate(
    (nodeId) => ({
      ...(window as unknown as { __clusnetCy: Cy }).__clusnetCy.getElementById(`n:${nodeId}`).position(),
    }),
    id,
  );

async function chooseLayout(page: Page, label: string): Promise<void> {
  await page.getByRole('combobox', { name: 'Layout' }).selectOption({ label });
  await waitForGraph(page);
}

test('colour by a numeric attribute: the legend shows the scale with its minimum and maximum', async ({ page }) => {
  await page.goto('./');
  await waitForGraph(page);
  await page.getByRole('combobox', { name: 'Colour by' }).selectOption({ label: 'founded (scale)' });
  const legend = page.getByRole('region', { name: 'Colour: founded' });
  const years = demoRows()
    .map((row) => Number(row['founded'] || Number.NaN))
    .filter(Number.isFinite);
  await expect(legend.getByTestId('legend-min')).toHaveText(String(Math.min(...years)));
  await expect(legend.getByTestId('legend-max')).toHaveText(String(Math.max(...years)));
  const missing = demoRows().length - years.length;
  await expect(legend.getByText(`no value: ${missing}`)).toBeVisible();
  // The oldest organisation is drawn in the scale's first colour (viridis #440154).
  const oldest = demoRows().find((row) => Number(row['founded']) === Math.min(...years))!['id']!;
  const drawn = await page.evaluate(
    (id) => (window as unknown as { __clusnetCy: Cy }).__clusnetCy.getElementById(`n:${id}`).style('background-color'),
    oldest,
  );
  expect(drawn.replace(/\s/g, '')).toBe('rgb(68,1,84)');
});

test('the geographic layout puts organisations at their city, over a map of Europe', async ({ page }) => {
  await page.goto('./');
  await waitForGraph(page);
  await chooseLayout(page, 'Map of Europe');
  await expect(page.getByTestId('basemap')).toBeVisible();
  await expect(page.getByTestId('basemap')).toHaveAttribute('data-ready', 'true');
  // Projection (docs/development.md, "Appearance and layouts"): x = lon × 111.32 × cos 52°, y = −lat × 111.32; one unit ≈ 1 km.
  const expected = (lat: number, lon: number) => ({
    x: lon * 111.32 * Math.cos((52 * Math.PI) / 180),
    y: -lat * 111.32,
  });
  const cities: [string, number, number][] = [
    ['Munich', 48.14, 11.58],
    ['Helsinki', 60.17, 24.94],
    ['Barcelona', 41.39, 2.17],
  ];
  for (const [city, lat, lon] of cities) {
    const ids = demoRows()
      .filter((row) => row['city'] === city)
      .map((row) => row['id']!);
    const positions = await Promise.all(ids.map((id) => modelPosition(page, id)));
    const centre = {
      x: positions.reduce((s, p) => s + p.x, 0) / ids.length,
      y: positions.reduce((s, p) => s + p.y, 0) / ids.length,
    };
    const target = expected(lat, lon);
    // The organisations of a city are gathered around it (their centre within 80 km of it).
    expect(Math.hypot(centre.x - target.x, centre.y - target.y), `organisations of ${city}`).toBeLessThan(80);
  }
  // On screen: Helsinki is north-east of Barcelona.
  const screen = (id: string) =>
    page.evaluate(
      (nodeId) =>
        (window as unknown as { __clusnetCy: Cy }).__clusnetCy.getElementById(`n:${nodeId}`).renderedPosition(),
      id,
    );
  const helsinki = await screen(demoRows().find((row) => row['city'] === 'Helsinki')!['id']!);
  const barcelona = await screen(demoRows().find((row) => row['city'] === 'Barcelona')!['id']!);
  expect(helsinki.y).toBeLessThan(barcelona.y);
  expect(helsinki.x).toBeGreaterThan(barcelona.x);
});

test('switching back to a layout restores its positions without running it again', async ({ page }) => {
  await page.goto('./');
  await waitForGraph(page);
  const before = await modelPosition(page, 'brussels-eurocities');
  await chooseLayout(page, 'Grouped by city');
  await expect.poll(() => modelPosition(page, 'brussels-eurocities')).not.toEqual(before);
  await chooseLayout(page, 'Force-directed');
  await expect.poll(() => modelPosition(page, 'brussels-eurocities')).toEqual(before);
});

test('city view: collapse into one node per city and expand back', async ({ page }) => {
  await page.goto('./');
  await waitForGraph(page);
  const rows = demoRows();
  const before = await modelPosition(page, 'lyon-grand-lyon');
  await page.getByRole('combobox', { name: 'Show' }).selectOption({ label: 'One node per city' });
  const legend = page.getByRole('region', { name: 'One circle per city' });
  const lyonCount = rows.filter((row) => row['city'] === 'Lyon').length;
  await expect(legend.getByText('Lyon', { exact: true })).toBeVisible();
  const nodes = () =>
    page.evaluate(() =>
      (window as unknown as { __clusnetCy: Cy }).__clusnetCy.nodes().map((node) => node.data('label') as string),
    );
  await expect.poll(nodes).toContain(`Lyon (${lyonCount})`);
  expect((await nodes()).length).toBe(new Set(rows.map((row) => row['city'])).size);
  await page.getByRole('combobox', { name: 'Show' }).selectOption({ label: 'Every organisation' });
  await expect.poll(async () => (await nodes()).length).toBe(rows.length);
  await waitForGraph(page);
  expect(await modelPosition(page, 'lyon-grand-lyon')).toEqual(before);
});

test('each legend category is a toggle button', async ({ page }) => {
  await page.goto('./');
  await waitForGraph(page);
  const business = page.getByRole('region', { name: 'Roles' }).getByRole('button', { name: /^Business/ });
  await expect(business).toHaveAttribute('aria-pressed', 'true');
  await business.click();
  await expect(business).toHaveAttribute('aria-pressed', 'false');
  await business.press('Enter');
  await expect(business).toHaveAttribute('aria-pressed', 'true');
});

test('zoomed out, a few readable labels; zoomed in, all of them', async ({ page }) => {
  await page.goto('./');
  await waitForGraph(page);
  const labelled = () =>
    page.evaluate(() => (window as unknown as { __clusnetCy: Cy }).__clusnetCy.nodes('.label-priority').length);
  await expect.poll(labelled).toBeGreaterThan(3);
  expect(await labelled()).toBeLessThan(40);
  await page.evaluate(() => {
    (window as unknown as { __clusnetCy: Cy }).__clusnetCy.zoom(1.5);
  });
  await expect.poll(labelled).toBe(0);
});

test('a dense network draws its strongest ties and says how many are hidden', async ({ page }) => {
  await page.goto('./');
  await waitForGraph(page);
  const organisations = ['id,name', ...Array.from({ length: 60 }, (_, i) => `o${i},Org ${i}`)].join('\n');
  const ties = ['source,target,weight'];
  for (let i = 0; i < 60; i++)
    for (let j = i + 1; j < 60 && ties.length <= 1200; j++) ties.push(`o${i},o${j},${(i * 7 + j) % 10}`);
  await page.getByLabel('Load data').setInputFiles([
    { name: 'orgs.csv', mimeType: 'text/csv', buffer: Buffer.from(organisations) },
    { name: 'ties.csv', mimeType: 'text/csv', buffer: Buffer.from(ties.join('\n')) },
  ]);
  await waitForGraph(page);
  await expect(page.getByText('Drawing the 1,000 strongest of 1,200 ties: 200 hidden')).toBeVisible();
  const edges = () => page.evaluate(() => (window as unknown as { __clusnetCy: Cy }).__clusnetCy.edges().length);
  expect(await edges()).toBe(1000);
  await page.getByRole('combobox', { name: 'Ties drawn' }).selectOption({ label: 'All 1,200' });
  await expect.poll(edges).toBe(1200);
  await expect(page.getByText(/strongest of/)).toHaveCount(0);
});

test('the force layout runs without freezing the page and can be stopped', async ({ page }) => {
  await page.goto('./');
  await waitForGraph(page);
  // 3,000 organisations in rings of 30, each tied to its next three: ForceAtlas2 takes seconds here.
  const n = 3000;
  const organisations = [
    'id,name,city',
    ...Array.from({ length: n }, (_, i) => `o${i},Org ${i},${['Lyon', 'Munich', 'Leipzig'][i % 3]}`),
  ].join('\n');
  const ties = ['source,target'];
  for (let i = 0; i < n; i++)
    for (const step of [1, 2, 3]) ties.push(`o${i},o${i - (i % 30) + (((i % 30) + step) % 30)}`);
  await page.getByLabel('Load data').setInputFiles([
    { name: 'orgs.csv', mimeType: 'text/csv', buffer: Buffer.from(organisations) },
    { name: 'ties.csv', mimeType: 'text/csv', buffer: Buffer.from(ties.join('\n')) },
  ]);
  const stop = page.getByRole('button', { name: 'Stop layout' });
  await expect(stop).toBeVisible({ timeout: 30_000 });
  await expect(
    page.getByRole('status').filter({ hasText: 'Force-directed layout' }).getByRole('progressbar'),
  ).toBeVisible();
  // The page still answers while the layout runs: the legend's toggle reacts to a click.
  const toggle = page.getByRole('region', { name: 'Roles' }).getByRole('button').first();
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await stop.click();
  await waitForGraph(page);
  await expect(stop).toHaveCount(0);
  await expect(page.getByRole('note').filter({ hasText: /^Force-directed layout stopped at \d+ %\.$/ })).toBeVisible();
});
