import { readFileSync, writeFileSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { demoCounts, waitForGraph } from './helpers';

const ORGS =
  'id,name,type,city\nlyon,Grand Lyon,Government,Lyon\naxe,Axelera,Cluster organisation,Lyon\nrho,Rhodia,Firm,Lyon\n';
const TIES = 'source,target,type\nlyon,axe,Funding\naxe,rho,Membership\n';

async function loadSmallFile(page: Page): Promise<void> {
  await page.getByLabel('Load data').setInputFiles([
    { name: 'lyon.csv', mimeType: 'text/csv', buffer: Buffer.from(ORGS) },
    { name: 'lyon-ties.csv', mimeType: 'text/csv', buffer: Buffer.from(TIES) },
  ]);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('lyon.csv + lyon-ties.csv');
  await expect(page.getByRole('status', { name: 'Save status' })).toHaveText('Saved in this browser');
}

/** Click a button that downloads a file; returns the file's path on disk. */
async function download(page: Page, click: () => Promise<void>): Promise<{ path: string; download: Download }> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  return { path: (await file.path())!, download: file };
}

test('the loaded data set is still there after a reload', async ({ page }) => {
  await page.goto('./');
  await waitForGraph(page);
  await loadSmallFile(page);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('lyon.csv + lyon-ties.csv');
  await expect(page.getByRole('status', { name: 'Dataset summary' })).toHaveText('3 organisations · 2 ties');
  await waitForGraph(page);
});

test('exported CSV files load back with the same counts', async ({ page }) => {
  await page.goto('./');
  await waitForGraph(page);
  const { organisations, ties } = demoCounts();
  await expect(page.getByRole('status', { name: 'Dataset summary' })).toHaveText(
    `${organisations} organisations · ${ties} ties`,
  );
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByRole('checkbox', { name: /CSV for Excel/ }).check();
  const orgs = await download(page, () => dialog.getByRole('button', { name: 'Organisations (CSV)' }).click());
  const tieFile = await download(page, () => dialog.getByRole('button', { name: 'Ties (CSV)' }).click());
  expect(orgs.download.suggestedFilename()).toMatch(/-organisations\.csv$/);
  await expect(dialog.getByRole('status')).toHaveText(/^Saved .*-ties\.csv to your downloads\.$/);
  expect(readFileSync(orgs.path).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  await dialog.getByRole('button', { name: 'Close' }).click();
  await page.getByLabel('Load data').setInputFiles([
    { name: 'organisations.csv', mimeType: 'text/csv', buffer: readFileSync(orgs.path) },
    { name: 'ties.csv', mimeType: 'text/csv', buffer: readFileSync(tieFile.path) },
  ]);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('organisations.csv + ties.csv');
  await expect(page.getByRole('status', { name: 'Dataset summary' })).toHaveText(
    `${organisations} organisations · ${ties} ties`,
  );
  await waitForGraph(page);
});

test('a saved project file opens again as the same data set and view', async ({ page }, testInfo) => {
  await page.goto('./');
  await waitForGraph(page);
  await loadSmallFile(page);
  await page.getByRole('button', { name: 'Projects' }).click();
  const projects = page.getByRole('dialog', { name: 'Projects' });
  const saved = await download(page, () => projects.getByRole('button', { name: 'Save project' }).click());
  expect(saved.download.suggestedFilename()).toBe('lyon-csv-lyon-ties-csv.clusnet.json');
  // The view as another session left it: a different layout and a hidden category.
  const project = JSON.parse(readFileSync(saved.path, 'utf8'));
  expect(project).toMatchObject({ format: 'clusnet-project', version: 1, scenes: [] });
  project.view = { ...project.view, layout: 'concentric', hiddenCategories: ['business'] };
  const edited = testInfo.outputPath('edited.clusnet.json');
  writeFileSync(edited, JSON.stringify(project));

  // Clearing asks first; the demo project kept earlier opens instead, and the list stays open.
  await projects.getByRole('button', { name: 'Delete lyon.csv + lyon-ties.csv' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Delete “lyon.csv + lyon-ties.csv”?' });
  await confirm.getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('CLUSNET: Clusters & Cities Network');
  await expect(projects.getByRole('button', { name: 'Delete lyon.csv + lyon-ties.csv' })).toHaveCount(0);

  await projects.getByLabel('Open project').setInputFiles(edited);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('lyon.csv + lyon-ties.csv');
  await expect(page.getByRole('status', { name: 'Dataset summary' })).toHaveText('3 organisations · 2 ties');
  await waitForGraph(page);
  await page.getByRole('button', { name: 'Projects' }).click();
  const again = await download(page, () => projects.getByRole('button', { name: 'Save project' }).click());
  const reopened = JSON.parse(readFileSync(again.path, 'utf8'));
  expect(reopened.view).toEqual(project.view);
  expect(reopened.dataset).toEqual(project.dataset);
});

test('after the first visit the app opens offline', async ({ page, context }) => {
  await page.goto('./');
  await waitForGraph(page);
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await expect(page.getByRole('status', { name: 'Save status' })).toHaveText('Saved in this browser');
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('CLUSNET: Clusters & Cities Network');
  await waitForGraph(page);
  await context.setOffline(false);
});

test('without storage (as in some private windows) a message says so and the data stays', async ({ page }) => {
  await page.addInitScript(() => Object.defineProperty(window, 'indexedDB', { value: undefined }));
  await page.goto('./');
  await waitForGraph(page);
  await expect(page.getByRole('alert')).toContainText('does not let the app keep your work');
  await page.getByLabel('Load data').setInputFiles([
    { name: 'lyon.csv', mimeType: 'text/csv', buffer: Buffer.from(ORGS) },
    { name: 'lyon-ties.csv', mimeType: 'text/csv', buffer: Buffer.from(TIES) },
  ]);
  await expect(page.getByRole('status', { name: 'Dataset summary' })).toHaveText('3 organisations · 2 ties');
  await expect(page.getByRole('status', { name: 'Save status' })).toHaveText('Not saved in this browser');
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await expect(page.getByRole('alert')).toHaveCount(0);
  // Once dismissed, the same message does not come back with every change.
  await page
    .getByLabel('Load data')
    .setInputFiles([{ name: 'one.csv', mimeType: 'text/csv', buffer: Buffer.from('id\nsolo\n') }]);
  await expect(page.getByRole('status', { name: 'Dataset summary' })).toHaveText('1 organisation · 0 ties');
  await expect(page.getByRole('status', { name: 'Save status' })).toHaveText('Not saved in this browser');
  await expect(page.getByRole('alert')).toHaveCount(0);
});
