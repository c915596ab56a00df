/** Whole-network figures. */
export interface NetworkStats {
  organisations: number;
  ties: number;
  /** Linked pairs: ties between the same two organisations count once. */
  linkedPairs: number;
  density: number | null;
  components: number;
  largestComponent: number;
  isolates: number;
  /** Mean steps between organisations that can reach each other; null without any path. */
  averagePathLength: number | null;
  diameter: number;
  /** True when path figures come from sampled sources (estimates, diameter a lower bound). */
  pathsSampled: boolean;
  communities: number;
  modularity: number;
  /** Share of organisations reaching business, knowledge and government in their neighbourhood. */
  clusterSystemCoverage: number | null;
}

/** What the metrics computed: the figures above, with the component ones still to derive from the sizes. */
export type NetworkInputs = Omit<NetworkStats, 'density' | 'components' | 'largestComponent' | 'isolates'> & {
  componentSizes: number[];
};

/** Assemble the network figures from what the metrics already computed. */
export function networkStats(inputs: NetworkInputs): NetworkStats {
  const { organisations: n, componentSizes } = inputs;
  return {
    organisations: n,
    ties: inputs.ties,
    linkedPairs: inputs.linkedPairs,
    density: n < 2 ? null : inputs.linkedPairs / ((n * (n - 1)) / 2),
    components: componentSizes.length,
    largestComponent: componentSizes[0] ?? 0,
    isolates: componentSizes.filter((size) => size === 1).length,
    averagePathLength: inputs.averagePathLength,
    diameter: inputs.diameter,
    pathsSampled: inputs.pathsSampled,
    communities: inputs.communities,
    modularity: inputs.modularity,
    clusterSystemCoverage: inputs.clusterSystemCoverage,
  };
}
