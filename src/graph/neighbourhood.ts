import type { ClusterGraph } from './buildGraph';

/**
 * Organisations at most `depth` ties away from `id` (ties followed in either direction),
 * including `id` itself. Empty when the organisation is not in the graph.
 */
export function neighbourhood(graph: ClusterGraph, id: string, depth: number): Set<string> {
  if (!graph.hasNode(id)) return new Set();
  const reached = new Set([id]);
  let frontier = [id];
  for (let step = 0; step < depth && frontier.length > 0; step++) {
    const next: string[] = [];
    for (const node of frontier) {
      graph.forEachNeighbor(node, (neighbour) => {
        if (reached.has(neighbour)) return;
        reached.add(neighbour);
        next.push(neighbour);
      });
    }
    frontier = next;
  }
  return reached;
}
