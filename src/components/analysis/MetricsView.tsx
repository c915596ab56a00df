import { useState } from 'react';
import { DEFAULT_METRIC_QUERY, type MetricQuery } from '../../analysis/metricRows';
import { metricsCsv } from '../../export/metricsCsv';
import { ROLES, ROLE_LABELS, type Role } from '../../model/roles';
import { useAppStore } from '../../store';
import { selectMetricRows, selectQueriedRows } from '../../store/analysisSelectors';
import { AnalysisStatus } from './AnalysisStatus';
import { AnalysisParamsControls } from './AnalysisParamsControls';
import { downloadText, fileNameFor } from '../../export/download';
import { MetricsTable } from './MetricsTable';
import { MetricGlossary } from './MetricGlossary';
import './analysis.css';

const PAGE = 100;

/** The metrics view: a ranking of organisations by any metric, searchable, filterable by role, exportable. */
export function MetricsView() {
  const dataset = useAppStore((state) => state.dataset);
  const analysis = useAppStore((state) => state.analysis);
  const roleOverrides = useAppStore((state) => state.roleOverrides);
  const [query, setQuery] = useState<MetricQuery>(DEFAULT_METRIC_QUERY);
  const [shown, setShown] = useState(PAGE);
  if (!dataset) return null;
  const all = selectMetricRows(dataset, roleOverrides);
  const rows = selectQueriedRows(all, query, analysis);
  const metrics = analysis?.metrics ?? [];
  const update = (change: Partial<MetricQuery>) => {
    setQuery({ ...query, ...change });
    setShown(PAGE);
  };
  return (
    <section className="analysis-view" aria-labelledby="metrics-title">
      <h2 id="metrics-title">Metrics of organisations</h2>
      <p className="analysis-lead">
        Measured on the network with ties between the same two organisations merged into one (weights added) and
        directions ignored. Click a column header to rank by it; click a name to inspect it.
      </p>
      <AnalysisStatus />
      <AnalysisParamsControls />
      <MetricGlossary metrics={metrics} />
      <div className="table-controls">
        <label>
          Search organisations
          <input
            type="search"
            value={query.search}
            onChange={(event) => update({ search: event.target.value })}
            placeholder="Name, city or id"
          />
        </label>
        <label>
          Role
          <select
            value={query.role ?? ''}
            onChange={(event) => update({ role: event.target.value === '' ? null : (event.target.value as Role) })}
          >
            <option value="">All roles</option>
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {ROLE_LABELS[role]}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="button"
          disabled={!analysis}
          onClick={() =>
            analysis && downloadText(fileNameFor(`${dataset.name}-metrics`, 'csv'), metricsCsv(rows, analysis))
          }
        >
          Export CSV
        </button>
        <span className="row-count" role="status">
          Showing {Math.min(shown, rows.length).toLocaleString('en')} of {rows.length.toLocaleString('en')}{' '}
          organisations
        </span>
      </div>
      {!analysis || metrics.length === 0 ? (
        <p className="hint">The metrics appear here as soon as the analysis has run.</p>
      ) : (
        <div className="table-scroll">
          <MetricsTable
            rows={rows.slice(0, shown)}
            analysis={analysis}
            query={query}
            onSort={(sort) => update({ sortBy: sort.key, direction: sort.direction })}
          />
        </div>
      )}
      {rows.length > shown && (
        <button type="button" className="button show-more" onClick={() => setShown(shown + PAGE)}>
          Show {Math.min(PAGE, rows.length - shown)} more
        </button>
      )}
    </section>
  );
}
