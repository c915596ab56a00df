import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/analysis/analyse';
import { DEFAULT_ANALYSIS_PARAMS } from '../../src/analysis/params';
import { pack, unpack } from '../../src/analysis/transfer';
import {
  groupElementId,
  linkElementId,
  modelIdOf,
  organisationElementId,
  organisationIdOf,
  parseElementId,
  tieElementId,
  tieKeyOf,
} from '../../src/appearance/elementIds';
import { groupElements } from '../../src/appearance/groupElements';
import { toElements } from '../../src/appearance/toElements';
import { buildGraph } from '../../src/graph/buildGraph';
import { MultiGraph, neighbourIndicesProtected, UndirectedGraph } from '../../src/domain/graphology';
import { concentricLayout } from '../../src/layout/concentricLayout';
import { presetLayout } from '../../src/layout/presetLayout';
import { idRecord, ownValue, toIdRecord } from '../../src/model/idRecord';
import { dataset, org, tie } from './testGraph';

/** Organisations named like tie ids and like Object.prototype's keys, with ties among them. */
const IDS = ['t0', 't1', 't2', 'e0', '__proto__', 'constructor'];
const colliding = () =>
  dataset(
    IDS.map((id) => org(id, { city: id === 'e0' ? 'group:x' : 'Lyon' })),
    [
      tie('t0', 't0', 't1'),
      tie('t1', 't1', 't2'),
      tie('t2', 't2', 'e0'),
      tie('t3', 'e0', 't0'),
      tie('e0', '__proto__', 'constructor'),
      tie('n:t0', 'constructor', 't0'),
    ],
  );

describe('canvas element ids', () => {
  it.each([
    ['organisation', organisationElementId, organisationIdOf],
    ['tie', tieElementId, tieKeyOf],
  ] as const)('map %s ids both ways, whatever the id', (_kind, to, back) => {
    for (const id of [...IDS, '', 'n:x', 'e:y', 'g:z', ':']) expect(back(to(id))).toBe(id);
  });

  it('tell the kinds apart', () => {
    expect(parseElementId(organisationElementId('e:1'))).toEqual({ kind: 'organisation', id: 'e:1' });
    expect(parseElementId(tieElementId('n:1'))).toEqual({ kind: 'tie', id: 'n:1' });
    expect(parseElementId(groupElementId('group:Lyon'))).toEqual({ kind: 'group', id: 'group:Lyon' });
    expect(parseElementId(linkElementId('link:a'))).toEqual({ kind: 'link', id: 'link:a' });
    expect(organisationIdOf(tieElementId('t0'))).toBeNull();
    expect(tieKeyOf(organisationElementId('t0'))).toBeNull();
    expect(modelIdOf(groupElementId('group:Lyon'))).toBe('group:Lyon');
    expect(parseElementId('t0')).toBeNull();
  });

  it('give every organisation and every tie its own element, with ends that exist', () => {
    const elements = toElements(buildGraph(colliding()));
    const ids = elements.map((element) => element.data.id);
    expect(new Set(ids).size).toBe(IDS.length + 6);
    expect(elements.filter((element) => element.group === 'edges')).toHaveLength(6);
    const nodeIds = new Set(elements.filter((element) => element.group === 'nodes').map((e) => e.data.id));
    for (const edge of elements.filter((element) => element.group === 'edges')) {
      expect(nodeIds.has(edge.data['source'] as string)).toBe(true);
      expect(nodeIds.has(edge.data['target'] as string)).toBe(true);
    }
  });

  it('keep group nodes apart from organisations named like them', () => {
    const graph = buildGraph(colliding());
    const grouped = groupElements(graph, 'city', null).elements.map((element) => element.data.id);
    const organisations = toElements(graph).map((element) => element.data.id);
    expect(grouped.filter((id) => organisations.includes(id))).toEqual([]);
    expect(new Set(grouped).size).toBe(grouped.length);
  });
});

describe('records keyed by user ids', () => {
  it('keep __proto__ and constructor as plain keys', () => {
    const record = idRecord<number>();
    for (const [i, id] of IDS.entries()) record[id] = i;
    expect(Object.keys(record)).toEqual(IDS);
    expect(ownValue(record, '__proto__')).toBe(4);
    expect(ownValue({} as Record<string, number>, 'constructor')).toBeUndefined();
    expect(ownValue(JSON.parse('{"__proto__": 1}') as Record<string, number>, '__proto__')).toBe(1);
    expect(toIdRecord(JSON.parse('{"__proto__": 1, "a": 2}') as Record<string, number>)).toEqual(
      Object.assign(idRecord<number>(), { ['__proto__']: 1, a: 2 }),
    );
  });

  it('place every organisation in the layouts', () => {
    const nodes = IDS.map((id) => ({ id, size: 30 }));
    for (const positions of [
      presetLayout(nodes, (id) => (id === 'constructor' ? null : { x: IDS.indexOf(id), y: 0 })),
      concentricLayout(nodes, () => 1, 1),
    ]) {
      expect(Object.keys(positions).sort()).toEqual([...IDS].sort());
      for (const id of IDS) expect(typeof ownValue(positions, id)?.x).toBe('number');
    }
  });

  it('give every organisation its metrics, also across the worker boundary', () => {
    const { results } = analyse(colliding(), {}, DEFAULT_ANALYSIS_PARAMS);
    const kinds = new Map(results.metrics.map((metric) => [metric.id, metric.kind]));
    const received = unpack(structuredClone(pack(results, IDS, kinds)));
    for (const metric of results.metrics.map((descriptor) => descriptor.id)) {
      for (const id of IDS) {
        const value = ownValue(received.nodeMetrics[metric] ?? idRecord(), id);
        expect(value, `${metric} of ${id}`).not.toBeUndefined();
        expect(typeof value === 'number' || typeof value === 'string', `${metric} of ${id}`).toBe(true);
      }
    }
    expect(ownValue(received.nodeMetrics['degree']!, '__proto__')).toBe(1);
    expect(ownValue(received.nodeMetrics['degree']!, 'constructor')).toBe(2);
  });
});

describe('graphs keyed by user ids', () => {
  it('protect graphology neighbour indices', () => {
    expect(neighbourIndicesProtected).toBe(true);
  });

  it.each([
    ['a multigraph', () => new MultiGraph({ type: 'mixed', allowSelfLoops: false })],
    ['a simple graph', () => new UndirectedGraph()],
  ])('link organisations called __proto__ and constructor in %s', (_name, create) => {
    const graph = create();
    for (const id of ['t0', 't1', '__proto__', 'constructor', 'toString']) graph.addNode(id);
    graph.addUndirectedEdgeWithKey('a', '__proto__', 'constructor');
    graph.addUndirectedEdgeWithKey('b', 'constructor', 't0');
    graph.addUndirectedEdgeWithKey('c', 't1', '__proto__');
    graph.addUndirectedEdgeWithKey('d', 'toString', 't1');
    expect(graph.size).toBe(4);
    expect(graph.neighbors('__proto__').sort()).toEqual(['constructor', 't1']);
    expect(graph.neighbors('constructor').sort()).toEqual(['__proto__', 't0']);
    expect(graph.neighbors('t0')).toEqual(['constructor']);
    expect(graph.hasEdge('t1', '__proto__')).toBe(true);
    expect(graph.hasEdge('t0', '__proto__')).toBe(false);
    expect(graph.degree('toString')).toBe(1);
  });
});
