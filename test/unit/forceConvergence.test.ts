import { describe, expect, it } from 'vitest';
import { hasConverged, relativeMovement } from '../../src/layout/forceConvergence';
import {
  createForceRun,
  STOPS_ON_CONVERGENCE_ABOVE,
  forceSettingsFor,
  iterationsFor,
} from '../../src/layout/forceLayout';

describe('relativeMovement', () => {
  it('is the mean distance moved per iteration over the diagonal of the new box', () => {
    // Two nodes: (0,0)→(3,4) moves 5, (6,8)→(6,8) stays; new box (3,4)–(6,8), diagonal 5.
    // Mean move 2.5 over 5 iterations = 0.5 per iteration; / 5 = 0.1.
    expect(relativeMovement([0, 0, 6, 8], [3, 4, 6, 8], 5)).toBeCloseTo(0.1, 12);
  });
  it('is 0 for no nodes, no iterations or no extent', () => {
    expect(relativeMovement([], [], 10)).toBe(0);
    expect(relativeMovement([0, 0], [1, 1], 0)).toBe(0);
    expect(relativeMovement([0, 0, 0, 0], [1, 1, 1, 1], 1)).toBe(0);
  });
});

describe('hasConverged', () => {
  const rule = { threshold: 0.01, patience: 3 };
  it.each([
    [[], false],
    [[0.001, 0.001], false], // fewer checks than the patience
    [[0.5, 0.001, 0.001, 0.001], true],
    [[0.001, 0.001, 0.02, 0.001], false], // one swing back resets
    [[0.001, 0.001, 0.01], false], // at the threshold is not below it
  ])('%j → %s', (movements, expected) => {
    expect(hasConverged(movements, rule)).toBe(expected);
  });
});

describe('ForceAtlas2 run', () => {
  it('infers Barnes–Hut and its θ from the size', () => {
    expect(forceSettingsFor(300).barnesHutOptimize).toBe(false);
    expect(forceSettingsFor(301)).toMatchObject({ barnesHutOptimize: true, barnesHutTheta: 0.5 });
    expect(forceSettingsFor(5000)).toMatchObject({ barnesHutOptimize: true, barnesHutTheta: 1 });
  });

  /** n organisations tied as a ring, or all to the first (a star), started on a circle. */
  const network = (n: number, shape: 'ring' | 'star') => {
    const ids = Array.from({ length: n }, (_, i) => `v${i}`);
    const ties = shape === 'ring' ? ids.map((_, i) => [i, (i + 1) % n]) : ids.slice(1).map((_, i) => [0, i + 1]);
    return createForceRun({
      ids,
      sizes: ids.map(() => 10),
      x: ids.map((_, i) => 100 * Math.cos((2 * Math.PI * i) / n)),
      y: ids.map((_, i) => 100 * Math.sin((2 * Math.PI * i) / n)),
      sources: Uint32Array.from(ties.map(([source]) => source!)),
      targets: Uint32Array.from(ties.map(([, target]) => target!)),
      weights: new Float64Array(ties.length).fill(1),
    });
  };
  const runToEnd = (run: ReturnType<typeof createForceRun>) => {
    let [fraction, iterations] = [0, 0];
    while (fraction < 1) {
      fraction = run.step(10);
      iterations += 10;
    }
    return iterations;
  };

  it('stops a large run once it has converged, before its budget', () => {
    const n = STOPS_ON_CONVERGENCE_ABOVE + 100;
    const run = network(n, 'star');
    const iterations = runToEnd(run);
    expect(run.converged()).toBe(true);
    expect(iterations).toBeLessThan(iterationsFor(n));
    expect(Object.keys(run.positions())).toHaveLength(n);
  });

  it('gives a small run its whole budget', () => {
    const run = network(12, 'ring');
    expect(runToEnd(run)).toBe(iterationsFor(12));
    expect(run.converged()).toBe(false);
  });
});
