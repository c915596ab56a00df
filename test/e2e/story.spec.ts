import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { expect, test } from './fixtures';
import { DEMO_DIR, waitForGraph } from './helpers';

/** Pairs linked in each year of the demo, read from the fixture independently of the app. */
function demoWaves(first: number, last: number) {
  const { data } = Papa.parse<Record<string, string>>(readFileSync(DEMO_DIR + 'ties.csv', 'utf8'), {
    header: true,
    skipEmptyLines: 'greedy',
  });
  const pairs = (year: number) =>
    new Set(
      data.filter((row) => Number(row['year']) === year).map((row) => [row['source'], row['target']].sort().join(' ')),
    );
  const orgs = (set: Set<string>) => new Set([...set].flatMap((pair) => pair.split(' ')));
  const [a, b] = [pairs(first), pairs(last)];
  const [orgsA, orgsB] = [orgs(a), orgs(b)];
  return {
    formed: [...b].filter((pair) => !a.has(pair)).length,
    persisted: [...a].filter((pair) => b.has(pair)).length,
    dissolved: [...a].filter((pair) => !b.has(pair)).length,
    joined: [...orgsB].filter((id) => !orgsA.has(id)).length,
    left: [...orgsA].filter((id) => !orgsB.has(id)).length,
  };
}

test('comparing the first and the last wave of the demo, then seeing the ties by status on the graph', async ({
  page,
}) => {
  await page.goto('./');
  await waitForGraph(page);
  await page.getByRole('tab', { name: 'Compare' }).click();
  const comparison = page.getByRole('region', { name: 'Comparison' });
  const expected = demoWaves(2008, 2011);
  await expect(comparison.getByRole('listitem')).toHaveText([
    `${expected.formed} ties formed`,
    `${expected.persisted} persisted`,
    `${expected.dissolved} dissolved`,
    `${expected.joined} organisations joined`,
    `${expected.left} left`,
  ]);
  await expect(comparison.getByRole('table', { name: 'The network in each wave' })).toContainText('Density');

  // Read years as the start of each tie: nothing dissolves.
  await page.getByRole('combobox', { name: 'Tie years mean' }).selectOption('cumulative');
  await expect(comparison.getByRole('listitem').nth(2)).toHaveText('0 dissolved');

  // Back to survey waves, shown on the graph with a legend.
  await page.getByRole('combobox', { name: 'Tie years mean' }).selectOption('observed');
  await expect(comparison.getByRole('listitem').nth(2)).toHaveText(`${expected.dissolved} dissolved`);
  await comparison.getByRole('button', { name: 'Show the comparison on the graph' }).click();
  await expect(page.getByRole('tab', { name: 'Graph' })).toHaveAttribute('aria-selected', 'true');
  const legend = page.getByRole('list', { name: 'Tie status' });
  await expect(legend).toContainText('Dissolved');
  const dissolvedDrawn = () =>
    page.evaluate(() => {
      const cy = (window as unknown as { __clusnetCy: import('cytoscape').Core }).__clusnetCy;
      return cy.edges('.wave-dissolved').length;
    });
  await expect.poll(dissolvedDrawn).toBeGreaterThan(0);
  await page.getByRole('button', { name: 'Stop colouring ties by wave' }).click();
  await expect(legend).toHaveCount(0);
  await expect.poll(dissolvedDrawn).toBe(0);
});

test('reading the demo: findings with evidence on the graph, governance, what to measure, partners to suggest', async ({
  page,
}) => {
  await page.goto('./');
  await waitForGraph(page);
  await page.getByRole('tab', { name: 'Reading' }).click();
  const findings = page.getByRole('list', { name: 'Findings' });
  await expect(findings).toContainText('resemble a partnership');
  await expect(page.getByRole('table', { name: 'Governance structure per cluster' })).toContainText('Partnership');
  await expect(page.getByRole('table', { name: 'Triple helix per city' })).toContainText('Lyon');
  await expect(page.getByText('association, not effect', { exact: false })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Work of the cluster organisation' })).toContainText('Without it');

  // A finding's evidence on the canvas, then kept as a scene.
  const first = findings.getByRole('listitem').first();
  const sentence = (await first.getByRole('paragraph').textContent())!;
  await first.getByRole('button', { name: 'Show the evidence' }).click();
  await expect(page.getByRole('tab', { name: 'Graph' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('region', { name: 'Evidence shown' })).toContainText(sentence);
  const highlighted = () =>
    page.evaluate(() => {
      const cy = (window as unknown as { __clusnetCy: import('cytoscape').Core }).__clusnetCy;
      return cy.nodes('.evidence-on').length;
    });
  await expect.poll(highlighted).toBeGreaterThan(0);
  await page.getByRole('button', { name: 'Stop highlighting' }).click();
  await expect.poll(highlighted).toBe(0);

  await page.getByRole('tab', { name: 'Reading' }).click();
  await findings.getByRole('listitem').first().getByRole('button', { name: 'Save as scene' }).click();
  await page.getByRole('tab', { name: 'Reading' }).click();
  await expect(page.getByText('1 scenes saved', { exact: false })).toBeVisible();
});
