// Fails when the source has an import cycle, between files or between the folders of src/.
// Type-only imports count: a type that a lower layer borrows from a higher one ties the two together as surely as
// a value does. dpdm parses and resolves the imports; this script only folds the file graph into folders.
import path from 'node:path';
import { parseCircular, parseDependencyTree } from 'dpdm';

const root = path.resolve(import.meta.dirname, '..');

/** The folder directly under src/ that a file belongs to; a file at the top of src/ counts as its own folder. */
const folderOf = (file) => path.relative(path.join(root, 'src'), file).split(path.sep)[0];

/** Strongly connected components of size > 1 (Tarjan), each sorted: the folder-level cycles. */
function cyclesOf(graph) {
  let index = 0;
  const stack = [];
  const meta = new Map();
  const found = [];
  const visit = (v) => {
    meta.set(v, { index, low: index, onStack: true });
    index += 1;
    stack.push(v);
    for (const w of graph.get(v) ?? []) {
      if (!meta.has(w)) {
        visit(w);
        meta.get(v).low = Math.min(meta.get(v).low, meta.get(w).low);
      } else if (meta.get(w).onStack) meta.get(v).low = Math.min(meta.get(v).low, meta.get(w).index);
    }
    if (meta.get(v).low === meta.get(v).index) {
      const component = [];
      let w;
      do {
        w = stack.pop();
        meta.get(w).onStack = false;
        component.push(w);
      } while (w !== v);
      if (component.length > 1) found.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!meta.has(v)) visit(v);
  return found;
}

const tree = await parseDependencyTree(['src/**/*.ts', 'src/**/*.tsx', 'test/**/*.ts', 'test/**/*.tsx'], {
  context: root,
  tsconfig: path.join(root, 'tsconfig.app.json'),
  transform: false,
});
const fileCycles = parseCircular(tree);

const folders = new Map();
const edges = new Map();
for (const [file, deps] of Object.entries(tree)) {
  if (!file.startsWith('src/') || !deps) continue;
  const from = folderOf(path.join(root, file));
  if (!folders.has(from)) folders.set(from, new Set());
  for (const dep of deps) {
    if (!dep.id || !dep.id.startsWith('src/')) continue;
    const to = folderOf(path.join(root, dep.id));
    if (to === from) continue;
    folders.get(from).add(to);
    const key = `${from} -> ${to}`;
    if (!edges.has(key)) edges.set(key, `${file} -> ${dep.id}`);
  }
}
const folderCycles = cyclesOf(folders);

for (const cycle of fileCycles) console.log(`file cycle: ${cycle.join(' -> ')} -> ${cycle[0]}`);
for (const cycle of folderCycles) {
  console.log(`folder cycle: ${cycle.join(', ')}`);
  for (const [key, example] of edges) {
    const [from, to] = key.split(' -> ');
    if (cycle.includes(from) && cycle.includes(to)) console.log(`  ${key}  e.g. ${example}`);
  }
}
const count = fileCycles.length + folderCycles.length;
console.log(
  count === 0
    ? `No import cycle among ${Object.keys(tree).length} files.`
    : `${fileCycles.length} file cycle(s), ${folderCycles.length} folder cycle(s).`,
);
process.exitCode = count === 0 ? 0 : 1;
