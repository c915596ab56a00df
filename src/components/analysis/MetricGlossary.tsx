import type { MetricInfo } from '../../analysis/types';

/** Every metric with its one-sentence explanation, folded away until asked for. */
export function MetricGlossary({ metrics }: { metrics: MetricInfo[] }) {
  if (metrics.length === 0) return null;
  return (
    <details className="metric-glossary">
      <summary>What the columns mean</summary>
      <dl>
        {metrics.map((metric) => (
          <div key={metric.id} style={{ display: 'contents' }}>
            <dt>{metric.label}</dt>
            <dd>{metric.description}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
