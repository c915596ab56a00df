import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/chromium.mjs';
import { generateClusteredNetwork } from './generate.mjs';
import { loadTables, openApp } from './loadNetwork.mjs';
import { dragPan, longTasksOf, startProfile } from './measure.mjs';
const root = new URL('../../', import.meta.url).pathname;
const server = spawn('node', ['test/e2e/serve.mjs', '5199', '/bench/'], { cwd: root, stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 500));
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
await page.addInitScript(() => {
  window.__longTasks = [];
  new PerformanceObserver((l) => {
    for (const e of l.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
});
await openApp(page, 'http://127.0.0.1:5199/bench/');
await loadTables(page, generateClusteredNetwork(Number(process.argv[2] ?? 5000), 4, 42, { positions: true }));
const p = await startProfile(page);
const pan = await dragPan(page, '.cy-container');
const prof = await p.stop();
console.log(JSON.stringify(pan));
for (const t of longTasksOf(prof, { top: 12, minMs: 30 })) console.log(t.ms, '\n  ' + t.functions.join('\n  '));
await browser.close();
server.kill();
