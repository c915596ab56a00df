// Partner suggestions, evaluated: hide 10% of the linked pairs (seeded), rank, and report the AUC of
// the suggestion score against the common-neighbours baseline, on the demo and on a generated network.
// Usage: npm run bench:suggest   (plain Node; loads the TypeScript sources through Vite's SSR loader)
import { readFileSync } from 'node:fs';
import { createServer } from 'vite';
import { generateClusteredNetwork } from './generate.mjs';

const root = new URL('../../', import.meta.url).pathname;
const server = await createServer({ root, server: { middlewareMode: true }, appType: 'custom', logLevel: 'warn' });
try {
  const { importSources } = await server.ssrLoadModule('/src/import/importSources.ts');
  const { toSimpleGraph } = await server.ssrLoadModule('/src/analysis/simpleGraph.ts');
  const { toSuggestGraph } = await server.ssrLoadModule('/src/analysis/story/suggest.ts');
  const { evaluateSuggestions } = await server.ssrLoadModule('/src/analysis/story/evaluateSuggestions.ts');
  const encoder = new TextEncoder();
  const load = (files) => importSources(files, {}).dataset;
  const demo = load(
    ['organisations.csv', 'ties.csv'].map((name) => ({
      name,
      bytes: readFileSync(`${root}fixtures/clusnet-demo/${name}`),
    })),
  );
  const generatedTables = generateClusteredNetwork(1000, 4);
  const generated = load([
    { name: 'orgs.csv', bytes: encoder.encode(generatedTables.organisations) },
    { name: 'ties.csv', bytes: encoder.encode(generatedTables.ties) },
  ]);
  const rows = [];
  for (const [name, dataset] of [
    ['CLUSNET demo', demo],
    ['generated, 1,000 organisations', generated],
  ]) {
    const byId = new Map(dataset.organisations.map((organisation) => [organisation.id, organisation]));
    const graph = toSuggestGraph(toSimpleGraph(dataset), (id) => byId.get(id) ?? {});
    for (const seed of [7, 8, 9]) rows.push({ name, seed, ...evaluateSuggestions(graph, 0.1, seed, 20) });
  }
  console.log('data set | seed | linked pairs | hidden | negatives | AUC suggestions | AUC common neighbours');
  for (const row of rows)
    console.log(
      `${row.name} | ${row.seed} | ${row.pairs} | ${row.hidden} | ${row.negatives} | ${row.auc.toFixed(3)} | ${row.baselineAuc.toFixed(3)}`,
    );
} finally {
  await server.close();
}
