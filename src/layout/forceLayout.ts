import { idRecord } from '../model/idRecord';
import Graph from '../graph/graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { spacingFor } from './sunflower';
import type { Positions } from './types';

/** Compact input of a force layout: what crosses to the worker (no object per tie). */
export interface ForceInput {
  ids: string[];
  sizes: number[];
  /** Start positions, same order as ids. */
  x: number[];
  y: number[];
  /** Tie endpoints as indices into ids, and weights. */
  sources: Uint32Array;
  targets: Uint32Array;
  weights: Float64Array;
}

/** How many iterations a graph of n nodes gets: fewer for large graphs, whose Barnes-Hut steps cost more. */
export const iterationsFor = (n: number): number => (n <= 300 ? 500 : n <= 2000 ? 300 : 150);

export interface ForceRun {
  /** Run up to `iterations` more; returns the fraction done (0..1). */
  step: (iterations: number) => number;
  positions: () => Positions;
}

/**
 * ForceAtlas2 (graphology, Barnes-Hut above 300 nodes) in steps, so a worker can report progress
 * and stop between them. Positions are rescaled so nodes keep clear of each other on screen.
 */
export function createForceRun(input: ForceInput): ForceRun {
  const graph = new Graph({ type: 'undirected', multi: true, allowSelfLoops: false });
  input.ids.forEach((id, i) =>
    graph.addNode(id, { x: input.x[i] ?? 0, y: input.y[i] ?? 0, size: input.sizes[i] ?? 1 }),
  );
  input.sources.forEach((source, i) => {
    const [a, b] = [input.ids[source], input.ids[input.targets[i] ?? 0]];
    if (a !== undefined && b !== undefined && a !== b) graph.addEdge(a, b, { weight: input.weights[i] ?? 1 });
  });
  const n = graph.order;
  const settings = {
    ...forceAtlas2.inferSettings(n),
    barnesHutOptimize: n > 300,
    gravity: 1,
    scalingRatio: 10,
    slowDown: 1 + Math.log10(Math.max(1, n)),
  };
  const total = iterationsFor(n);
  let done = 0;
  return {
    step(iterations) {
      const count = Math.min(iterations, total - done);
      if (count > 0 && n > 0) forceAtlas2.assign(graph, { iterations: count, settings, getEdgeWeight: 'weight' });
      done += Math.max(0, count);
      return total === 0 ? 1 : done / total;
    },
    positions: () => rescale(graph, input.sizes),
  };
}

/** Scale raw ForceAtlas2 coordinates so the drawing covers about (2.2 × spacing)² per node. */
function rescale(graph: Graph, sizes: number[]): Positions {
  const raw: Positions = idRecord();
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  graph.forEachNode((id, { x, y }) => {
    raw[id] = { x: x as number, y: y as number };
    [minX, minY, maxX, maxY] = [
      Math.min(minX, x as number),
      Math.min(minY, y as number),
      Math.max(maxX, x as number),
      Math.max(maxY, y as number),
    ];
  });
  const area = Math.max(1e-9, (maxX - minX) * (maxY - minY));
  const spacing = spacingFor(sizes.map((size) => ({ id: '', size })));
  const scale = Math.sqrt((graph.order * (2.2 * spacing) ** 2) / area);
  for (const position of Object.values(raw)) {
    position.x = (position.x - minX) * scale;
    position.y = (position.y - minY) * scale;
  }
  return raw;
}
