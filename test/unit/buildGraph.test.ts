import { organisationElementId } from '../../src/appearance/elementIds';
import { describe, expect, it } from 'vitest';
import { buildGraph, neighboursOf } from '../../src/graph/buildGraph';
import { toElements, nodeSizeFor, MIN_NODE_SIZE, MAX_NODE_SIZE } from '../../src/appearance/toElements';
import { roleLegend } from '../../src/appearance/legend';
import { summariseDataset } from '../../src/model/summary';
import { createAttributes, type Dataset } from '../../src/model/types';

const org = (id: string, type?: string) => ({
  id,
  name: id.toUpperCase(),
  ...(type ? { type } : {}),
  attributes: createAttributes(),
});
const tie = (id: string, source: string, target: string, type = 'Supply') => ({
  id,
  source,
  target,
  type,
  weight: 1,
  directed: false,
  attributes: createAttributes(),
});

const dataset: Dataset = {
  id: 'test',
  name: 'Test',
  files: [],
  organisations: [org('a', 'Firm'), org('b', 'University'), org('c', 'Firm'), org('d')],
  ties: [tie('t0', 'a', 'b'), tie('t1', 'a', 'b', 'R&D collaboration'), tie('t2', 'a', 'c')],
  schema: { organisation: [], tie: [] },
};

describe('buildGraph', () => {
  const graph = buildGraph(dataset);
  it('keeps parallel ties and isolated organisations', () => {
    expect(graph.order).toBe(4);
    expect(graph.size).toBe(3);
    expect(graph.degree('a')).toBe(3);
    expect(graph.degree('d')).toBe(0);
  });
  it('lists each neighbour once with all its ties', () => {
    const neighbours = neighboursOf(graph, 'a');
    expect(neighbours.map((n) => [n.organisation.id, n.ties.map((t) => t.type).sort()])).toEqual([
      ['b', ['R&D collaboration', 'Supply']],
      ['c', ['Supply']],
    ]);
  });
  it('sizes nodes by number of ties and colours them by role', () => {
    const nodes = toElements(graph).filter((element) => element.group === 'nodes');
    const size = (id: string) => nodes.find((node) => node.data.id === organisationElementId(id))?.data['size'];
    expect(size('a')).toBe(MAX_NODE_SIZE);
    expect(size('d')).toBe(MIN_NODE_SIZE);
    expect(nodeSizeFor(1, 4)).toBeCloseTo(MIN_NODE_SIZE + (MAX_NODE_SIZE - MIN_NODE_SIZE) / 2);
    expect(roleLegend(graph).map((item) => [item.key, item.count])).toEqual([
      ['business', 2],
      ['knowledge', 1],
      ['other', 1],
    ]);
  });
  it('summarises the data set', () => {
    expect(summariseDataset(dataset)).toBe('4 organisations · 3 ties');
    expect(summariseDataset({ organisations: [org('a')], ties: [tie('t', 'a', 'b')] })).toBe('1 organisation · 1 tie');
    expect(summariseDataset({ organisations: Array.from({ length: 1520 }, (_, i) => org(String(i))), ties: [] })).toBe(
      '1,520 organisations · 0 ties',
    );
  });
});
