import type { MetricDescriptor } from '../metric';
import { byId, byIdList } from '../simpleGraph';

export const degreeMetric: MetricDescriptor = {
  id: 'degree',
  label: 'Degree',
  description: 'How many different organisations it has ties with.',
  kind: 'number',
  compute: ({ adjacency: { starts, ids } }) =>
    byIdList(
      ids,
      Array.from({ length: ids.length }, (_, i) => starts[i + 1]! - starts[i]!),
    ),
};

export const weightedDegreeMetric: MetricDescriptor = {
  id: 'weightedDegree',
  label: 'Weighted degree',
  description: 'The sum of the weights of all its ties (parallel ties add up).',
  kind: 'number',
  compute: ({ adjacency }) => {
    const { starts, weights } = adjacency;
    const values = Array.from({ length: adjacency.ids.length }, (_, i) => {
      let sum = 0;
      for (let j = starts[i]!; j < starts[i + 1]!; j++) sum += weights[j]!;
      return sum;
    });
    return byId(adjacency, values);
  },
};
