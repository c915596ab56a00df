// Presentation and image export: scene transition smoothness, and PNG/SVG export times.
import { openWithNetwork } from '../loadNetwork.mjs';

/** Frames drawn and the longest gap between frames (ms) while `action` runs and for `ms` after. */
async function framesDuring(page, ms, action) {
  await page.evaluate((duration) => {
    window.__frames = [];
    const start = performance.now();
    const tick = (t) => {
      window.__frames.push(t);
      if (t - start < duration) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  }, ms);
  await action();
  await page.waitForTimeout(ms + 100);
  return page.evaluate(() => {
    const f = window.__frames;
    const gaps = f.slice(1).map((t, i) => t - f[i]);
    return { fps: (f.length - 1) / ((f.at(-1) - f[0]) / 1000), worstGap: Math.max(...gaps) };
  });
}

async function twoScenes(page) {
  const scenes = page.getByRole('region', { name: 'Scenes' });
  await scenes.getByRole('button', { name: 'Save view as scene' }).click();
  const box = await page.locator('.graph-canvas').boundingBox();
  await page.mouse.move(box.x + box.width * 0.3, box.y + box.height * 0.4);
  await page.mouse.wheel(0, -600);
  await page.waitForTimeout(300);
  await scenes.getByRole('button', { name: 'Save view as scene' }).click();
  await page.getByRole('button', { name: 'Present', exact: true }).click();
  await page.waitForTimeout(1500);
}

const transition = (label, n) => ({
  name: `present: scene transition, ${label}`,
  runs: n >= 5000 ? 2 : undefined,
  async run(page, { base }) {
    await openWithNetwork(page, base, n);
    await twoScenes(page);
    const { fps, worstGap } = await framesDuring(page, 900, () => page.keyboard.press('ArrowRight'));
    return { 'frames per second during the transition': fps, 'longest frame gap (ms)': worstGap };
  },
});

async function timeDownload(page, setup, button) {
  await page.getByRole('button', { name: 'Export image' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export image' });
  await setup(dialog);
  const started = Date.now();
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 600_000 }),
    dialog.getByRole('button', { name: button }).click(),
  ]);
  await download.path();
  return Date.now() - started;
}

const exportCase = (label, n) => ({
  name: `export image, ${label}`,
  runs: n >= 5000 ? 2 : undefined,
  async run(page, { base }) {
    await openWithNetwork(page, base, n);
    const view4 = await timeDownload(page, (d) => d.getByLabel('Scale').selectOption('4'), 'Download PNG');
    await page.keyboard.press('Escape');
    const full4 = await timeDownload(
      page,
      async (d) => {
        await d.getByLabel('Whole network').check();
        await d.getByLabel('Scale').selectOption('4');
      },
      'Download PNG',
    );
    await page.keyboard.press('Escape');
    const svg = await timeDownload(page, (d) => d.getByLabel('Whole network').check(), 'Download SVG');
    return {
      'PNG 4× view (5120×3200 class), ms': view4,
      'PNG 4× whole network, ms': full4,
      'SVG whole network, ms': svg,
    };
  },
});

export const cases = [
  transition('demo', 0),
  transition('5k organisations', 5000),
  exportCase('demo', 0),
  exportCase('5k organisations', 5000),
];
