import type { Core } from 'cytoscape';
import type { ClusterGraph } from '../graph/buildGraph';
import type { ForceInput } from '../layout/forceLayout';
import { organisationElementId } from '../appearance/elementIds';

/** The compact force-layout input: every tie (drawn or not), start positions from cy. */
export function forceInput(cy: Core, graph: ClusterGraph, sizeOf: (id: string) => number): ForceInput {
  const ids = graph.nodes();
  const index = new Map(ids.map((id, i) => [id, i]));
  const x: number[] = [];
  const y: number[] = [];
  ids.forEach((id, i) => {
    const node = cy.getElementById(organisationElementId(id));
    const position = node.nonempty() ? node.position() : { x: Math.cos(i) * i, y: Math.sin(i) * i };
    x.push(position.x);
    y.push(position.y);
  });
  const size = graph.size;
  const sources = new Uint32Array(size);
  const targets = new Uint32Array(size);
  const weights = new Float64Array(size);
  let i = 0;
  graph.forEachEdge((_edge, { tie }, source, target) => {
    sources[i] = index.get(source) ?? 0;
    targets[i] = index.get(target) ?? 0;
    weights[i] = Number.isFinite(tie.weight) && tie.weight > 0 ? tie.weight : 1;
    i++;
  });
  return { ids, sizes: ids.map(sizeOf), x, y, sources, targets, weights };
}
