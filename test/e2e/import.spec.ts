import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { waitForGraph } from './helpers';

const FIXTURES = new URL('../../fixtures/import/', import.meta.url).pathname;
const summary = (page: import('@playwright/test').Page) => page.getByRole('status', { name: 'Dataset summary' });

test('a two-table CRM export: correct one column, read the report, download it', async ({ page }) => {
  await page.goto('./');
  await waitForGraph(page);
  await page
    .getByLabel('Load data')
    .setInputFiles([FIXTURES + 'crm-export-organisations.csv', FIXTURES + 'crm-export-ties.csv']);

  // "partner" is not a known header: the mapping step opens with a preview of the rows.
  const dialog = page.getByRole('dialog', { name: 'Map columns' });
  await expect(dialog).toBeVisible();
  const ties = dialog.getByRole('region', { name: 'crm-export-ties.csv' });
  await expect(ties.getByRole('cell', { name: 'd-unbekannt' })).toBeVisible();
  await expect(ties.getByText('Still needed: a target column.')).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Import' })).toBeDisabled();
  await ties.getByLabel('partner').selectOption({ label: 'Target (to)' });
  await dialog.getByRole('button', { name: 'Import' }).click();
  await expect(dialog).toHaveCount(0);

  // Four organisations plus one placeholder for the unknown partner; every tie row kept.
  await expect(summary(page)).toHaveText('5 organisations · 4 ties');
  await waitForGraph(page);
  const notice = page.getByRole('status', { name: 'Import summary' });
  await expect(notice).toContainText('2 rows need a look');
  await notice.getByRole('button', { name: 'Open the import report' }).click();

  const report = page.getByRole('region', { name: 'Import report' });
  await expect(report.getByRole('table', { name: 'Files read' })).toContainText('Windows-1252');
  const entries = report.getByRole('table', { name: /Problems and notes/ });
  await report.getByRole('button', { name: 'Row' }).click();
  const rows = entries.getByRole('row');
  await expect(rows.nth(1)).toContainText('not-a-number');
  await expect(rows.nth(1)).toContainText('"viel" is not a number.');
  await expect(rows.nth(2)).toContainText('unknown-reference');
  await expect(rows.nth(2)).toContainText('partner');

  const download = page.waitForEvent('download');
  await report.getByRole('button', { name: 'Download report (CSV)' }).click();
  const csv = readFileSync(await (await download).path(), 'utf8');
  expect(csv.split('\r\n')[0]).toBe('severity,kind,file,row,column,problem,action');
  expect(csv).toContain(
    'warning,not-a-number,crm-export-ties.csv,4,weight,"""viel"" is not a number.",Weight set to 1.',
  );

  // The option re-reads the files: the tie to the unknown organisation is dropped instead.
  await report.getByLabel('Drop ties to unknown organisations instead of adding placeholders').check();
  await expect(summary(page)).toHaveText('4 organisations · 3 ties');

  // The confirmed mapping is remembered: the same headers again need no mapping step.
  await page
    .getByLabel('Load data')
    .setInputFiles([FIXTURES + 'crm-export-organisations.csv', FIXTURES + 'crm-export-ties.csv']);
  await expect(summary(page)).toHaveText('4 organisations · 3 ties');
  await expect(page.getByRole('dialog')).toHaveCount(0);
});

test('a broken graph file: a clear message, and the loaded data set stays', async ({ page }) => {
  await page.goto('./');
  await waitForGraph(page);
  const before = await summary(page).textContent();
  await page.getByLabel('Load data').setInputFiles({
    name: 'network.gexf',
    mimeType: 'application/xml',
    buffer: Buffer.from('<gexf><graph><nodes><node id="a"></nodes></graph></gexf>'),
  });
  await expect(page.getByRole('alert')).toContainText('network.gexf: this is not well-formed XML');
  await expect(summary(page)).toHaveText(before!);
  await page.getByLabel('Load data').setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{\n  "organisations": [\n    {"id": "a",}\n  ]\n}'),
  });
  await expect(page.getByRole('alert')).toContainText('broken.json: this is not valid JSON (line 3, column');
  await expect(summary(page)).toHaveText(before!);
});

test('pasted CSV text is imported', async ({ page }) => {
  await page.goto('./');
  await waitForGraph(page);
  await page.getByRole('button', { name: 'Paste data' }).click();
  const dialog = page.getByRole('dialog', { name: 'Paste data' });
  await dialog.getByRole('textbox').fill('Source\tTarget\tWeight\nLyon\tMunich\t2\nMunich\tLeipzig\t1\n');
  await dialog.getByRole('button', { name: 'Import' }).click();
  await expect(summary(page)).toHaveText('3 organisations · 2 ties');
});

test('the paste dialog keeps the keyboard inside it, and Esc gives focus back', async ({ page }) => {
  await page.goto('./');
  await waitForGraph(page);
  const opener = page.getByRole('button', { name: 'Paste data' });
  await opener.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Paste data' });
  await expect(dialog.getByRole('textbox')).toBeFocused();
  // Tab round the dialog more times than it has controls: focus never reaches the page behind it.
  for (let presses = 0; presses < 8; presses++) {
    await page.keyboard.press('Tab');
    const outside = await page.evaluate(() => {
      const active = document.activeElement;
      return active !== null && active !== document.body && active.closest('dialog') === null
        ? active.outerHTML.slice(0, 80)
        : null;
    });
    expect(outside).toBeNull();
  }
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(opener).toBeFocused();
});

test('?data= reads a file from the same site, and refuses another site with a way forward', async ({ page }) => {
  await page.route('**/shared/cluster.csv', (route) =>
    route.fulfill({ contentType: 'text/csv', body: 'from,to\nA,B\nB,C\nC,A\n' }),
  );
  await page.goto('./?data=shared/cluster.csv');
  await expect(summary(page)).toHaveText('3 organisations · 3 ties');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('cluster.csv');

  await page.goto('./?data=https://example.org/cluster.csv');
  await expect(page.getByRole('alert')).toContainText('https://example.org is another site');
  await expect(page.getByRole('alert')).toContainText('Download the file and drop it on the page');
  await waitForGraph(page);

  await page.goto('./?data=missing.csv');
  await expect(page.getByRole('alert')).toContainText('(404');
});

test('Cancel stops a long import and the loaded data set stays', async ({ page }) => {
  await page.goto('./');
  await waitForGraph(page);
  const before = await summary(page).textContent();
  const rows = Array.from(
    { length: 300_000 },
    (_, index) => `org ${index % 50_000},org ${(index * 7919) % 50_000},${(index % 9) + 1}`,
  );
  await page.getByLabel('Load data').setInputFiles({
    name: 'big-edges.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(`source,target,weight\n${rows.join('\n')}\n`),
  });
  await expect(page.getByRole('progressbar')).toBeVisible();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('progressbar')).toHaveCount(0);
  await expect(summary(page)).toHaveText(before!);
  await expect(page.getByRole('alert')).toHaveCount(0);
});
