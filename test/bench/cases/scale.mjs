// Scale cases (issue: smooth at the sizes real exports have): the app beside a bare Cytoscape
// page drawing the same generated network with x/y, in the same run, so the ratios hold on a
// shared, noisy machine. Sizes: BENCH_SIZES=5000,20000 (default 5000) or --size N.
// BENCH_TRACE=1: a Chrome trace and a CPU profile of the app's first load at the smallest size,
// written to bench-results/, with the functions that hold its long tasks printed.
import { createRequire } from 'node:module';
import { mkdirSync, writeFileSync } from 'node:fs';
import { generateClusteredNetwork } from '../generate.mjs';
import { openApp } from '../loadNetwork.mjs';
import { dragPan, heapMB, longestTask, longTasksOf, startProfile } from '../measure.mjs';

const argument = (name) => {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
};
const SIZES = (argument('--size') ?? process.env.BENCH_SIZES ?? '5000').split(',').map(Number);
const TRACE = process.env.BENCH_TRACE === '1';
const CYTOSCAPE = createRequire(import.meta.url).resolve('cytoscape/dist/cytoscape.min.js');
const RESULTS = new URL('../../../bench-results/', import.meta.url);
let traced = false;

/** The bare page: CSV text → elements with x/y → cytoscape() with its default style → first frame drawn. */
async function bareCytoscape(page, { organisations, ties }) {
  await page.setContent('<div id="cy" style="position:fixed;inset:0"></div>');
  await page.addScriptTag({ path: CYTOSCAPE });
  const result = await page.evaluate(
    async ([orgText, tieText]) => {
      window.__longTasks = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries())
          window.__longTasks.push({ start: entry.startTime, duration: entry.duration });
      }).observe({ type: 'longtask' });
      const start = performance.now();
      const rows = (text) => text.trim().split('\n').slice(1);
      const elements = [];
      for (const row of rows(orgText)) {
        const cells = row.split(',');
        elements.push({ data: { id: cells[0] }, position: { x: Number(cells[6]), y: Number(cells[7]) } });
      }
      rows(tieText).forEach((row, i) => {
        const [source, target] = row.split(',');
        elements.push({ data: { id: `t${i}`, source, target } });
      });
      window.cy = window.cytoscape({ container: document.getElementById('cy'), elements, layout: { name: 'preset' } });
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      const drawn = performance.now() - start;
      await new Promise((resolve) => setTimeout(resolve, 300));
      return { first: drawn, longest: Math.max(0, ...window.__longTasks.map((task) => task.duration)) };
    },
    [organisations, ties],
  );
  const pan = await dragPan(page, '#cy');
  return { ...result, fps: pan.fps, panLongest: pan.longest, heap: await heapMB(page) };
}

/** The app: load both files through "Load data"; first drawing = first frame with the new graph's nodes. */
async function app(page, { organisations, ties }, size) {
  await openApp(page, page.__base);
  await page.evaluate(() => {
    performance.clearMarks();
    const old = window.__clusnetCy;
    window.__firstDrawing = null;
    const watch = () => {
      const cy = window.__clusnetCy;
      if (cy && cy !== old && !cy.destroyed() && cy.nodes().length > 0)
        requestAnimationFrame(() => (window.__firstDrawing = performance.now()));
      else requestAnimationFrame(watch);
    };
    requestAnimationFrame(watch);
  });
  const trace = TRACE && !traced && size === Math.min(...SIZES);
  traced ||= trace;
  const browser = page.context().browser();
  if (trace) await browser.startTracing(page, { path: new URL(`trace-${size}.json`, RESULTS).pathname });
  const profile = trace ? await startProfile(page) : null;
  const since = await page.evaluate(() => performance.now());
  await page.getByLabel('Load data').setInputFiles([
    { name: 'orgs.csv', mimeType: 'text/csv', buffer: Buffer.from(organisations) },
    { name: 'ties.csv', mimeType: 'text/csv', buffer: Buffer.from(ties) },
  ]);
  await page.waitForFunction(
    () =>
      document.querySelector('[data-layout="done"]') && performance.getEntriesByName('clusnet:layout-end').length > 0,
    null,
    { timeout: 600_000, polling: 250 },
  );
  const final = await page.evaluate(() => performance.getEntriesByName('clusnet:layout-end').at(-1).startTime);
  if (profile) {
    const cpu = await profile.stop();
    writeFileSync(new URL(`profile-${size}.cpuprofile`, RESULTS), JSON.stringify(cpu));
    process.stderr.write(`\nlong tasks of the ${size} load (CPU profile, busy stretches ≥ 50 ms):\n`);
    for (const task of longTasksOf(cpu))
      process.stderr.write(`  ${task.ms} ms\n    ${task.functions.join('\n    ')}\n`);
  }
  if (trace) await browser.stopTracing();
  // The analysis of the new network arrives after the picture; pan once it has, so its task is not counted as panning.
  await page
    .waitForFunction(() => performance.getEntriesByName('clusnet:analysis-end').length > 0, null, { timeout: 300_000 })
    .catch(() => undefined);
  const first = await page.evaluate(() => window.__firstDrawing);
  await page.waitForTimeout(300);
  const longest = await longestTask(page, since, final);
  const pan = await dragPan(page, '.cy-container');
  return {
    first: first - since,
    final: final - since,
    longest,
    fps: pan.fps,
    panLongest: pan.longest,
    heap: await heapMB(page),
  };
}

const scaleCase = (size) => ({
  name: `scale ${size / 1000}k organisations / ${(4 * size) / 1000}k ties with x/y`,
  runs: size >= 20000 ? 2 : undefined,
  async run(page, { base }) {
    mkdirSync(RESULTS, { recursive: true });
    const tables = generateClusteredNetwork(size, 4, 42, { positions: true });
    page.__base = base;
    const ours = await app(page, tables, size);
    const barePage = await page.context().newPage();
    const bare = await bareCytoscape(barePage, tables);
    await barePage.close();
    const both = (label, key, unit) => ({
      [`app: ${label}${unit}`]: ours[key],
      [`bare Cytoscape: ${label}${unit}`]: bare[key],
      [`ratio app/bare: ${label}`]: ours[key] / bare[key],
    });
    return {
      ...both('file chosen → first drawing', 'first', ''),
      'app: file chosen → final picture': ours.final,
      ...both('longest task to final picture', 'longest', ''),
      ...both('drag-pan', 'fps', ' fps'),
      ...both('longest task while panning', 'panLongest', ''),
      ...both('JS heap', 'heap', ' MB'),
    };
  },
});

export const cases = SIZES.map(scaleCase);
