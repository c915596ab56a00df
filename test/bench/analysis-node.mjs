// Plain Node timing of the pure analysis (no browser): quick iteration on metric speed.
// Usage: node test/bench/analysis-node.mjs [organisations] [tiesPerOrganisation]
// Loads the TypeScript sources through Vite's SSR loader; prints wall and CPU time per step.
import { createServer } from 'vite';
import { generateClusteredNetwork } from './generate.mjs';

const n = Number(process.argv[2] ?? 5000);
const perOrganisation = Number(process.argv[3] ?? 4);
const server = await createServer({ server: { middlewareMode: true }, appType: 'custom', logLevel: 'warn' });
try {
  const { importSources } = await server.ssrLoadModule('/src/import/importSources.ts');
  const { analyse } = await server.ssrLoadModule('/src/analysis/analyse.ts');
  const { DEFAULT_ANALYSIS_PARAMS } = await server.ssrLoadModule('/src/analysis/params.ts');
  const { organisations, ties } = generateClusteredNetwork(n, perOrganisation);
  const encoder = new TextEncoder();
  const { dataset } = importSources(
    [
      { name: 'orgs.csv', bytes: encoder.encode(organisations) },
      { name: 'ties.csv', bytes: encoder.encode(ties) },
    ],
    {},
  );
  const cpu = () => {
    const usage = process.cpuUsage();
    return (usage.user + usage.system) / 1000;
  };
  const steps = [];
  let [lastWall, lastCpu, lastLabel] = [performance.now(), cpu(), 'start'];
  const [wall0, cpu0] = [lastWall, lastCpu];
  analyse(dataset, {}, DEFAULT_ANALYSIS_PARAMS, {
    onProgress: (_fraction, label) => {
      const [wall, time] = [performance.now(), cpu()];
      steps.push([lastLabel, wall - lastWall, time - lastCpu]);
      [lastWall, lastCpu, lastLabel] = [wall, time, label];
    },
  });
  console.log(
    `${n} organisations, ${dataset.ties.length} ties: ${(performance.now() - wall0).toFixed(0)} ms wall, ${(cpu() - cpu0).toFixed(0)} ms CPU`,
  );
  for (const [label, wall, time] of steps)
    console.log(`  ${label.padEnd(24)} ${wall.toFixed(0).padStart(6)} ms wall ${time.toFixed(0).padStart(6)} ms CPU`);
} finally {
  await server.close();
}
