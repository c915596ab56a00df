import type { AnalysisResults } from '../analysis/types';
import { categoryOf } from '../domain/categoryOf';
import type { ClusterGraph } from './buildGraph';

/** What links group A and group B (e.g. two cities). */
export interface Bridges {
  /** Ties with one end in A and the other in B. */
  directTies: string[];
  /** Organisations outside both groups with ties into A and into B: the brokers between them. */
  brokers: string[];
  /** The brokers' ties into A or B. */
  brokerTies: string[];
  /** Every organisation involved: the ends of direct ties, and the brokers with the ends of their ties. */
  organisations: string[];
}

/**
 * The ties and organisations that bridge two groups of a grouping field (city, sector, cluster,
 * role, any attribute, or a category metric). Pure; groups are compared with `categoryOf`, the
 * same definition colouring and filtering use.
 */
export function bridgesBetween(
  graph: ClusterGraph,
  field: string,
  groupA: string,
  groupB: string,
  analysis: AnalysisResults | null = null,
): Bridges {
  const groupOf = new Map<string, string>();
  graph.forEachNode((id, attributes) => groupOf.set(id, categoryOf(attributes, field, analysis)));
  const side = (id: string): 'A' | 'B' | null => {
    const group = groupOf.get(id);
    if (group === groupA) return 'A';
    return group === groupB ? 'B' : null;
  };
  const directTies: string[] = [];
  const involved = new Set<string>();
  const outsideTies = new Map<string, { A: string[]; B: string[]; ends: Set<string> }>();
  graph.forEachEdge((edge, _attributes, source, target) => {
    const [sourceSide, targetSide] = [side(source), side(target)];
    if (sourceSide && targetSide && sourceSide !== targetSide) {
      directTies.push(edge);
      involved.add(source).add(target);
      return;
    }
    const outside = sourceSide === null ? source : target;
    const insideSide = sourceSide ?? targetSide;
    if (insideSide === null || (sourceSide === null) === (targetSide === null)) return;
    const entry = outsideTies.get(outside) ?? { A: [], B: [], ends: new Set<string>() };
    entry[insideSide].push(edge);
    entry.ends.add(outside === source ? target : source);
    outsideTies.set(outside, entry);
  });
  const brokers: string[] = [];
  const brokerTies: string[] = [];
  for (const [id, { A, B, ends }] of outsideTies) {
    if (A.length === 0 || B.length === 0) continue;
    brokers.push(id);
    brokerTies.push(...A, ...B);
    involved.add(id);
    for (const end of ends) involved.add(end);
  }
  return { directTies, brokers, brokerTies, organisations: [...involved] };
}
