import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { waitForGraphPatiently as waitForGraph } from './a11yHelpers';

/**
 * axe-core over every view a person can reach, in each theme: WCAG 2.1 A and AA plus axe's best
 * practices. Serious and critical findings fail the test, which names the view and the theme.
 * Main views are found through the tab list, so a view added later is audited without a change here.
 */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];
const THEMES = ['light', 'dark', 'projector'] as const;
type Theme = (typeof THEMES)[number];
// axe takes tens of seconds per page on a loaded machine, and each test audits several pages.
test.describe.configure({ timeout: 600_000 });
const IMPORT_FIXTURES = new URL('../../fixtures/import/', import.meta.url).pathname;

/** The serious and critical findings, one readable line each (rule, count, first targets). */
async function findings(page: Page, include?: string): Promise<string[]> {
  let builder = new AxeBuilder({ page }).withTags(TAGS);
  if (include) builder = builder.include(include);
  const { violations } = await builder.analyze();
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => {
      const targets = violation.nodes.slice(0, 3).map((node) => node.target.join(' '));
      return `${violation.id} (${violation.impact}) ×${violation.nodes.length}: ${violation.help} — ${targets.join(' | ')}`;
    });
}

async function expectClean(page: Page, what: string, include?: string) {
  expect(await findings(page, include), `axe findings in ${what}`).toEqual([]);
}

/**
 * Open the app in a theme: light and dark through the header's toggle, "projector" as the page a
 * projector shows (`?embed`: no chrome, the large projector legend over the canvas).
 */
async function openApp(page: Page, theme: Theme) {
  await page.goto(theme === 'projector' ? './?embed' : './');
  await waitForGraph(page);
  if (theme === 'dark') await page.getByRole('button', { name: 'Dark theme' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme === 'dark' ? 'dark' : 'light');
}

async function saveScene(page: Page, title: string) {
  const scenes = page.getByRole('region', { name: 'Scenes' });
  await scenes.getByRole('button', { name: 'Save view as scene' }).click();
  await scenes.getByLabel('Title').fill(title);
  await scenes.getByLabel('Caption').fill(`About ${title}`);
}

for (const theme of ['light', 'dark'] as const) {
  test(`axe: every main view is clean in the ${theme} theme`, async ({ page }) => {
    await openApp(page, theme);
    const tabs = page.getByRole('tablist', { name: 'Views' }).getByRole('tab');
    const names = await tabs.allInnerTexts();
    expect(names.length).toBeGreaterThan(1);
    const failures: string[] = [];
    for (const name of names) {
      await tabs.filter({ hasText: name }).click();
      await expect(tabs.filter({ hasText: name })).toHaveAttribute('aria-selected', 'true');
      // Views that wait for the analysis show it when ready; audit what the person then sees.
      await expect(page.getByText(/Computing|Analysing/)).toHaveCount(0);
      for (const line of await findings(page)) failures.push(`${name} view, ${theme} theme: ${line}`);
    }
    expect(failures, `axe findings per view in the ${theme} theme`).toEqual([]);
  });

  test(`axe: every dialog is clean in the ${theme} theme`, async ({ page }) => {
    await openApp(page, theme);
    const failures: string[] = [];
    const audit = async (name: string, open: () => Promise<unknown>) => {
      await open();
      const dialog = page.getByRole('dialog', { name, exact: true });
      await expect(dialog).toBeVisible();
      for (const line of await findings(page)) failures.push(`${name} dialog, ${theme} theme: ${line}`);
      await page.keyboard.press('Escape');
      await expect(dialog).toHaveCount(0);
    };
    await audit('Paste data', () => page.getByRole('button', { name: 'Paste data' }).click());
    await audit('Export', () => page.getByRole('button', { name: 'Export', exact: true }).click());
    await audit('Export image', () => page.getByRole('button', { name: 'Export image' }).click());
    await audit('Projects', () => page.getByRole('button', { name: 'Projects' }).click());
    await audit('Keyboard shortcuts', () => page.keyboard.press('?'));
    await audit('Map columns', () =>
      page
        .getByLabel('Load data')
        .setInputFiles([IMPORT_FIXTURES + 'crm-export-organisations.csv', IMPORT_FIXTURES + 'crm-export-ties.csv']),
    );
    expect(failures, `axe findings per dialog in the ${theme} theme`).toEqual([]);
  });
}

for (const theme of THEMES) {
  test(`axe: presentation mode is clean in the ${theme} theme`, async ({ page }) => {
    await openApp(page, theme);
    if (theme === 'projector') {
      await expectClean(page, 'the projector page');
      return;
    }
    await saveScene(page, 'Ten cities');
    await saveScene(page, 'Brokers');
    await page.getByRole('button', { name: 'Present', exact: true }).click();
    await expect(page.getByRole('status', { name: 'Scene progress' })).toHaveText('1 / 2');
    await expectClean(page, `presentation mode, ${theme} theme`);
  });
}

for (const theme of ['light', 'dark'] as const) {
  test(`axe: the presenter view is clean in the ${theme} theme`, async ({ page }) => {
    await openApp(page, theme);
    await saveScene(page, 'Ten cities');
    const [presenter] = await Promise.all([
      page.waitForEvent('popup'),
      page.getByRole('region', { name: 'Scenes' }).getByRole('button', { name: 'Presenter view' }).click(),
    ]);
    await expect(presenter.getByRole('button', { name: 'Start presenting' })).toBeVisible();
    await expectClean(presenter, `the presenter view, ${theme} theme`);
    await presenter.getByRole('button', { name: 'Start presenting' }).click();
    await expect(presenter.getByRole('status', { name: 'Scene progress' })).toHaveText('Scene 1 / 1');
    await expectClean(presenter, `the presenter view while presenting, ${theme} theme`);
  });
}
