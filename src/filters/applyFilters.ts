import type { AnalysisResults } from '../analysis/types';
import { categoryOf } from '../domain/categoryOf';
import type { ClusterGraph, NodeAttributes } from '../graph/buildGraph';
import type { Tie } from '../model/types';
import type { Filter } from './types';

/** What filters may read besides the graph: analysis results, for filters on a category metric (community). */
export interface FilterContext {
  analysis: AnalysisResults | null;
}

/** Ids of the organisations and ties a set of filters keeps. */
export interface VisibleSet {
  nodes: Set<string>;
  edges: Set<string>;
}

type NodeTest = (node: NodeAttributes) => boolean;
type TieTest = (tie: Tie) => boolean;
interface KeptEdge {
  edge: string;
  source: string;
  target: string;
}

function nodeTestFor(filter: Filter, context: FilterContext): NodeTest | null {
  if (filter.type !== 'category') return null;
  const values = new Set(filter.values);
  return (node) => values.has(categoryOf(node, filter.field, context.analysis));
}

function tieTestFor(filter: Filter): TieTest | null {
  switch (filter.type) {
    case 'tieType': {
      const values = new Set(filter.values);
      return (tie) => values.has(tie.type ?? '');
    }
    case 'yearRange':
      return (tie) => tie.year === undefined || (tie.year >= filter.from && tie.year <= filter.to);
    case 'minWeight':
      return (tie) => tie.weight >= filter.value;
    default:
      return null;
  }
}

/** Number of kept ties at each kept organisation (each tie of a multigraph counts). */
function degreesOf(nodes: Set<string>, edges: KeptEdge[]): Map<string, number> {
  const degrees = new Map<string, number>();
  for (const id of nodes) degrees.set(id, 0);
  for (const { source, target } of edges) {
    degrees.set(source, (degrees.get(source) ?? 0) + 1);
    degrees.set(target, (degrees.get(target) ?? 0) + 1);
  }
  return degrees;
}

const withEndpointsIn = (edges: KeptEdge[], nodes: Set<string>) =>
  edges.filter(({ source, target }) => nodes.has(source) && nodes.has(target));

/** The largest connected component of the kept subgraph (the first found on a tie). */
function largestComponent(nodes: Set<string>, edges: KeptEdge[]): Set<string> {
  const adjacency = new Map<string, string[]>();
  for (const id of nodes) adjacency.set(id, []);
  for (const { source, target } of edges) {
    adjacency.get(source)?.push(target);
    adjacency.get(target)?.push(source);
  }
  const seen = new Set<string>();
  let best = new Set<string>();
  for (const start of nodes) {
    if (seen.has(start)) continue;
    const component = new Set([start]);
    seen.add(start);
    const queue = [start];
    for (let next = queue.pop(); next !== undefined; next = queue.pop()) {
      for (const other of adjacency.get(next) ?? []) {
        if (seen.has(other)) continue;
        seen.add(other);
        component.add(other);
        queue.push(other);
      }
    }
    if (component.size > best.size) best = component;
  }
  return best;
}

/** Drop organisations whose kept degree fails a test, then the ties that lost an end. */
function pruneByDegree(
  nodes: Set<string>,
  edges: KeptEdge[],
  keep: (degree: number) => boolean,
): [Set<string>, KeptEdge[]] {
  const degrees = degreesOf(nodes, edges);
  const kept = new Set([...nodes].filter((id) => keep(degrees.get(id) ?? 0)));
  return [kept, withEndpointsIn(edges, kept)];
}

/**
 * The organisations and ties that pass every filter (filters combine with AND). Order: filters on
 * organisations and on ties first; a tie stays only if both its organisations do. Then the
 * structural filters, on what is left: minimum degree (ties counted in the filtered network, one
 * pass), hide isolated, keep the largest connected component. Pure: the graph is not changed.
 */
export function applyFilters(graph: ClusterGraph, filters: readonly Filter[], context: FilterContext): VisibleSet {
  const nodeTests = filters.map((filter) => nodeTestFor(filter, context)).filter((test) => test !== null);
  const tieTests = filters.map(tieTestFor).filter((test) => test !== null);
  let nodes = new Set<string>();
  graph.forEachNode((id, attributes) => {
    if (nodeTests.every((test) => test(attributes))) nodes.add(id);
  });
  let edges: KeptEdge[] = [];
  graph.forEachEdge((edge, { tie }, source, target) => {
    if (nodes.has(source) && nodes.has(target) && tieTests.every((test) => test(tie)))
      edges.push({ edge, source, target });
  });
  for (const filter of filters) {
    if (filter.type === 'minDegree') [nodes, edges] = pruneByDegree(nodes, edges, (degree) => degree >= filter.value);
  }
  if (filters.some((filter) => filter.type === 'hideIsolated'))
    [nodes, edges] = pruneByDegree(nodes, edges, (degree) => degree > 0);
  if (filters.some((filter) => filter.type === 'largestComponent')) {
    nodes = largestComponent(nodes, edges);
    edges = withEndpointsIn(edges, nodes);
  }
  return { nodes, edges: new Set(edges.map(({ edge }) => edge)) };
}
