import { expect, test } from './fixtures';
import { waitForGraph } from './helpers';

const FIXTURES = new URL('../../fixtures/import/', import.meta.url).pathname;

test('a CORDIS organization.csv opens coloured by role, with a Country filter of named countries', async ({ page }) => {
  await page.goto('./');
  await waitForGraph(page);
  await page.getByLabel('Load data').setInputFiles(FIXTURES + 'cordis-organization.csv');

  // Clear headers: no mapping step; a membership list of 10 organisations in 3 projects.
  await expect(page.getByRole('status', { name: 'Dataset summary' })).toHaveText('10 organisations · 19 ties');
  await expect(page.getByRole('dialog', { name: 'Map columns' })).toHaveCount(0);
  await waitForGraph(page);

  // activityType codes (HES, REC, PRC, PUB, OTH) are roles, not "Other" for all.
  const legend = page.getByRole('region', { name: 'Roles' });
  for (const role of ['Knowledge (universities)', 'Research', 'Business', 'Government', 'Other'])
    await expect(legend.getByText(role, { exact: true })).toBeVisible();

  // EL and UK are named like every ISO code.
  const filters = page.getByRole('region', { name: 'Filters' });
  await filters
    .locator('summary')
    .filter({ hasText: /^Country/ })
    .click();
  for (const country of ['Greece', 'United Kingdom', 'Poland', 'Denmark'])
    await expect(filters.getByRole('checkbox', { name: new RegExp(`^${country}`) })).toBeVisible();
  await expect(filters.getByRole('checkbox', { name: /^EL\b/ })).toHaveCount(0);

  // Filtering by a named country keeps its organisations.
  await filters.getByRole('checkbox', { name: /^Greece/ }).check();
  await expect(page.getByRole('status', { name: 'Shown' })).toHaveText('1 of 10 organisations · 0 of 19 ties shown');
});
