import { eiIndex } from './eiIndex';
import type { SimpleGraph } from './simpleGraph';

/** Statistics of one group (all values over linked pairs of the simple graph, see toSimpleGraph). */
export interface GroupStat {
  group: string;
  organisations: number;
  /** Linked pairs with both ends in the group, and their summed weight. */
  internalTies: number;
  internalWeight: number;
  /** Linked pairs with exactly one end in the group, and their summed weight. */
  externalTies: number;
  externalWeight: number;
  /** Internal pairs over possible pairs; null below two organisations. */
  density: number | null;
  eiIndex: number | null;
  /** Share of the group's pairs (internal or external) whose two organisations are in different cities; null if none with both cities known. */
  crossCityShare: number | null;
}

/** The label of organisations without a value for the grouping field. */
export const NO_GROUP = '(none)';

type Tally = {
  organisations: number;
  internal: number;
  internalWeight: number;
  external: number;
  externalWeight: number;
  known: number;
  crossing: number;
};

/** Per-group statistics, largest group first. `cityOf` gives '' for an unknown city. */
export function groupStats(
  simple: SimpleGraph,
  groupOf: (id: string) => string,
  cityOf: (id: string) => string,
): GroupStat[] {
  const tallies = new Map<string, Tally>();
  const tally = (group: string) => {
    let entry = tallies.get(group);
    if (!entry)
      tallies.set(
        group,
        (entry = {
          organisations: 0,
          internal: 0,
          internalWeight: 0,
          external: 0,
          externalWeight: 0,
          known: 0,
          crossing: 0,
        }),
      );
    return entry;
  };
  simple.forEachNode((id) => (tally(groupOf(id)).organisations += 1));
  simple.forEachEdge((_edge, { weight }, source, target) => {
    const [groupS, groupT] = [groupOf(source), groupOf(target)];
    const [citySource, cityTarget] = [cityOf(source), cityOf(target)];
    const known = citySource !== '' && cityTarget !== '';
    const crossing = known && citySource !== cityTarget;
    const touched = groupS === groupT ? [tally(groupS)] : [tally(groupS), tally(groupT)];
    for (const entry of touched) {
      if (groupS === groupT)
        [entry.internal, entry.internalWeight] = [entry.internal + 1, entry.internalWeight + weight];
      else [entry.external, entry.externalWeight] = [entry.external + 1, entry.externalWeight + weight];
      if (known) entry.known += 1;
      if (crossing) entry.crossing += 1;
    }
  });
  return [...tallies.entries()]
    .map(([group, t]) => ({
      group,
      organisations: t.organisations,
      internalTies: t.internal,
      internalWeight: t.internalWeight,
      externalTies: t.external,
      externalWeight: t.externalWeight,
      density: t.organisations < 2 ? null : t.internal / ((t.organisations * (t.organisations - 1)) / 2),
      eiIndex: eiIndex(t.internal, t.external),
      crossCityShare: t.known === 0 ? null : t.crossing / t.known,
    }))
    .sort((a, b) => b.organisations - a.organisations || a.group.localeCompare(b.group));
}
