import { writeFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { brokenProject } from './brokenProject';
import { waitForGraph } from './helpers';

test('a broken project file opens repaired with an alert, and the app still opens after a reload', async ({
  page,
}, testInfo) => {
  const file = testInfo.outputPath('broken.clusnet.json');
  writeFileSync(file, JSON.stringify(brokenProject));
  await page.goto('./');
  await waitForGraph(page);
  await page.getByRole('button', { name: 'Projects' }).click();
  await page.getByRole('dialog', { name: 'Projects' }).getByLabel('Open project').setInputFiles(file);
  await expect(page.getByRole('alert')).toContainText('broken.clusnet.json was repaired to open it');
  await expect(page.getByRole('status', { name: 'Dataset summary' })).toHaveText('3 organisations · 1 tie');
  await waitForGraph(page);
  await expect(page.getByRole('status', { name: 'Save status' })).toHaveText('Saved in this browser');
  await page.reload();
  await expect(page.getByRole('status', { name: 'Dataset summary' })).toHaveText('3 organisations · 1 tie');
  await waitForGraph(page);
});

test('a second tab on the same project says it is open elsewhere and does not overwrite it', async ({
  page,
  context,
}) => {
  await page.goto('./');
  await waitForGraph(page);
  await expect(page.getByRole('status', { name: 'Save status' })).toHaveText('Saved in this browser');
  const second = await context.newPage();
  await second.goto('./');
  await waitForGraph(second);
  await expect(second.getByRole('status', { name: 'Save status' })).toHaveText('Open in another tab: not saved here');
  await expect(second.getByRole('alert')).toContainText('This project is open in another tab');
  // The first tab still saves.
  await expect(page.getByRole('status', { name: 'Save status' })).toHaveText('Saved in this browser');
  // Once the first tab is closed, the second one takes the project over at its next change.
  await page.close();
  await second
    .getByLabel('Load data')
    .setInputFiles([{ name: 'one.csv', mimeType: 'text/csv', buffer: Buffer.from('id\nsolo\n') }]);
  await expect(second.getByRole('status', { name: 'Save status' })).toHaveText('Saved in this browser');
  await second.close();
});
