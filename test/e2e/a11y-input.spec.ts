import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { nodePosition } from './helpers';
import { graphPosition, waitForGraphPatiently as waitForGraph } from './a11yHelpers';

test.describe.configure({ timeout: 240_000 });

const inspectorHeading = (page: Page) =>
  page.getByRole('region', { name: 'Inspector' }).getByRole('heading', { level: 2 });
const spoken = (page: Page) => page.getByRole('region', { name: 'Selected organisation in words' });

/** Press Tab until the canvas has the focus, as a keyboard user would reach it. */
async function tabToCanvas(page: Page) {
  for (let presses = 0; presses < 80; presses++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement?.classList.contains('graph-canvas'))) return;
  }
  throw new Error('Tab never reached the canvas');
}

test('with the keyboard only: reach the canvas, jump by name, city and neighbour, read the text view, list the shortcuts', async ({
  page,
}) => {
  await page.goto('./');
  await waitForGraph(page);
  await tabToCanvas(page);
  const canvas = page.locator('.graph-canvas');
  // Visible focus: a real outline, not the browser's nothing.
  await expect(canvas).not.toHaveCSS('outline-style', 'none');
  await expect(canvas).toHaveCSS('outline-width', '4px');

  // n: the first organisation by name; the text view says who it is and its ties by type.
  await page.keyboard.press('n');
  await expect(inspectorHeading(page)).toHaveText('22@Barcelona');
  await expect(spoken(page)).toContainText('22@Barcelona:');
  await expect(spoken(page)).toContainText(/ ties \(\d+\): with /);

  // c: the next city's best-connected organisation. Cities go largest first (Lyon 17, then
  // Barcelona, Dortmund and Eindhoven with 16 each, by name): from Barcelona, Dortmund is next.
  await page.keyboard.press('c');
  await expect(spoken(page)).toContainText(/ in Dortmund, with \d+ ties/);
  const cityHub = await inspectorHeading(page).innerText();
  await page.keyboard.press('c');
  await expect(spoken(page)).toContainText(/ in Eindhoven, with \d+ ties/);
  await page.keyboard.press('Shift+C');
  await expect(inspectorHeading(page)).toHaveText(cityHub);

  // An arrow walks to a neighbour in that direction (at least one of the four leads somewhere).
  for (const arrow of ['ArrowRight', 'ArrowLeft', 'ArrowUp', 'ArrowDown']) {
    await page.keyboard.press(arrow);
    if ((await inspectorHeading(page).innerText()) !== cityHub) break;
  }
  await expect(inspectorHeading(page)).not.toHaveText(cityHub);

  // m: communities, once the analysis has run.
  await expect(page.getByRole('region', { name: 'Text view' }).getByText(/By community/)).toBeVisible({
    timeout: 120_000,
  });
  await page.keyboard.press('m');
  const firstCommunity = await inspectorHeading(page).innerText();
  await page.keyboard.press('m');
  await expect(inspectorHeading(page)).not.toHaveText(firstCommunity);

  // ?: the help dialog lists the shortcuts; Esc closes it and the focus returns to the page.
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help).toBeVisible();
  for (const action of [
    'Next / previous city',
    'Next / previous community',
    'Next organisation without ties',
    'Next scene',
  ])
    await expect(help.getByText(action, { exact: false }).first()).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(help).toHaveCount(0);

  // The text view by city: open it with the keyboard and read Lyon's sentence.
  const text = page.getByRole('region', { name: 'Text view' });
  await text.getByText('By city').focus();
  await page.keyboard.press('Enter');
  await expect(text.getByRole('region', { name: 'Lyon' })).toContainText('Lyon: 17 organisations');
  await expect(text.getByRole('region', { name: 'Lyon' })).toContainText('Strongest ties:');
});

/**
 * The most distinct positions any node passes through during `action`: a jump gives one (the
 * destination, however often it is set), a glide one per frame.
 */
async function countMoves(page: Page, action: () => Promise<void>, done: () => Promise<void>) {
  await page.evaluate(() => {
    const w = window as unknown as { __clusnetCy: import('cytoscape').Core; __moves: Record<string, Set<string>> };
    w.__moves = {};
    w.__clusnetCy.on('position', 'node', (event) => {
      const id = event.target.id() as string;
      const { x, y } = event.target.position() as { x: number; y: number };
      (w.__moves[id] ??= new Set()).add(`${Math.round(x)},${Math.round(y)}`);
    });
  });
  await action();
  await done();
  return page.evaluate(() =>
    Math.max(
      0,
      ...Object.values((window as unknown as { __moves: Record<string, Set<string>> }).__moves).map((set) => set.size),
    ),
  );
}

test.describe('with "reduce motion"', () => {
  test.beforeEach(async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
  });

  test('a new layout and a scene change jump instead of gliding, and Play steps one year per press', async ({
    page,
  }) => {
    await page.goto('./');
    await waitForGraph(page);
    const before = await graphPosition(page, 'brussels-eurocities');
    const moves = await countMoves(
      page,
      async () => {
        await page.getByLabel('Layout').selectOption({ label: 'Concentric (by size measure)' });
      },
      async () => {
        await expect.poll(() => graphPosition(page, 'brussels-eurocities'), { timeout: 90_000 }).not.toEqual(before);
        await expect(page.locator('[data-layout="done"]')).toHaveCount(1, { timeout: 90_000 });
      },
    );
    // A glide over 550 ms moves each node on every frame; a jump moves it once.
    expect(moves).toBeLessThanOrEqual(2);

    const scenes = page.getByRole('region', { name: 'Scenes' });
    for (const title of ['Concentric', 'Force']) {
      if (title === 'Force') {
        await page.getByLabel('Layout').selectOption({ label: 'Force-directed' });
        await expect(page.locator('[data-layout="done"]')).toHaveCount(1, { timeout: 90_000 });
      }
      await scenes.getByRole('button', { name: 'Save view as scene' }).click();
      await scenes.getByLabel('Title').fill(title);
    }
    await page.getByRole('button', { name: 'Present', exact: true }).click();
    const progress = page.getByRole('status', { name: 'Scene progress' });
    await expect(progress).toHaveText('1 / 2');
    const sceneMoves = await countMoves(
      page,
      () => page.keyboard.press('ArrowRight'),
      () => expect(progress).toHaveText('2 / 2'),
    );
    expect(sceneMoves).toBeLessThanOrEqual(2);
    await page.keyboard.press('Escape');

    // Play: each press shows one more year; nothing runs on its own.
    const years = page.getByRole('group', { name: 'Tie years' });
    const play = years.getByRole('button', { name: 'Play years' });
    const readout = years.locator('.year-readout');
    await play.click();
    const first = Number(await readout.innerText());
    await play.click();
    await expect(readout).toHaveText(`${first} – ${first + 1}`);
    await expect(play).not.toHaveAttribute('aria-pressed', 'true');
  });
});

for (const size of [
  { width: 1024, height: 768 },
  { width: 768, height: 1024 },
]) {
  test(`at ${size.width}×${size.height}, by touch: the sidebar folds away, a tap inspects, a long press opens the panels`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ viewport: size, hasTouch: true, isMobile: false });
    const page = await context.newPage();
    await page.goto('./');
    await waitForGraph(page);
    const sidebar = page.getByRole('complementary', { name: 'Panels' });
    const toggle = page.getByRole('button', { name: 'Panels' });
    await expect(sidebar).toBeHidden();
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');

    // Tap: the organisation is selected, and the text view (in the panels) says so.
    const hub = 'brussels-eurocities';
    const at = await nodePosition(page, hub);
    await page.touchscreen.tap(at.x, at.y);
    await toggle.tap();
    await expect(sidebar).toBeVisible();
    await expect(page.getByRole('region', { name: 'Inspector' }).getByRole('heading', { level: 2 })).toHaveText(
      'EUROCITIES',
    );
    await page.getByRole('button', { name: 'Hide panels' }).tap();
    await expect(sidebar).toBeHidden();

    // Long press (Cytoscape's taphold, after 500 ms held): the panels open on the inspector.
    const other = await nodePosition(page, 'lyon-grand-lyon');
    await page.evaluate(({ x, y }) => {
      const target = document.elementFromPoint(x, y)!;
      const touch = new Touch({ identifier: 1, target, clientX: x, clientY: y });
      target.dispatchEvent(
        new TouchEvent('touchstart', { touches: [touch], changedTouches: [touch], bubbles: true, cancelable: true }),
      );
    }, other);
    await expect(sidebar).toBeVisible();
    await expect(page.getByRole('region', { name: 'Inspector' }).getByRole('heading', { level: 2 })).toHaveText(
      'Grand Lyon',
    );
    await context.close();
  });
}
