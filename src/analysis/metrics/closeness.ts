import type { MetricDescriptor } from '../metric';
import { pathSweep } from '../pathSweep';
import { byId } from '../simpleGraph';

/**
 * Harmonic closeness, normalised to 0–1: the mean of 1 / distance to every other organisation
 * (unreachable ones count 0, so it works on disconnected networks). graphology's closeness is the
 * classic inverse-of-mean-distance, which breaks on disconnected graphs, hence this module.
 */
export const closenessMetric: MetricDescriptor = {
  id: 'closeness',
  label: 'Closeness',
  description:
    'How few steps it takes to reach everyone else (harmonic closeness, 0–1); unreachable organisations count as infinitely far.',
  kind: 'number',
  compute: ({ adjacency, sources }) => {
    const { harmonicSums, otherSources } = pathSweep(adjacency, sources);
    return byId(
      adjacency,
      Array.from(harmonicSums, (sum, i) => (otherSources[i]! > 0 ? sum / otherSources[i]! : 0)),
    );
  },
};
