import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import Papa from 'papaparse';
import { expect, test } from './fixtures';
import { DEMO_DIR, nodePosition, waitForGraph } from './helpers';
import { countChanged, countColour, decodePng, pngSize } from './png';

const HUB = 'brussels-eurocities';

/** An organisation's position in graph units, as cy holds it. */
const graphPosition = (page: Page, id: string) =>
  page.evaluate((nodeId) => {
    const cy = (window as unknown as { __clusnetCy: import('cytoscape').Core }).__clusnetCy;
    const { x, y } = cy.getElementById(`n:${nodeId}`).position();
    return { x: Math.round(x), y: Math.round(y) };
  }, id);

async function saveScene(page: Page, title: string, caption: string) {
  const scenes = page.getByRole('region', { name: 'Scenes' });
  await scenes.getByRole('button', { name: 'Save view as scene' }).click();
  await scenes.getByLabel('Title').fill(title);
  await scenes.getByLabel('Caption').fill(caption);
}

async function dragNode(page: Page, id: string, dx: number, dy: number) {
  const from = await nodePosition(page, id);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + dx / 2, from.y + dy / 2, { steps: 4 });
  await page.mouse.move(from.x + dx, from.y + dy, { steps: 4 });
  await page.mouse.up();
}

test('three scenes are presented with the keyboard, from their own positions, and Esc leaves', async ({ page }) => {
  await page.goto('./');
  await waitForGraph(page);
  await saveScene(page, 'Ten cities', 'One network of clusters');
  const first = await graphPosition(page, HUB);
  await dragNode(page, HUB, 160, 90);
  const second = await graphPosition(page, HUB);
  expect(second).not.toEqual(first);
  await saveScene(page, 'EUROCITIES moves', 'The hub, somewhere else');
  await saveScene(page, 'Third scene', 'And the end');
  await expect(page.getByRole('region', { name: 'Scenes' }).getByRole('listitem')).toHaveCount(3);

  await page.getByRole('button', { name: 'Present', exact: true }).click();
  const caption = page.getByRole('region', { name: 'Caption' });
  const progress = page.getByRole('status', { name: 'Scene progress' });
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(caption.getByRole('heading')).toHaveText('Ten cities');
  await expect(caption).toContainText('One network of clusters');
  await expect(progress).toHaveText('1 / 3');
  // The first scene puts the hub back where it was saved, without a layout run.
  await expect.poll(() => graphPosition(page, HUB)).toEqual(first);

  await page.keyboard.press('ArrowRight');
  await expect(caption.getByRole('heading')).toHaveText('EUROCITIES moves');
  await expect(progress).toHaveText('2 / 3');
  await expect.poll(() => graphPosition(page, HUB)).toEqual(second);
  await page.keyboard.press('PageDown');
  await expect(progress).toHaveText('3 / 3');
  await expect(caption).toContainText('And the end');
  await page.keyboard.press('PageUp');
  await expect(progress).toHaveText('2 / 3');
  await page.keyboard.press(' ');
  await expect(progress).toHaveText('3 / 3');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('1');
  await expect(progress).toHaveText('1 / 3');
  await expect(caption.getByRole('heading')).toHaveText('Ten cities');
  await expect.poll(() => graphPosition(page, HUB)).toEqual(first);

  await page.keyboard.press('Escape');
  await expect(page.getByRole('region', { name: 'Presentation' })).toHaveCount(0);
  await expect(page.getByRole('banner')).toBeVisible();
});

test('a presenter view in a second window shows notes, the next scene and a clock, and drives the presentation', async ({
  page,
}) => {
  await page.goto('./');
  await waitForGraph(page);
  const scenes = page.getByRole('region', { name: 'Scenes' });
  for (const [title, notes] of [
    ['Ten cities', 'Start with Lyon and Munich'],
    ['Brokers', 'Point at EUROCITIES'],
    ['Growth', ''],
  ] as const) {
    await saveScene(page, title, `About ${title}`);
    await scenes.getByLabel('Speaker notes').fill(notes);
  }
  const [presenter] = await Promise.all([
    page.waitForEvent('popup'),
    scenes.getByRole('button', { name: 'Presenter view' }).click(),
  ]);
  const notes = presenter.getByRole('region', { name: 'Speaker notes' });
  const next = presenter.getByRole('region', { name: 'Next scene' });
  const presenterProgress = presenter.getByRole('status', { name: 'Scene progress' });
  await expect(presenter.getByRole('heading', { level: 1 })).toHaveText('CLUSNET: Clusters & Cities Network');
  await expect(notes).toContainText('Start with Lyon and Munich');
  await expect(next).toContainText('Brokers');

  // Start from the presenter's window; the app window presents.
  await presenter.getByRole('button', { name: 'Start presenting' }).click();
  const progress = page.getByRole('status', { name: 'Scene progress' });
  const caption = page.getByRole('region', { name: 'Caption' });
  await expect(progress).toHaveText('1 / 3');
  await expect(presenterProgress).toHaveText('Scene 1 / 3');
  await expect(presenter.getByRole('timer', { name: 'Time presenting' })).toHaveText(/^0:\d\d$/);

  // The clicker's key in the presenter window moves the room's screen.
  await presenter.keyboard.press('PageDown');
  await expect(progress).toHaveText('2 / 3');
  await expect(caption.getByRole('heading')).toHaveText('Brokers');
  await expect(notes).toContainText('Point at EUROCITIES');
  await expect(next).toContainText('Growth');
  await presenter
    .getByRole('list', { name: 'Scenes' })
    .getByRole('button', { name: /Growth/ })
    .click();
  await expect(progress).toHaveText('3 / 3');
  await expect(notes).toContainText('No speaker notes for this scene.');
  await expect(next).toContainText('End of the presentation');

  // Keys in the app window are followed by the presenter view.
  await page.keyboard.press('ArrowLeft');
  await expect(presenterProgress).toHaveText('Scene 2 / 3');
  await presenter.getByRole('button', { name: 'End presentation' }).click();
  await expect(page.getByRole('region', { name: 'Presentation' })).toHaveCount(0);
  await expect(presenter.getByRole('button', { name: 'Start presenting' })).toBeVisible();

  // Reloading the app window: the presenter view finds it again and can start the presentation.
  await page.reload();
  await waitForGraph(page);
  await expect(async () => {
    await presenter.getByRole('button', { name: 'Start presenting' }).click();
    await expect(page.getByRole('status', { name: 'Scene progress' })).toHaveText('1 / 3', { timeout: 2_000 });
  }).toPass();
  await expect(notes).toContainText('Start with Lyon and Munich');
});

async function download(page: Page, button: string): Promise<Buffer> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('dialog', { name: 'Export image' }).getByRole('button', { name: button }).click(),
  ]);
  return readFileSync((await file.path())!);
}

test('a long PNG export shows its progress and can be cancelled', async ({ page }) => {
  await page.goto('./');
  await waitForGraph(page);
  // Tiny tiles at 4×: thousands of renders, far longer than it takes to press Cancel.
  await page.evaluate(() => Object.assign(window, { __clusnetMaxTile: { width: 60, height: 40 } }));
  await page.getByRole('button', { name: 'Export image' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export image' });
  await dialog.getByLabel('Scale').selectOption('4');
  const downloads: string[] = [];
  page.on('download', (file) => downloads.push(file.suggestedFilename()));
  await dialog.getByRole('button', { name: 'Download PNG' }).click();
  await expect(dialog.getByRole('status')).toContainText(/Drawing tile \d+ of \d+/);
  await dialog.getByRole('button', { name: 'Cancel export' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Export cancelled: nothing was downloaded.');
  await expect(dialog.getByRole('button', { name: 'Download PNG' })).toBeEnabled();
  // Downloads arrive in order: when the SVG asked for next has arrived, a PNG from the cancelled export would have too.
  const [svg] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Download SVG' }).click(),
  ]);
  expect(downloads).toEqual([svg.suggestedFilename()]);
  expect(svg.suggestedFilename()).toMatch(/\.svg$/);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toHaveCount(0);
});

test('a tiled PNG export has the size asked for and every organisation drawn in place', async ({ page }) => {
  await page.goto('./');
  await waitForGraph(page);
  // Concentric rings: a placement that does not depend on the force layout's settings, so how many
  // dots hide under a neighbour or a label is the same from one version of the force layout to the next.
  await page.getByRole('combobox', { name: 'Layout' }).selectOption({ label: 'Concentric (by size measure)' });
  await expect(page.locator('[data-layout="done"]')).toHaveCount(1);
  // Small tiles, so that even this export is stitched from many renders.
  await page.evaluate(() => Object.assign(window, { __clusnetMaxTile: { width: 500, height: 300 } }));
  // Zoomed in, as a presenter would before exporting a detail: dots large enough to sample.
  await page.evaluate(() => {
    const cy = (window as unknown as { __clusnetCy: import('cytoscape').Core }).__clusnetCy;
    cy.zoom({ level: cy.zoom() * 2.5, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  });
  await page.getByRole('button', { name: 'Export image' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export image' });
  await dialog.getByLabel('Scale').selectOption('2');
  await dialog.getByLabel('Include legend').uncheck();
  await dialog.getByLabel('Include caption').uncheck();
  const canvas = await page.evaluate(() => {
    const cy = (window as unknown as { __clusnetCy: import('cytoscape').Core }).__clusnetCy;
    const rgb = (colour: string) => (colour.match(/\d+/g) ?? []).slice(0, 3).map(Number);
    return {
      width: cy.width(),
      height: cy.height(),
      nodes: cy.nodes().map((node) => ({
        ...node.renderedPosition(),
        width: node.renderedWidth(),
        colour: rgb(node.style('background-color') as string),
      })),
    };
  });
  const expected = { width: Math.round(canvas.width * 2), height: Math.round(canvas.height * 2) };
  await expect(dialog).toContainText(`PNG size: ${expected.width} × ${expected.height} px`);

  const bytes = await download(page, 'Download PNG');
  expect(pngSize(bytes)).toEqual(expected);
  const png = decodePng(bytes);
  // Organisations in view are drawn in their own colour where the canvas showed them, whichever
  // tile they fell in (a few may hide under a neighbour or a label, so 95% must be found). Dots
  // under 12 px on screen are mostly border and label outline, so they are not counted.
  const inView = canvas.nodes.filter(
    ({ x, y, width }) => width >= 12 && x >= 4 && y >= 4 && x <= canvas.width - 4 && y <= canvas.height - 4,
  );
  expect(inView.length).toBeGreaterThan(20);
  const found = inView.filter(
    ({ x, y, colour }) =>
      countColour(png, { x: Math.round(x * 2) - 3, y: Math.round(y * 2) - 3, width: 7, height: 7 }, colour) > 0,
  );
  expect(found.length).toBeGreaterThanOrEqual(Math.ceil(inView.length * 0.95));

  // With the legend on, the top-right corner carries it: its pixels change, whatever the graph drew there.
  await dialog.getByLabel('Include legend').check();
  const withLegend = decodePng(await download(page, 'Download PNG'));
  const corner = { x: png.width - 300, y: 40, width: 260, height: 120 };
  expect(countChanged(png, withLegend, corner)).toBeGreaterThan(500);
});

test("an SVG export parses and holds the organisations' labels", async ({ page }) => {
  await page.goto('./');
  await waitForGraph(page);
  await page.getByRole('button', { name: 'Export image' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export image' });
  await dialog.getByLabel('Whole network').check();
  await dialog.getByLabel('Scale').selectOption('1');
  const svg = (await download(page, 'Download SVG')).toString('utf8');
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    return {
      error: doc.getElementsByTagName('parsererror').length,
      root: doc.documentElement.localName,
      texts: [...doc.getElementsByTagName('text')].map((node) => node.textContent ?? ''),
      groups: [...doc.querySelectorAll('g[id]')].map((node) => node.id),
    };
  }, svg);
  expect(parsed.error).toBe(0);
  expect(parsed.root).toBe('svg');
  expect(parsed.groups).toEqual(expect.arrayContaining(['legend', 'caption']));
  const names = Papa.parse<{ name: string }>(readFileSync(DEMO_DIR + 'organisations.csv', 'utf8'), {
    header: true,
    skipEmptyLines: 'greedy',
  }).data.map((row) => row.name);
  // Long names are cut with an ellipsis on the canvas, and so in the SVG.
  const missing = names.filter(
    (name) =>
      !parsed.texts.some(
        (text) => text === name || (text.endsWith('…') && name.startsWith(text.slice(0, -1).trimEnd())),
      ),
  );
  expect(missing).toEqual([]);
});

test("?embed shows the graph and its legend without the app's chrome", async ({ page }) => {
  await page.goto('./?embed');
  await waitForGraph(page);
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('region', { name: 'Scenes' })).toBeHidden();
  await expect(page.getByRole('region', { name: 'Legend' })).toContainText('Business');
  const box = await page.locator('.graph-canvas').boundingBox();
  expect(box).toMatchObject({ x: 0, y: 0, width: 1280, height: 720 });
});

test('?present opens presenting the current view, and Esc returns to the app', async ({ page }) => {
  await page.goto('./?present');
  await waitForGraph(page);
  await expect(page.getByRole('status', { name: 'Scene progress' })).toHaveText('1 / 1');
  await expect(page.getByRole('region', { name: 'Caption' }).getByRole('heading')).toContainText('CLUSNET');
  await expect(page.getByRole('banner')).toBeHidden();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('banner')).toBeVisible();
});
