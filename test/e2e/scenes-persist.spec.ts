import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import Papa from 'papaparse';
import { expect, test } from './fixtures';
import { DEMO_DIR, waitForGraph } from './helpers';

type Cy = import('cytoscape').Core;

const TITLES = ['Ten cities', 'Oldest and newest', 'Who has the most ties'];

/** Save the current view as a scene, named as a person would type it; the caption is optional. */
async function saveScene(page: Page, title: string, caption?: string) {
  const scenes = page.getByRole('region', { name: 'Scenes' });
  await scenes.getByRole('button', { name: 'Save view as scene' }).click();
  await scenes.getByLabel('Title').fill(title);
  if (caption !== undefined) await scenes.getByLabel('Caption').fill(caption);
}

/** The demo's oldest organisation, read independently of the app. */
function oldestOrganisation(): string {
  const rows = Papa.parse<Record<string, string>>(readFileSync(DEMO_DIR + 'organisations.csv', 'utf8'), {
    header: true,
    skipEmptyLines: 'greedy',
  }).data;
  const years = rows.map((row) => Number(row['founded'] || Number.NaN)).filter(Number.isFinite);
  return rows.find((row) => Number(row['founded']) === Math.min(...years))!['id']!;
}

/** The colour an organisation is drawn in on the canvas, as 'rgb(r,g,b)'. */
const drawnColour = (page: Page, id: string) =>
  page.evaluate(
    (nodeId) =>
      (
        (window as unknown as { __clusnetCy: Cy }).__clusnetCy
          .getElementById(`n:${nodeId}`)
          .style('background-color') as string
      ).replace(/\s/g, ''),
    id,
  );

/** The first colour of the viridis scale (#440154): the smallest value when colouring by a number. */
const VIRIDIS_MIN = 'rgb(68,1,84)';

async function colourBy(page: Page, label: string) {
  await page.getByRole('combobox', { name: 'Colour by' }).selectOption({ label });
}

test('three scenes are still there after a reload, and are presented with the keyboard', async ({ page }) => {
  const oldest = oldestOrganisation();
  await page.goto('./');
  await waitForGraph(page);
  const byRole = await drawnColour(page, oldest);
  expect(byRole).not.toBe(VIRIDIS_MIN);
  await saveScene(page, TITLES[0]!, 'One network of clusters');
  await colourBy(page, 'founded (scale)');
  await expect(page.getByRole('region', { name: 'Colour: founded' })).toBeVisible();
  await expect.poll(() => drawnColour(page, oldest)).toBe(VIRIDIS_MIN);
  await saveScene(page, TITLES[1]!);
  await colourBy(page, 'Number of ties (scale)');
  await expect(page.getByRole('region', { name: 'Colour: Number of ties' })).toBeVisible();
  await saveScene(page, TITLES[2]!);
  const sceneTitles = page
    .getByRole('region', { name: 'Scenes' })
    .getByRole('list', { name: 'Scenes' })
    .getByRole('button', { name: /^Show / });
  await expect(sceneTitles).toHaveText(TITLES);

  // Only reload once the app says the work is kept.
  await expect(page.getByRole('status', { name: 'Save status' })).toHaveText('Saved in this browser');
  await page.reload();
  await waitForGraph(page);
  await expect(sceneTitles).toHaveText(TITLES);

  await page.getByRole('button', { name: 'Present', exact: true }).click();
  const caption = page.getByRole('region', { name: 'Caption' });
  const progress = page.getByRole('status', { name: 'Scene progress' });
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(progress).toHaveText('1 / 3');
  await expect(caption.getByRole('heading')).toHaveText(TITLES[0]!);
  await expect(caption).toContainText('One network of clusters');
  // The first scene is coloured by role, as it was saved.
  await expect.poll(() => drawnColour(page, oldest)).toBe(byRole);

  await page.keyboard.press('PageDown');
  await expect(progress).toHaveText('2 / 3');
  await expect(caption.getByRole('heading')).toHaveText(TITLES[1]!);
  // The second scene colours by year founded: the oldest organisation takes the scale's first colour.
  await expect.poll(() => drawnColour(page, oldest)).toBe(VIRIDIS_MIN);
  await page.keyboard.press('ArrowRight');
  await expect(progress).toHaveText('3 / 3');
  await expect(caption.getByRole('heading')).toHaveText(TITLES[2]!);

  await page.keyboard.press('Escape');
  await expect(page.getByRole('region', { name: 'Presentation' })).toHaveCount(0);
  await expect(page.getByRole('banner')).toBeVisible();
  await expect(sceneTitles).toHaveText(TITLES);
});
