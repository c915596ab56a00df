// A VOSviewer map with positions, chosen through the file chooser: 750 organisations and
// 151,644 ties (the size of a university co-authorship map). Measures file chosen -> final
// picture: the file's own positions are the first layout, so no force layout runs.
import { seededRandom } from '../generate.mjs';

const ITEMS = 750;
const LINKS = 151_644;
const CLUSTERS = 8;

/** A seeded VOSviewer JSON map: clustered positions, most links inside a cluster. */
export function generateVosviewerMap(items = ITEMS, links = LINKS) {
  const random = seededRandom(750);
  const centres = Array.from({ length: CLUSTERS }, (_, i) => ({
    x: Math.cos((i / CLUSTERS) * 2 * Math.PI),
    y: Math.sin((i / CLUSTERS) * 2 * Math.PI),
  }));
  const cluster = Array.from({ length: items }, (_, i) => i % CLUSTERS);
  const network = {
    items: cluster.map((c, i) => ({
      id: i + 1,
      label: `University ${i + 1}`,
      x: Number((centres[c].x + (random() - 0.5) * 0.6).toFixed(4)),
      y: Number((centres[c].y + (random() - 0.5) * 0.6).toFixed(4)),
      cluster: c + 1,
      weights: { Links: 0, 'Total link strength': 0, Documents: 1 + Math.floor(random() * 5000) },
      scores: { 'Avg. pub. year': Number((2012 + random() * 10).toFixed(2)) },
    })),
    links: [],
  };
  // Every pair gets a key; the smallest keys become links, pairs inside a cluster first.
  const pairs = [];
  for (let a = 0; a < items; a++)
    for (let b = a + 1; b < items; b++) pairs.push([random() + (cluster[a] === cluster[b] ? 0 : 0.4), a, b]);
  pairs.sort((p, q) => p[0] - q[0]);
  for (const [, a, b] of pairs.slice(0, links)) {
    const strength = 1 + Math.floor(random() * 20);
    network.links.push({ source_id: a + 1, target_id: b + 1, strength });
    for (const end of [a, b]) {
      network.items[end].weights.Links++;
      network.items[end].weights['Total link strength'] += strength;
    }
  }
  return JSON.stringify({ network, config: { terminology: { item: 'university', items: 'universities' } } });
}

const vosviewerMap = {
  name: 'vosviewer: map with positions, 750 organisations / 151,644 ties',
  runs: 3,
  async run(page, { base, timeout }) {
    const file = {
      name: 'universities.json',
      mimeType: 'application/json',
      buffer: Buffer.from(generateVosviewerMap()),
    };
    await page.goto(base);
    await page.waitForSelector('[data-layout="done"]', { timeout });
    await page.evaluate(() => {
      performance.clearMarks();
      // "Chosen" is when the page gets the file: handing 7 MB to the browser is the test driver's time, not the app's.
      document.addEventListener('change', () => (window.__chosen = performance.now()), { capture: true, once: true });
    });
    await page.getByLabel('Load data').setInputFiles(file, { timeout });
    await page.waitForFunction(
      () =>
        document.querySelector('[data-layout="done"]') && performance.getEntriesByName('clusnet:layout-end').length > 0,
      null,
      { timeout, polling: 100 },
    );
    const layout = await page.getByRole('combobox', { name: 'Layout' }).inputValue();
    if (layout !== 'preset') throw new Error(`the first layout was ${layout}, not the file's positions`);
    return page.evaluate(() => {
      const start = window.__chosen;
      const at = (name) => performance.getEntriesByName(`clusnet:${name}`)[0]?.startTime ?? NaN;
      return {
        'file chosen → final picture': at('layout-end') - start,
        'import (in the worker)': at('import-end') - at('import-start'),
        'dataset ready → final picture': at('layout-end') - at('import-end'),
      };
    });
  },
};

export const cases = [vosviewerMap];
