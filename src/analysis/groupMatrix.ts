import type { SimpleGraph } from './simpleGraph';

/** Linked pairs between groups: counts[i][j] pairs and weights[i][j] summed weight; the diagonal is within a group. */
export interface GroupMatrix {
  groups: string[];
  counts: number[][];
  weights: number[][];
  /** Set when small groups were merged into one row so the matrix stays readable. */
  merged: { into: string; groups: number } | null;
}

export const MATRIX_MAX_GROUPS = 25;
export const OTHER_GROUPS = 'Other groups';

/**
 * The group × group matrix (symmetric: ties are undirected pairs). `groups` is the order of rows,
 * largest first; beyond `maxGroups` the rest are merged into one "Other groups" row.
 */
export function groupMatrix(
  simple: SimpleGraph,
  groupOf: (id: string) => string,
  groupsBySize: string[],
  maxGroups = MATRIX_MAX_GROUPS,
): GroupMatrix {
  const overflow = groupsBySize.length > maxGroups;
  const kept = overflow ? groupsBySize.slice(0, maxGroups - 1) : groupsBySize;
  const groups = overflow ? [...kept, OTHER_GROUPS] : [...kept];
  const row = new Map(kept.map((group, i) => [group, i]));
  const indexOf = (id: string) => row.get(groupOf(id)) ?? groups.length - 1;
  const counts = groups.map(() => groups.map(() => 0));
  const weights = groups.map(() => groups.map(() => 0));
  simple.forEachEdge((_edge, { weight }, source, target) => {
    const [i, j] = [indexOf(source), indexOf(target)];
    counts[i]![j]! += 1;
    weights[i]![j]! += weight;
    if (i !== j) {
      counts[j]![i]! += 1;
      weights[j]![i]! += weight;
    }
  });
  return {
    groups,
    counts,
    weights,
    merged: overflow ? { into: OTHER_GROUPS, groups: groupsBySize.length - kept.length } : null,
  };
}
