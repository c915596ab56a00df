import type { ElementDefinition } from 'cytoscape';
import type { AnalysisResults } from '../analysis/types';
import { aggregateGraph, type AggregateGroup } from '../graph/aggregate';
import type { ClusterGraph } from '../graph/buildGraph';
import { categoryOf } from '../domain/categoryOf';
import { groupElementId, linkElementId } from './elementIds';
import { categoryItems, NONE_LABEL, OVERFLOW_COLOUR } from './nodeAppearance';

const MIN_GROUP_SIZE = 34;
const MAX_GROUP_SIZE = 120;

/** Diameter of a group node: area grows with its number of organisations. */
export const groupSizeFor = (count: number, maxCount: number): number =>
  MIN_GROUP_SIZE + (MAX_GROUP_SIZE - MIN_GROUP_SIZE) * Math.sqrt(maxCount <= 0 ? 0 : count / maxCount);

/** Width of an aggregated link: grows with the total weight of the ties it stands for. */
export const linkWidthFor = (weight: number, maxWeight: number): number =>
  1.5 + 12 * Math.sqrt(maxWeight <= 0 ? 0 : Math.max(0, weight) / maxWeight);

export interface GroupView {
  groups: AggregateGroup[];
  elements: ElementDefinition[];
}

/**
 * Elements of the aggregated view by a field: one node per value (coloured as the legend colours
 * that field, labelled with its organisation count) and one link per pair of groups that share ties.
 */
export function groupElements(graph: ClusterGraph, field: string, analysis: AnalysisResults | null): GroupView {
  const { groups, links } = aggregateGraph(graph, (id) => categoryOf(graph.getNodeAttributes(id), field, analysis));
  const colours = new Map(categoryItems(graph, field, analysis).map((item) => [item.key, item]));
  const maxCount = Math.max(0, ...groups.map((group) => group.members.length));
  const maxWeight = Math.max(0, ...links.map((link) => link.weight));
  const elements: ElementDefinition[] = groups.map((group) => {
    const name = group.key === '' ? NONE_LABEL : (colours.get(group.key)?.label ?? group.key);
    return {
      group: 'nodes',
      classes: 'group',
      data: {
        id: groupElementId(group.id),
        key: group.key,
        label: `${name} (${group.members.length})`,
        count: group.members.length,
        internalTies: group.internalTies,
        colour: colours.get(group.key)?.colour ?? OVERFLOW_COLOUR,
        shape: 'ellipse',
        size: groupSizeFor(group.members.length, maxCount),
      },
    };
  });
  for (const link of links) {
    elements.push({
      group: 'edges',
      classes: 'aggregate',
      data: {
        id: linkElementId(link.id),
        source: groupElementId(link.source),
        target: groupElementId(link.target),
        count: link.count,
        weight: link.weight,
        width: linkWidthFor(link.weight, maxWeight),
      },
    });
  }
  return { groups, elements };
}
