import { idRecord } from '../model/idRecord';
import type { ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
import iterate from 'graphology-layout-forceatlas2/iterate.js';
import { hasConverged, relativeMovement } from './forceConvergence';
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

/**
 * Up to this many organisations the run takes its whole budget: exact repulsion on a few hundred
 * nodes costs milliseconds, and stopping at the convergence rule left the demo visibly tighter
 * (the tiled-export e2e found 53 of 74 dots clear of labels and neighbours, against 70+ with the
 * full budget). Above it, where iterations cost, the run stops on convergence.
 */
export const STOPS_ON_CONVERGENCE_ABOVE = 300;

/** Most iterations a graph of n nodes gets; above STOPS_ON_CONVERGENCE_ABOVE the run usually stops earlier. */
export const iterationsFor = (n: number): number => (n <= 300 ? 500 : n <= 2000 ? 300 : 150);

/**
 * ForceAtlas2 settings from the size: Barnes–Hut above 300 nodes (exact repulsion is quadratic),
 * a coarser Barnes–Hut above 2,000 (θ = 1 costs about half of θ = 0.5 for the same picture at
 * that size), and a slower pace as the graph grows so large graphs do not oscillate.
 */
export function forceSettingsFor(n: number): ForceAtlas2Settings {
  return {
    linLogMode: false,
    outboundAttractionDistribution: false,
    adjustSizes: false,
    edgeWeightInfluence: 1,
    scalingRatio: 10,
    // As graphology's inferSettings gives (the picture the app has always drawn): a pull to the centre that grows with distance.
    strongGravityMode: true,
    gravity: 1,
    slowDown: 1 + Math.log10(Math.max(1, n)),
    barnesHutOptimize: n > 300,
    barnesHutTheta: n > 2000 ? 1 : 0.5,
  };
}

export interface ForceRun {
  /** Run up to `iterations` more; returns the fraction done (0..1), 1 once converged. */
  step: (iterations: number) => number;
  /** Whether the run stopped because the layout converged (rather than at its last iteration). */
  converged: () => boolean;
  positions: () => Positions;
}

// The library's matrix layout: 10 floats a node (x, y, dx, dy, old dx, old dy, mass, convergence, size, fixed), 3 a tie.
const PPN = 10;
const PPE = 3;

/** The library's node and tie matrices, built straight from the compact input (no graphology graph). */
function toMatrices(input: ForceInput): { nodes: Float32Array; edges: Float32Array } {
  const n = input.ids.length;
  const nodes = new Float32Array(n * PPN);
  for (let i = 0; i < n; i++) {
    const j = i * PPN;
    [nodes[j], nodes[j + 1], nodes[j + 6], nodes[j + 7], nodes[j + 8]] = [
      input.x[i] ?? 0,
      input.y[i] ?? 0,
      1,
      1,
      input.sizes[i] ?? 1,
    ];
  }
  const kept: number[] = [];
  input.sources.forEach((source, i) => {
    const target = input.targets[i] ?? source;
    if (source !== target && source < n && target < n) kept.push(i);
  });
  const edges = new Float32Array(kept.length * PPE);
  kept.forEach((i, k) => {
    const [source, target, weight] = [input.sources[i] ?? 0, input.targets[i] ?? 0, input.weights[i] ?? 1];
    [edges[k * PPE], edges[k * PPE + 1], edges[k * PPE + 2]] = [source * PPN, target * PPN, weight];
    for (const j of [source * PPN + 6, target * PPN + 6]) nodes[j] = (nodes[j] ?? 0) + weight;
  });
  return { nodes, edges };
}

/** x/y of every node, interleaved, copied out of the node matrix. */
function snapshot(nodes: Float32Array): Float32Array {
  const xy = new Float32Array((nodes.length / PPN) * 2);
  for (let i = 0; i < xy.length / 2; i++) [xy[2 * i], xy[2 * i + 1]] = [nodes[i * PPN] ?? 0, nodes[i * PPN + 1] ?? 0];
  return xy;
}

/**
 * ForceAtlas2 (graphology's iteration, settings from the size) in steps, so a worker can report
 * progress and stop between them; it stops on its own once the layout has converged
 * (forceConvergence). Positions are rescaled so nodes keep clear of each other on screen.
 */
export function createForceRun(input: ForceInput): ForceRun {
  const { nodes, edges } = toMatrices(input);
  const n = input.ids.length;
  const settings = forceSettingsFor(n);
  const total = iterationsFor(n);
  const movements: number[] = [];
  let [done, converged] = [0, false];
  return {
    step(iterations) {
      const count = Math.min(iterations, total - done);
      if (converged || count <= 0 || n === 0) return 1;
      const before = snapshot(nodes);
      for (let i = 0; i < count; i++) iterate(settings, nodes, edges);
      done += count;
      movements.push(relativeMovement(before, snapshot(nodes), count));
      converged = n > STOPS_ON_CONVERGENCE_ABOVE && hasConverged(movements);
      return converged ? 1 : done / total;
    },
    converged: () => converged,
    positions: () => rescale(input.ids, snapshot(nodes), input.sizes),
  };
}

/** Scale raw ForceAtlas2 coordinates so the drawing covers about (2.2 × spacing)² per node. */
function rescale(ids: readonly string[], xy: Float32Array, sizes: number[]): Positions {
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (let i = 0; i < ids.length; i++) {
    const [x, y] = [xy[2 * i] ?? 0, xy[2 * i + 1] ?? 0];
    [minX, minY, maxX, maxY] = [Math.min(minX, x), Math.min(minY, y), Math.max(maxX, x), Math.max(maxY, y)];
  }
  const area = Math.max(1e-9, (maxX - minX) * (maxY - minY));
  const spacing = spacingFor(sizes.map((size) => ({ id: '', size })));
  const scale = Math.sqrt((ids.length * (2.2 * spacing) ** 2) / area);
  const positions: Positions = idRecord();
  ids.forEach((id, i) => {
    positions[id] = { x: ((xy[2 * i] ?? 0) - minX) * scale, y: ((xy[2 * i + 1] ?? 0) - minY) * scale };
  });
  return positions;
}
