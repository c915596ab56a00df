// npm run bench: build, serve on 127.0.0.1, and measure in Debian's headless Chromium.
// Every file in test/bench/cases/ exports `cases`: [{ name, runs?, timeout?, run(page, { base, timeout }) => {measure: ms} }].
// Options: --runs N (default 3)  --only SUBSTRING[|SUBSTRING…]  --skip-build
import { spawn, execSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/chromium.mjs';
import { printTable, summarise } from './stats.mjs';

const argument = (name, fallback) => {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : fallback;
};
const RUNS = Number(argument('--runs', '3'));
const ONLY = argument('--only', '').split('|');
const PORT = Number(process.env.BENCH_PORT ?? 4299);
const BASE = `http://127.0.0.1:${PORT}/bench/`;
const root = new URL('../../', import.meta.url).pathname;

if (!process.argv.includes('--skip-build')) execSync('npx vite build --logLevel warn', { cwd: root, stdio: 'inherit' });
const server = spawn('node', ['test/e2e/serve.mjs', String(PORT), '/bench/'], { cwd: root, stdio: 'ignore' });
await new Promise((resolve) => setTimeout(resolve, 500));

const cases = [];
for (const file of readdirSync(new URL('./cases/', import.meta.url))
  .filter((f) => f.endsWith('.mjs'))
  .sort()) {
  const module = await import(new URL(`./cases/${file}`, import.meta.url));
  cases.push(...module.cases);
}

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const rows = [];
const raw = {};
try {
  for (const benchCase of cases.filter((c) => ONLY.some((part) => c.name.includes(part)))) {
    const samples = {};
    for (let run = 0; run < (benchCase.runs ?? RUNS); run++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      await page.addInitScript(() => {
        window.__longTasks = [];
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries())
            window.__longTasks.push({ start: entry.startTime, duration: entry.duration });
        }).observe({ type: 'longtask', buffered: true });
      });
      try {
        const result = await benchCase.run(page, { base: BASE, timeout: benchCase.timeout ?? 300_000 });
        for (const [measure, value] of Object.entries(result)) (samples[measure] ??= []).push(value);
        process.stderr.write(`${benchCase.name} run ${run + 1}: ${JSON.stringify(result)}\n`);
      } catch (error) {
        process.stderr.write(`${benchCase.name} run ${run + 1} failed: ${error.message}\n`);
      }
      // A run that crashed or hung the page must not stop the other cases.
      await context.close().catch(() => undefined);
    }
    raw[benchCase.name] = samples;
    for (const [measure, values] of Object.entries(samples))
      rows.push({ case: benchCase.name, measure, stats: summarise(values) });
  }
} finally {
  await browser.close();
  server.kill();
}

console.log('');
printTable(rows);
mkdirSync(new URL('../../bench-results/', import.meta.url), { recursive: true });
const out = new URL(
  `../../bench-results/bench-${new Date().toISOString().replace(/[:.]/g, '-')}.json`,
  import.meta.url,
);
writeFileSync(out, JSON.stringify({ date: new Date().toISOString(), runs: RUNS, rows, raw }, null, 2));
console.log(`\nwritten ${out.pathname}`);
