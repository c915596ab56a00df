import { UndirectedGraph } from 'graphology';
import type { ClusterGraph } from '../graph/buildGraph';
import type { Role } from '../model/roles';

export interface SimpleNode {
  role: Role;
}
export interface SimpleEdge {
  /** Sum of the weights of every tie between the pair (whatever their direction). */
  weight: number;
  /** 1 / weight: strong ties are short, for weighted shortest paths. */
  distance: number;
  /** Number of ties between the pair. */
  ties: number;
}
export type SimpleGraph = UndirectedGraph<SimpleNode, SimpleEdge>;

/**
 * The graph the metrics read: one undirected edge per linked pair, parallel ties (and both
 * directions of directed ties) summed into its weight. Node order follows the data set.
 */
export function toSimpleGraph(graph: ClusterGraph): SimpleGraph {
  const simple: SimpleGraph = new UndirectedGraph();
  graph.forEachNode((id, attributes) => simple.addNode(id, { role: attributes.role }));
  graph.forEachEdge((_edge, { tie }, source, target) => {
    const weight = tie.weight > 0 && Number.isFinite(tie.weight) ? tie.weight : 1;
    const existing = simple.edge(source, target);
    if (existing === undefined) simple.addEdge(source, target, { weight, distance: 1 / weight, ties: 1 });
    else
      simple.updateEdgeAttributes(existing, (attributes) => ({
        weight: attributes.weight + weight,
        distance: 1 / (attributes.weight + weight),
        ties: attributes.ties + 1,
      }));
  });
  return simple;
}

/** Compressed adjacency (CSR) of a simple graph: node i's neighbours are neighbours[starts[i]..starts[i+1]). */
export interface Adjacency {
  ids: string[];
  indexOf: Map<string, number>;
  starts: Int32Array;
  neighbours: Int32Array;
  weights: Float64Array;
}

export function toAdjacency(simple: SimpleGraph): Adjacency {
  const ids = simple.nodes();
  const indexOf = new Map(ids.map((id, i) => [id, i]));
  const starts = new Int32Array(ids.length + 1);
  ids.forEach((id, i) => (starts[i + 1] = starts[i]! + simple.degree(id)));
  const neighbours = new Int32Array(starts[ids.length]!);
  const weights = new Float64Array(neighbours.length);
  ids.forEach((id, i) => {
    let slot = starts[i]!;
    simple.forEachEdge(id, (_edge, { weight }, source, target) => {
      neighbours[slot] = indexOf.get(source === id ? target : source)!;
      weights[slot++] = weight;
    });
  });
  return { ids, indexOf, starts, neighbours, weights };
}

/** Map per-index values back to organisation ids. */
export function byId<T>(adjacency: Adjacency, values: ArrayLike<T>): Record<string, T> {
  return byIdList(adjacency.ids, values);
}

/** Same as `byId` for a plain id list. */
export function byIdList<T>(ids: string[], values: ArrayLike<T>): Record<string, T> {
  const result: Record<string, T> = {};
  ids.forEach((id, i) => (result[id] = values[i]!));
  return result;
}
