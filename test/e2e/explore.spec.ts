import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { waitForGraph } from './helpers';
import { demoOrganisations, demoTies, distancesFrom, idsInCity, nameOf } from './demoNetwork';

const total = { organisations: demoOrganisations.length, ties: demoTies.length };
const shown = (page: Page) => page.getByRole('status', { name: 'Shown' });
const shownText = (organisations: number, ties: number) =>
  `${organisations} of ${total.organisations} organisations · ${ties} of ${total.ties} ties shown`;

/** Ids of the organisations the canvas draws. */
const drawnNodes = (page: Page) =>
  page.evaluate(() =>
    (window as unknown as { __clusnetCy: import('cytoscape').Core }).__clusnetCy
      .nodes(':visible')
      .map((node) => node.id().replace(/^n:/, ''))
      .sort(),
  );

async function searchAndChoose(page: Page, text: string, name: string) {
  await page.keyboard.press('/');
  const search = page.getByRole('combobox', { name: 'Search organisations' });
  await expect(search).toBeFocused();
  await page.keyboard.type(text);
  await expect(page.getByRole('option', { name })).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
}

test('search an organisation and inspect it', async ({ page }) => {
  await page.goto('./');
  await waitForGraph(page);
  await searchAndChoose(page, 'eurocit', 'EUROCITIES');
  const inspector = page.getByRole('region', { name: 'Inspector' });
  await expect(inspector.getByRole('heading', { name: 'EUROCITIES' })).toBeVisible();
  await expect(inspector.getByRole('link', { name: 'https://eurocities.eu' })).toBeVisible();
  await expect(
    inspector.getByRole('list', { name: 'Neighbours by Membership' }).getByRole('button', { name: 'Grand Lyon' }),
  ).toBeVisible();
  // Chosen, selected on the canvas, and in view with every organisation it is tied to.
  await expect
    .poll(() =>
      page.evaluate(() =>
        (window as unknown as { __clusnetCy: import('cytoscape').Core }).__clusnetCy
          .$(':selected')
          .map((n) => n.id().replace(/^n:/, '')),
      ),
    )
    .toEqual(['brussels-eurocities']);
  const tiedTo = demoTies
    .filter((tie) => tie.source === 'brussels-eurocities' || tie.target === 'brussels-eurocities')
    .map((tie) => (tie.source === 'brussels-eurocities' ? tie.target! : tie.source!));
  await expect
    .poll(() =>
      page.evaluate((ids) => {
        const cy = (window as unknown as { __clusnetCy: import('cytoscape').Core }).__clusnetCy;
        if (cy.animated()) return ['still moving'];
        return ['brussels-eurocities', ...ids].filter((id) => {
          const { x, y } = cy.getElementById(`n:${id}`).renderedPosition();
          return x < 0 || y < 0 || x > cy.width() || y > cy.height();
        });
      }, tiedTo),
    )
    .toEqual([]);
  // Attributes match too: searching a city lists its organisations with the field that matched.
  await page.keyboard.press('/');
  await page.keyboard.type('gothenburg');
  await expect(page.getByRole('option').first()).toContainText('Gothenburg');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('listbox', { name: 'Search organisations: results' })).toBeHidden();
});

test('focus on an organisation two steps out', async ({ page }) => {
  await page.goto('./');
  await waitForGraph(page);
  await searchAndChoose(page, 'grand lyon', 'Grand Lyon');
  const inspector = page.getByRole('region', { name: 'Inspector' });
  await inspector
    .getByRole('group', { name: 'Focus on neighbourhood' })
    .getByRole('button', { name: '2 steps' })
    .click();
  const withinTwo = [...distancesFrom('lyon-grand-lyon')].filter(([, steps]) => steps <= 2).map(([id]) => id);
  const inside = new Set(withinTwo);
  const tiesInside = demoTies.filter((tie) => inside.has(tie.source!) && inside.has(tie.target!)).length;
  await expect(shown(page)).toHaveText(shownText(withinTwo.length, tiesInside));
  await expect.poll(() => drawnNodes(page)).toEqual(withinTwo.sort());
  await expect(page.getByText('Focus: 2 steps around')).toBeVisible();
  await page.getByRole('button', { name: 'Clear focus' }).click();
  await expect(shown(page)).toHaveText(shownText(total.organisations, total.ties));
});

test('find the shortest path between two organisations', async ({ page }) => {
  await page.goto('./');
  await waitForGraph(page);
  const panel = page.getByRole('region', { name: 'Paths and links' });
  const from = panel.getByRole('combobox', { name: 'Path from' });
  await from.fill('Grand Lyon');
  await page.getByRole('option', { name: 'Grand Lyon' }).click();
  const to = panel.getByRole('combobox', { name: 'Path to' });
  await to.fill('University of Helsinki');
  await page.getByRole('option', { name: 'University of Helsinki' }).click();
  await panel.getByRole('button', { name: 'Find path' }).click();
  const steps = panel.getByRole('list', { name: 'Path steps' }).getByRole('listitem');
  const distance = distancesFrom('lyon-grand-lyon').get('helsinki-uni')!;
  await expect(steps).toHaveCount(distance + 1);
  await expect(steps.first()).toContainText('Grand Lyon');
  await expect(steps.last()).toContainText('University of Helsinki');
  await expect(page.getByText(`(${distance} ties)`)).toBeVisible();
  // Highlighted on the canvas: the path's organisations and ties stand out, the rest steps back.
  const highlighted = await page.evaluate(() => {
    const cy = (window as unknown as { __clusnetCy: import('cytoscape').Core }).__clusnetCy;
    return {
      nodes: cy.nodes('.path-on').length,
      edges: cy.edges('.path-on').length,
      dimmed: cy.nodes('.path-off').length,
    };
  });
  expect(highlighted).toEqual({ nodes: distance + 1, edges: distance, dimmed: total.organisations - distance - 1 });
  // Walking the path: each organisation is a button.
  await steps.last().getByRole('button').click();
  await expect(
    page.getByRole('region', { name: 'Inspector' }).getByRole('heading', { name: 'University of Helsinki' }),
  ).toBeVisible();
});

test('a filter change redraws only what it hides, never the whole canvas from scratch', async ({ page }) => {
  await page.goto('./');
  await waitForGraph(page);
  // Cytoscape answers a resize with a full redraw and a new label layout: count them.
  // What sets one off: a change to the attributes of Cytoscape's container. A MutationObserver sees each as it
  // happens, so no waiting is needed to know there was none.
  await page.evaluate(() => {
    const w = window as unknown as {
      __clusnetCy: import('cytoscape').Core;
      __resizes: number;
      __containerChanges: string[];
    };
    const cy = w.__clusnetCy;
    w.__resizes = 0;
    w.__containerChanges = [];
    cy.on('resize', () => w.__resizes++);
    new MutationObserver((records) => w.__containerChanges.push(...records.map((r) => r.attributeName ?? ''))).observe(
      cy.container()!,
      { attributes: true },
    );
  });
  const filters = page.getByRole('region', { name: 'Filters' });
  await filters.locator('summary').filter({ hasText: /^City/ }).click();
  await filters.getByRole('checkbox', { name: /^Lyon/ }).check();
  const lyon = idsInCity('Lyon');
  await expect.poll(() => drawnNodes(page)).toEqual([...lyon].sort());
  const layoutsDone = () => page.evaluate(() => performance.getEntriesByName('clusnet:layout-end').length);
  const before = await layoutsDone();
  await page.getByRole('combobox', { name: 'Layout' }).selectOption({ label: 'Grouped by city' });
  await expect.poll(layoutsDone).toBeGreaterThan(before);
  // Mutation records are delivered before the next frame: after two frames every change so far has been seen.
  const changes = await page.evaluate(async () => {
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    const w = window as unknown as { __resizes: number; __containerChanges: string[] };
    return { resizes: w.__resizes, attributes: w.__containerChanges };
  });
  expect(changes).toEqual({ resizes: 0, attributes: [] });
});

test('filter by city and year, play the years, undo', async ({ page }) => {
  await page.goto('./');
  await waitForGraph(page);
  const filters = page.getByRole('region', { name: 'Filters' });
  await filters.locator('summary').filter({ hasText: /^City/ }).click();
  await filters.getByRole('checkbox', { name: /^Lyon/ }).check();
  const lyon = idsInCity('Lyon');
  const lyonTies = demoTies.filter((tie) => lyon.has(tie.source!) && lyon.has(tie.target!));
  await expect(shown(page)).toHaveText(shownText(lyon.size, lyonTies.length));
  await expect.poll(() => drawnNodes(page)).toEqual([...lyon].sort());

  const tiesUpTo = (year: number) => lyonTies.filter((tie) => Number(tie.year) <= year).length;
  const toYear = filters.getByRole('slider', { name: 'To year' });
  await toYear.focus();
  await page.keyboard.press('Home');
  await expect(shown(page)).toHaveText(shownText(lyon.size, tiesUpTo(2008)));

  await filters.getByRole('button', { name: 'Play years' }).click();
  await expect(filters.getByRole('button', { name: 'Pause' })).toBeVisible();
  await expect(shown(page)).toHaveText(shownText(lyon.size, tiesUpTo(2009)), { timeout: 5000 });
  await expect(shown(page)).toHaveText(shownText(lyon.size, tiesUpTo(2011)), { timeout: 8000 });
  await expect(filters.getByRole('button', { name: 'Play years' })).toBeVisible();

  // Undo goes back step by step (Play counts as one step); one click clears all.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(shown(page)).toHaveText(shownText(lyon.size, tiesUpTo(2008)));
  await page.keyboard.press('Control+z');
  await expect(shown(page)).toHaveText(shownText(lyon.size, lyonTies.length));
  await page.keyboard.press('Control+Shift+z');
  await expect(shown(page)).toHaveText(shownText(lyon.size, tiesUpTo(2008)));
  await filters.getByRole('button', { name: 'Clear filters' }).click();
  await expect(shown(page)).toHaveText(shownText(total.organisations, total.ties));
});

test('copy the link, open it in a new page, see the same view', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./');
  await waitForGraph(page);
  const filters = page.getByRole('region', { name: 'Filters' });
  await filters.locator('summary').filter({ hasText: /^City/ }).click();
  await filters.getByRole('checkbox', { name: /^Munich/ }).check();
  await filters.getByRole('checkbox', { name: 'Hide organisations without ties' }).check();
  await searchAndChoose(page, 'biom', 'BioM Biotech Cluster Development');
  await page.getByRole('button', { name: '1 step' }).click();
  const before = await shown(page).textContent();
  // Let the camera settle on the chosen organisation (a 0.3 s animation) before copying.
  await expect
    .poll(() =>
      page.evaluate(() => (window as unknown as { __clusnetCy: import('cytoscape').Core }).__clusnetCy.animated()),
    )
    .toBe(false);
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByText('Link copied')).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toContain('#v=1&data=');

  const other = await context.newPage();
  await other.goto(link);
  await waitForGraph(other);
  await expect(shown(other)).toHaveText(before!);
  await expect(
    other.getByRole('region', { name: 'Inspector' }).getByRole('heading', { name: 'BioM Biotech Cluster Development' }),
  ).toBeVisible();
  await expect(other.getByText('Focus: 1 step around')).toBeVisible();
  await expect(other.getByRole('region', { name: 'Filters' }).getByRole('checkbox', { name: /^Munich/ })).toBeChecked();
  await expect(other.getByRole('checkbox', { name: 'Hide organisations without ties' })).toBeChecked();
  await expect.poll(() => drawnNodes(other)).toEqual(await drawnNodes(page));
  // The camera too: same zoom and pan.
  const camera = (target: Page) =>
    target.evaluate(() => {
      const cy = (window as unknown as { __clusnetCy: import('cytoscape').Core }).__clusnetCy;
      return { zoom: Math.round(cy.zoom() * 1000), x: Math.round(cy.pan().x), y: Math.round(cy.pan().y) };
    });
  const expected = await camera(page);
  await expect.poll(() => camera(other)).toEqual(expected);
});

test('walk the graph with the keyboard: arrows, fit, zoom, Esc', async ({ page }) => {
  await page.goto('./');
  await waitForGraph(page);
  await searchAndChoose(page, 'eurocit', 'EUROCITIES');
  // Tab from the search box to the canvas.
  const canvas = page.getByRole('img', { name: 'Network of organisations' });
  for (
    let presses = 0;
    presses < 15 && !(await canvas.evaluate((element) => element === document.activeElement));
    presses++
  )
    await page.keyboard.press('Tab');
  await expect(canvas).toBeFocused();
  const cyState = () =>
    page.evaluate(() => {
      const cy = (window as unknown as { __clusnetCy: import('cytoscape').Core }).__clusnetCy;
      return { selected: cy.$(':selected').map((node) => node.id().replace(/^n:/, '')), zoom: cy.zoom() };
    });
  const neighbours = demoTies
    .filter((tie) => tie.source === 'brussels-eurocities' || tie.target === 'brussels-eurocities')
    .map((tie) => (tie.source === 'brussels-eurocities' ? tie.target : tie.source));
  // Some arrow leads to a neighbour: try each until the selection moves.
  for (const key of ['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp']) {
    const { selected } = await cyState();
    if (selected[0] !== 'brussels-eurocities') break;
    await page.keyboard.press(key);
  }
  await expect.poll(async () => neighbours.includes((await cyState()).selected[0] ?? '')).toBe(true);
  // Selecting a neighbour centres on it with an animation; read the zoom once it has settled.
  await expect
    .poll(() =>
      page.evaluate(() => (window as unknown as { __clusnetCy: import('cytoscape').Core }).__clusnetCy.animated()),
    )
    .toBe(false);
  const before = (await cyState()).zoom;
  await page.keyboard.press('+');
  await expect.poll(async () => (await cyState()).zoom).toBeCloseTo(before * 1.25, 3);
  await page.keyboard.press('-');
  await expect.poll(async () => (await cyState()).zoom).toBeCloseTo(before, 3);
  await page.keyboard.press('f');
  await expect.poll(async () => (await cyState()).zoom).toBeLessThan(before);
  await page.keyboard.press('Escape');
  await expect.poll(async () => (await cyState()).selected).toEqual([]);
  await expect(page.getByText('Click an organisation to see who it is linked to.')).toBeVisible();
});

test('a link to another data set asks for its file', async ({ page }) => {
  await page.goto('./#v=1&data=my-cluster-survey&view=%7B%7D');
  await expect(page.getByRole('alert')).toContainText('my-cluster-survey');
  await expect(page.getByRole('alert')).toContainText('Load data');
  await waitForGraph(page);
  expect(new URL(page.url()).hash).toContain('my-cluster-survey');
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await expect(page.getByRole('alert')).toBeHidden();
});

test('use the table view with the keyboard only', async ({ page }) => {
  await page.goto('./');
  await waitForGraph(page);
  // Tab to the view tabs, then the arrow key moves to the Table tab (WAI-ARIA tabs pattern).
  const graphTab = page.getByRole('tab', { name: 'Graph' });
  for (let presses = 0; presses < 30 && !(await graphTab.evaluate((tab) => tab === document.activeElement)); presses++)
    await page.keyboard.press('Tab');
  await expect(graphTab).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: 'Table' })).toBeFocused();
  await expect(page.getByRole('tab', { name: 'Table' })).toHaveAttribute('aria-selected', 'true');
  const table = page.getByRole('table', { name: /Organisations shown/ });
  await expect(table).toBeVisible();

  // Sort by name, descending: Tab to the header button, Enter twice.
  await page.keyboard.press('Tab');
  await expect(table.getByRole('button', { name: 'Name' })).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await expect(table.getByRole('columnheader', { name: 'Name' })).toHaveAttribute('aria-sort', 'descending');

  // Tab past the other headers into the rows (one tab stop), arrows move, Enter selects.
  const rows = table.getByRole('row');
  for (
    let presses = 0;
    presses < 10 && !(await rows.nth(1).evaluate((row) => row === document.activeElement));
    presses++
  )
    await page.keyboard.press('Tab');
  await expect(rows.nth(1)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(rows.nth(3)).toBeFocused();
  await page.keyboard.press('Enter');
  const names = demoOrganisations.map((row) => row.name!).sort((a, b) => b.localeCompare(a));
  await expect(
    page.getByRole('region', { name: 'Inspector' }).getByRole('heading', { name: names[2], exact: true }),
  ).toBeVisible();
  await expect(rows.nth(3)).toHaveAttribute('aria-current', 'true');
  expect(
    nameOf(
      await page.evaluate(() =>
        (window as unknown as { __clusnetCy: import('cytoscape').Core }).__clusnetCy
          .$(':selected')
          .id()
          .replace(/^n:/, ''),
      ),
    ),
  ).toBe(names[2]);
  // End jumps to the last row.
  await page.keyboard.press('End');
  await expect(rows.last()).toBeFocused();
});
