import { describe, expect, it } from 'vitest';
import { hasConverged, relativeMovement } from '../../src/layout/forceConvergence';
import { createForceRun, forceSettingsFor, iterationsFor } from '../../src/layout/forceLayout';

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

  it('stops on convergence before its last iteration on a settled ring', () => {
    // A ring of 12 that starts near its resting shape settles fast.
    const n = 12;
    const ids = Array.from({ length: n }, (_, i) => `v${i}`);
    const run = createForceRun({
      ids,
      sizes: ids.map(() => 10),
      x: ids.map((_, i) => 100 * Math.cos((2 * Math.PI * i) / n)),
      y: ids.map((_, i) => 100 * Math.sin((2 * Math.PI * i) / n)),
      sources: Uint32Array.from(ids.map((_, i) => i)),
      targets: Uint32Array.from(ids.map((_, i) => (i + 1) % n)),
      weights: new Float64Array(n).fill(1),
    });
    let [fraction, iterations] = [0, 0];
    while (fraction < 1) {
      fraction = run.step(10);
      iterations += 10;
    }
    expect(run.converged()).toBe(true);
    expect(iterations).toBeLessThan(iterationsFor(n));
    expect(Object.keys(run.positions())).toHaveLength(n);
  });
});
