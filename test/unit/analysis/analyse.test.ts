import { describe, expect, it } from 'vitest';
import { analyse } from '../../../src/analysis/analyse';
import { DEFAULT_ANALYSIS_PARAMS, EXACT_PATHS_LIMIT, SAMPLED_SOURCES } from '../../../src/analysis/params';
import { sampleIndices, seededRandom } from '../../../src/analysis/random';
import { NO_ROLE_OVERRIDES, roleFor } from '../../../src/model/roles';
import { buildGraph } from '../../../src/graph/buildGraph';
import { datasetFromEdges, datasetOf, org, tie } from './factories';

const run = (dataset: Parameters<typeof analyse>[0]) =>
  analyse(dataset, NO_ROLE_OVERRIDES, DEFAULT_ANALYSIS_PARAMS).results;

describe('analyse', () => {
  it('handles a network without ties', () => {
    const results = run(datasetOf([org('a'), org('b')], []));
    expect(results.nodeMetrics['degree']).toEqual({ a: 0, b: 0 });
    expect(results.nodeMetrics['closeness']).toEqual({ a: 0, b: 0 });
    expect(results.nodeMetrics['component']).toEqual({ a: '1', b: '2' });
    expect(results.nodeMetrics['constraint']).toEqual({});
    expect(results.network).toMatchObject({
      components: 2,
      isolates: 2,
      averagePathLength: null,
      diameter: 0,
      density: 0,
    });
  });

  it('numbers k-cores and components on a triangle with a tail and a separate pair', () => {
    const results = run(
      datasetFromEdges([
        ['a', 'b'],
        ['b', 'c'],
        ['c', 'a'],
        ['c', 'd'],
        ['x', 'y'],
      ]),
    );
    expect(results.nodeMetrics['kcore']).toEqual({ a: 2, b: 2, c: 2, d: 1, x: 1, y: 1 });
    expect(results.nodeMetrics['clustering']).toEqual({ a: 1, b: 1, c: 1 / 3, d: 0, x: 0, y: 0 });
    expect(results.nodeMetrics['component']).toMatchObject({ a: '1', d: '1', x: '2', y: '2' });
    // Harmonic closeness of d: 1 (c) + 1/2 (a) + 1/2 (b) over 5 others.
    expect(results.nodeMetrics['closeness']!['d']).toBeCloseTo(2 / 5, 12);
    expect(results.notes).toEqual([]);
  });

  it('lists every per-organisation value as a metric with a description', () => {
    const results = run(datasetFromEdges([['a', 'b']]));
    expect(Object.keys(results.nodeMetrics).sort()).toEqual(results.metrics.map((m) => m.id).sort());
    for (const metric of results.metrics) expect(metric.description.length).toBeGreaterThan(20);
  });

  it('samples path sources above the limit and says so', () => {
    const n = EXACT_PATHS_LIMIT + 10;
    const edges = Array.from({ length: n - 1 }, (_, i): [string, string] => [`n${i}`, `n${i + 1}`]);
    const results = run(datasetFromEdges(edges));
    expect(results.network!.pathsSampled).toBe(true);
    expect(results.notes[0]).toContain(`${SAMPLED_SOURCES} randomly sampled`);
  });
});

describe('sampleIndices', () => {
  it('takes every index when asked for as many, else a seeded distinct sample', () => {
    expect(sampleIndices(4, 9, seededRandom(1))).toEqual([0, 1, 2, 3]);
    const sample = sampleIndices(100, 10, seededRandom(1));
    expect(new Set(sample).size).toBe(10);
    expect(sample).toEqual(sampleIndices(100, 10, seededRandom(1)));
  });
});

describe('role overrides', () => {
  it('replace the default role of a type and flow into the graph', () => {
    expect(roleFor('Pôle de compétitivité')).toBe('intermediary');
    expect(roleFor(' Stiftung ', { Stiftung: 'capital' })).toBe('capital');
    expect(roleFor('Firm', { Stiftung: 'capital' })).toBe('business');
    const graph = buildGraph(datasetOf([org('a', { type: 'Stiftung' })], [tie('a', 'a')]), { Stiftung: 'capital' });
    expect(graph.getNodeAttribute('a', 'role')).toBe('capital');
  });
});
