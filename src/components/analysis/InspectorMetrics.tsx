import { formatMetric } from '../../analysis/metricRows';
import { useAppStore } from '../../store';
import './analysis.css';

/** The selected organisation's metrics in the inspector, each with its explanation on hover/focus. */
export function InspectorMetrics({ id }: { id: string }) {
  const analysis = useAppStore((state) => state.analysis);
  const status = useAppStore((state) => state.analysisStatus.status);
  if (!analysis) return status === 'running' ? <p className="hint">Metrics are being computed…</p> : null;
  const rows = analysis.metrics.filter((metric) => analysis.nodeMetrics[metric.id]?.[id] !== undefined);
  return (
    <>
      <h3>Metrics</h3>
      <dl className="attributes inspector-metrics" aria-label="Metrics">
        {rows.map((metric) => (
          <div key={metric.id} className="attribute" title={metric.description}>
            <dt>{metric.label}</dt>
            <dd>{formatMetric(analysis.nodeMetrics[metric.id]![id])}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}
