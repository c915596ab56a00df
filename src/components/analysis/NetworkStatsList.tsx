import { formatMetric } from '../../analysis/metricRows';
import type { NetworkStats } from '../../analysis/networkStats';

const percent = (value: number | null) => (value === null ? '—' : `${Math.round(value * 100)}%`);

/** Whole-network figures, each with what it means. */
export function NetworkStatsList({ network }: { network: NetworkStats }) {
  const estimate = network.pathsSampled ? ' (estimated from a sample)' : '';
  const items: [string, string, string][] = [
    ['Organisations', network.organisations.toLocaleString('en'), `${network.isolates} without any tie`],
    ['Ties', network.ties.toLocaleString('en'), `${network.linkedPairs.toLocaleString('en')} linked pairs`],
    ['Density', network.density === null ? '—' : formatMetric(network.density), 'Linked pairs over all possible pairs'],
    [
      'Components',
      String(network.components),
      `The largest holds ${network.largestComponent.toLocaleString('en')} organisations`,
    ],
    [
      'Average path length',
      network.averagePathLength === null ? '—' : formatMetric(network.averagePathLength),
      `Mean steps between organisations that can reach each other${estimate}`,
    ],
    [
      'Diameter',
      String(network.diameter),
      `The longest shortest path, in steps${network.pathsSampled ? ' (at least; sampled)' : ''}`,
    ],
    [
      'Communities',
      String(network.communities),
      `Louvain; modularity ${formatMetric(network.modularity)} (above 0.3 is a clear community structure)`,
    ],
    [
      'Cluster-system coverage',
      percent(network.clusterSystemCoverage),
      'Organisations that reach business, knowledge and government among themselves and their partners',
    ],
  ];
  return (
    <dl className="network-stats">
      {items.map(([label, value, explanation]) => (
        <div key={label} className="network-stat">
          <dt>{label}</dt>
          <dd>
            <span className="network-stat-value">{value}</span>
            <span className="network-stat-explanation">{explanation}</span>
          </dd>
        </div>
      ))}
    </dl>
  );
}
