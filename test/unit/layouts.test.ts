import { describe, expect, it } from 'vitest';
import { sunflowerOffsets, sunflowerRadius } from '../../src/layout/sunflower';
import { groupLayout, groupNodes } from '../../src/layout/groupLayout';
import { concentricLayout } from '../../src/layout/concentricLayout';
import { geographicLayout } from '../../src/layout/geographicLayout';
import { presetLayout } from '../../src/layout/presetLayout';
import { project } from '../../src/layout/projection';
import { staticLayout, layoutNodesOf } from '../../src/layout/layoutPositions';
import { createForceRun } from '../../src/layout/forceLayout';
import { viewportFor } from '../../src/layout/viewportFor';
import type { Positions } from '../../src/layout/types';
import { graphOf, org, tie } from './testGraph';

const distance = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.hypot(a.x - b.x, a.y - b.y);
const minPairDistance = (points: { x: number; y: number }[]) =>
  Math.min(...points.flatMap((a, i) => points.slice(i + 1).map((b) => distance(a, b))));
const nodes = (n: number, size = 20) => Array.from({ length: n }, (_, i) => ({ id: `n${i}`, size }));

describe('sunflower', () => {
  it('starts at the centre and keeps every pair of points at least 0.9 × spacing apart', () => {
    const offsets = sunflowerOffsets(60, 40);
    expect(offsets[0]).toEqual({ x: 0, y: 0 });
    expect(minPairDistance(offsets)).toBeGreaterThan(36);
    expect(Math.max(...offsets.map((o) => Math.hypot(o.x, o.y)))).toBeLessThanOrEqual(sunflowerRadius(60, 40));
  });
});

describe('groupLayout (by city)', () => {
  it('places groups apart: every node is nearer its own group centre than any other group node', () => {
    const all = nodes(30);
    const groups = groupNodes(all, (node) => ['a', 'b', 'c'][Number(node.id.slice(1)) % 3] ?? '');
    expect(groups.map((g) => [g.key, g.nodes.length])).toEqual([
      ['a', 10],
      ['b', 10],
      ['c', 10],
    ]);
    const positions = groupLayout(groups);
    const centre = (key: string) =>
      positions[groups.find((g) => g.key === key)?.nodes[0]?.id ?? ''] as { x: number; y: number };
    for (const group of groups) {
      for (const node of group.nodes) {
        const own = distance(positions[node.id]!, centre(group.key));
        for (const other of groups.filter((g) => g !== group))
          expect(own).toBeLessThan(distance(positions[node.id]!, centre(other.key)));
      }
    }
  });
});

describe('concentricLayout', () => {
  it('puts the highest value in the centre and lower values on outer rings', () => {
    // 12 nodes: the centre, a first ring of 7, the rest outside; n11 has no value.
    const valueOf = (id: string) => (id === 'n11' ? null : 12 - Number(id.slice(1)));
    const positions = concentricLayout(nodes(12), valueOf);
    const radius = (id: string) => Math.hypot(positions[id]!.x, positions[id]!.y);
    expect(radius('n0')).toBeCloseTo(0);
    expect(radius('n1')).toBeLessThan(radius('n9'));
    expect(radius('n7')).toBeLessThan(radius('n8'));
    expect(radius('n11')).toBe(Math.max(...Object.keys(positions).map(radius)));
  });
});

describe('geographicLayout', () => {
  it('gathers organisations around their place and keeps the unplaced apart', () => {
    const lyon = { lat: 45.76, lon: 4.84 };
    const { positions, unplaced } = geographicLayout([
      { id: 'a', size: 20, ...lyon },
      { id: 'b', size: 20, ...lyon },
      { id: 'c', size: 20, lat: null, lon: null },
    ]);
    const centre = project(lyon.lat, lyon.lon);
    expect(distance(positions['a']!, centre)).toBeLessThan(60);
    expect(distance(positions['b']!, centre)).toBeLessThan(60);
    expect(distance(positions['a']!, positions['b']!)).toBeGreaterThan(20);
    expect(unplaced).toEqual(['c']);
    expect(positions['c']!.y).toBeGreaterThan(centre.y);
  });
  it('projects north up and east right, one unit about a kilometre', () => {
    const [munich, hamburg] = [project(48.14, 11.58), project(53.55, 9.99)];
    expect(hamburg.y).toBeLessThan(munich.y);
    // Munich–Hamburg is about 612 km
    expect(distance(munich, hamburg)).toBeGreaterThan(580);
    expect(distance(munich, hamburg)).toBeLessThan(640);
  });
});

describe('staticLayout on a graph', () => {
  const graph = graphOf(
    [
      org('a', { city: 'München' }),
      org('b', { city: 'Lyon', lat: 40, lon: 0 }),
      org('c', { city: 'Nowhere' }),
      org('d', { x: 1, y: 2 }),
    ],
    [tie('t', 'a', 'b')],
  );
  const layoutNodes = layoutNodesOf(graph, () => 20);
  it('geographic: the gazetteer places cities, lat/lon columns override, unknown places are listed', () => {
    const { positions, unplaced } = staticLayout('geographic', graph, layoutNodes, () => null);
    expect(distance(positions['a']!, project(48.14, 11.58))).toBeLessThan(1);
    expect(distance(positions['b']!, project(40, 0))).toBeLessThan(1);
    expect(unplaced.sort()).toEqual(['c', 'd']);
  });
  it('preset: x/y from the data, rescaled, the rest listed', () => {
    const { positions, unplaced } = staticLayout('preset', graph, layoutNodes, () => null);
    expect(unplaced.sort()).toEqual(['a', 'b', 'c']);
    expect(Number.isFinite(positions['d']!.x)).toBe(true);
  });
});

describe('presetLayout', () => {
  it('keeps the shape of the data (ratios of distances) while rescaling it', () => {
    const xy: Record<string, { x: number; y: number }> = {
      n0: { x: 0, y: 0 },
      n1: { x: 1, y: 0 },
      n2: { x: 0, y: 0.5 },
    };
    const positions = presetLayout(nodes(3), (id) => xy[id] ?? null);
    expect(distance(positions['n0']!, positions['n1']!) / distance(positions['n0']!, positions['n2']!)).toBeCloseTo(2);
  });

  it('puts a node without x/y near its placed neighbours, never on top of another, and one with none below', () => {
    const xy: Record<string, { x: number; y: number }> = {
      n0: { x: 0, y: 0 },
      n1: { x: 10, y: 0 },
      n2: { x: 0, y: 10 },
    };
    // n3 is tied to n0 and n1; n4 only to n3 (placed in the next round); n5 to nobody.
    const ties: Record<string, string[]> = { n3: ['n0', 'n1', 'n4'], n4: ['n3'], n5: [] };
    const positions = presetLayout(
      nodes(6),
      (id) => xy[id] ?? null,
      (id) => ties[id] ?? [],
    );
    const between = { x: (positions['n0']!.x + positions['n1']!.x) / 2, y: positions['n0']!.y };
    const side = distance(positions['n0']!, positions['n1']!);
    expect(distance(positions['n3']!, between)).toBeLessThan(side / 2);
    expect(distance(positions['n4']!, positions['n3']!)).toBeLessThan(side / 2);
    expect(distance(positions['n4']!, positions['n3']!)).toBeGreaterThan(0);
    expect(positions['n5']!.y).toBeGreaterThan(
      Math.max(...['n0', 'n1', 'n2', 'n3', 'n4'].map((id) => positions[id]!.y)),
    );
  });
});

describe('force layout (ForceAtlas2)', () => {
  it('draws two cliques joined by one tie as two clusters', () => {
    const ids = Array.from({ length: 10 }, (_, i) => `v${i}`);
    const pairs: [number, number][] = [];
    for (const offset of [0, 5])
      for (let i = 0; i < 5; i++) for (let j = i + 1; j < 5; j++) pairs.push([offset + i, offset + j]);
    pairs.push([0, 5]);
    const run = createForceRun({
      ids,
      sizes: ids.map(() => 20),
      x: ids.map((_, i) => Math.cos(i * 2.4) * 100),
      y: ids.map((_, i) => Math.sin(i * 2.4) * 100),
      sources: Uint32Array.from(pairs.map(([a]) => a)),
      targets: Uint32Array.from(pairs.map(([, b]) => b)),
      weights: new Float64Array(pairs.length).fill(1),
    });
    let fraction = 0;
    while (fraction < 1) fraction = run.step(50);
    const positions: Positions = run.positions();
    expect(Object.keys(positions)).toHaveLength(10);
    const mean = (list: number[]) => list.reduce((s, v) => s + v, 0) / list.length;
    const within = mean([1, 2, 3, 4].map((i) => distance(positions['v1']!, positions[`v${i === 1 ? 0 : i}`]!)));
    const across = mean([6, 7, 8, 9].map((i) => distance(positions['v1']!, positions[`v${i}`]!)));
    expect(within).toBeLessThan(across);
  });
});

describe('viewportFor', () => {
  it('centres and fits the points within the margin', () => {
    // 200 × 100 box into 500 × 300 with margin 50: zoom = min(400/200, 200/100) = 2
    const viewport = viewportFor(
      [
        { x: 0, y: 0 },
        { x: 200, y: 100 },
      ],
      { width: 500, height: 300 },
      50,
      0.01,
      10,
    );
    expect(viewport).toEqual({ zoom: 2, pan: { x: 250 - 100 * 2, y: 150 - 50 * 2 } });
  });
  it('clamps the zoom and handles a single point and no points', () => {
    expect(viewportFor([{ x: 10, y: 10 }], { width: 100, height: 100 }, 0, 0.1, 4)).toEqual({
      zoom: 4,
      pan: { x: 10, y: 10 },
    });
    expect(viewportFor([], { width: 100, height: 100 }, 0, 0.1, 4)).toBeNull();
  });
});
