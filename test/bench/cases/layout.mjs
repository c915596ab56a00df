// Layout and scale cases: layout switches at 5k organisations / 20k ties (longest main-thread
// task while switching), and a dense 750-organisation / ~151,644-tie network (time to drawn, fps
// while panning with mouse drags).
import { generateClusteredNetwork, seededRandom } from '../generate.mjs';
import { loadTables, openApp } from '../loadNetwork.mjs';

const longestTask = (page, since) =>
  page.evaluate(
    (from) => Math.max(0, ...window.__longTasks.filter((t) => t.start >= from).map((t) => t.duration)),
    since,
  );
const mark = (page, name) =>
  page.evaluate((n) => performance.getEntriesByName(`clusnet:${n}`).at(-1)?.startTime ?? NaN, name);

async function load(page, base, tables) {
  await openApp(page, base);
  await loadTables(page, tables);
}

/** Choose a layout; return its duration (ms, choice → nodes in place) and the longest task meanwhile. */
async function switchLayout(page, label) {
  await page.waitForTimeout(500);
  const since = await page.evaluate(() => performance.now());
  await page.getByRole('combobox', { name: 'Layout' }).selectOption({ label });
  await page.waitForFunction(
    (from) =>
      document.querySelector('[data-layout="done"]') &&
      (performance.getEntriesByName('clusnet:layout-end').at(-1)?.startTime ?? 0) > from,
    since,
    {
      timeout: 300_000,
      polling: 100,
    },
  );
  return { time: (await mark(page, 'layout-end')) - since, longest: await longestTask(page, since) };
}

/** Frames per second while dragging the view from an empty corner for about two seconds. */
async function panFps(page) {
  const box = await page.locator('.cy-container').boundingBox();
  const [x, y] = [box.x + 8, box.y + 8];
  await page.evaluate(() => {
    window.__frames = 0;
    const tick = () => {
      window.__frames++;
      if (window.__counting) requestAnimationFrame(tick);
    };
    window.__counting = true;
    requestAnimationFrame(tick);
  });
  const start = Date.now();
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let i = 0; i < 60; i++)
    await page.mouse.move(x + 200 * Math.sin(i / 6), y + 120 * Math.abs(Math.cos(i / 8)), { steps: 2 });
  await page.mouse.up();
  const frames = await page.evaluate(() => {
    window.__counting = false;
    return window.__frames;
  });
  return (frames * 1000) / (Date.now() - start);
}

const layoutSwitches = {
  name: 'layout switch 5k organisations / 20k ties',
  runs: 2,
  async run(page, { base }) {
    await load(page, base, generateClusteredNetwork(5000));
    const initial = (await mark(page, 'layout-end')) - (await mark(page, 'import-end'));
    const city = await switchLayout(page, 'Grouped by city');
    const geo = await switchLayout(page, 'Map of Europe');
    const concentric = await switchLayout(page, 'Concentric (by size measure)');
    const force = await switchLayout(page, 'Force-directed');
    return {
      'import → force layout drawn (worker)': initial,
      'switch to city: time': city.time,
      'switch to city: longest task': city.longest,
      'switch to map: longest task': geo.longest,
      'switch to concentric: longest task': concentric.longest,
      'back to force (cached): longest task': force.longest,
    };
  },
};

/** A dense network like the 750 universities joined by 151,644 co-publication ties: ~54% of all pairs. */
export function generateDense(n = 750, ties = 151_644, seed = 7) {
  const random = seededRandom(seed);
  const pairs = (n * (n - 1)) / 2;
  const organisations = ['id,name,type,city'];
  const cities = [
    'Lyon',
    'Barcelona',
    'Munich',
    'Dortmund',
    'Leipzig',
    'Manchester',
    'Helsinki',
    'Budapest',
    'Gothenburg',
    'Eindhoven',
  ];
  for (let i = 0; i < n; i++) organisations.push(`u${i},University ${i},University,${cities[i % cities.length]}`);
  const rows = ['source,target,weight'];
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      if (random() < ties / pairs) rows.push(`u${i},u${j},${1 + Math.floor(random() ** 3 * 50)}`);
    }
  }
  return { organisations: organisations.join('\n') + '\n', ties: rows.join('\n') + '\n', count: rows.length - 1 };
}

const dense = (all) => ({
  name: `dense 750 organisations / ~151,644 ties${all ? ', all ties drawn' : ''}`,
  runs: 2,
  async run(page, { base }) {
    const network = generateDense();
    const since = await page.evaluate(() => performance.now()).catch(() => 0);
    await load(page, base, network);
    const drawnAt = await mark(page, 'layout-end');
    const result = {
      ties: network.count,
      'file chosen → drawn': drawnAt - (await mark(page, 'import-start')),
      'longest task (load)': await longestTask(page, since),
    };
    if (all) {
      const before = await page.evaluate(() => performance.now());
      await page.getByRole('combobox', { name: 'Ties drawn' }).selectOption('all');
      await page.waitForFunction((count) => window.__clusnetCy.edges().length === count, network.count, {
        timeout: 600_000,
        polling: 500,
      });
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      result['all ties → drawn'] = (await page.evaluate(() => performance.now())) - before;
    }
    result['pan fps (mouse drag)'] = await panFps(page);
    return result;
  },
});

export const cases = [layoutSwitches, dense(false), dense(true)];
