import { UndirectedGraph } from '../domain/graphology';
import { bidirectional as fewestTies } from 'graphology-shortest-path/unweighted';
import { bidirectional as lightestPath } from 'graphology-shortest-path/dijkstra';
import type { ClusterGraph } from './buildGraph';

export interface PathResult {
  /** Organisation ids from start to end. */
  nodes: string[];
  /** Tie ids along the path, one per step (the strongest tie where a pair has several). */
  edges: string[];
  /** Number of ties, or the summed tie costs (1 / weight) for a path by weight. */
  cost: number;
}

interface PairTie {
  tie: string;
  weight: number;
  cost: number;
}

/** Cost of crossing a tie when paths go by weight: strong ties are short. Non-positive weights cannot be crossed. */
export const tieCost = (weight: number): number => (weight > 0 ? 1 / weight : Infinity);

/**
 * One undirected edge per linked pair, carrying the strongest tie between them (also the cheapest by weight).
 * Paths explore who can reach whom, so a directed tie is followed both ways.
 */
function pairGraph(graph: ClusterGraph, weighted: boolean): UndirectedGraph<Record<string, never>, PairTie> {
  const pairs = new UndirectedGraph<Record<string, never>, PairTie>();
  graph.forEachNode((id) => pairs.addNode(id));
  graph.forEachEdge((edge, { tie }, source, target) => {
    const cost = weighted ? tieCost(tie.weight) : 1;
    if (!Number.isFinite(cost)) return;
    const existing = pairs.edge(source, target);
    if (existing === undefined) pairs.addEdge(source, target, { tie: edge, weight: tie.weight, cost });
    else if (tie.weight > pairs.getEdgeAttribute(existing, 'weight'))
      pairs.replaceEdgeAttributes(existing, { tie: edge, weight: tie.weight, cost });
  });
  return pairs;
}

/**
 * The shortest path between two organisations, by number of ties or by weight (each tie costs
 * 1 / weight, so a path along strong ties wins over a shorter one along weak ties). Null when
 * either organisation is unknown or nothing links them.
 */
export function shortestPath(graph: ClusterGraph, from: string, to: string, weighted: boolean): PathResult | null {
  if (!graph.hasNode(from) || !graph.hasNode(to)) return null;
  if (from === to) return { nodes: [from], edges: [], cost: 0 };
  const pairs = pairGraph(graph, weighted);
  const nodes = weighted ? lightestPath(pairs, from, to, 'cost') : fewestTies(pairs, from, to);
  if (!nodes || nodes.length === 0) return null;
  const edges: string[] = [];
  let cost = 0;
  for (let index = 1; index < nodes.length; index++) {
    const pair = pairs.edge(nodes[index - 1], nodes[index]);
    if (pair === undefined) return null;
    const { tie, cost: step } = pairs.getEdgeAttributes(pair);
    edges.push(tie);
    cost += step;
  }
  return { nodes, edges, cost };
}
