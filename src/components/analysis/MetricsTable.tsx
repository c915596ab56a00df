import { formatMetric, metricValue, type MetricQuery, type MetricRow } from '../../analysis/metricRows';
import type { AnalysisResults } from '../../analysis/types';
import { ROLE_LABELS } from '../../model/roles';
import { useAppStore } from '../../store';

interface Column {
  id: string;
  label: string;
  description: string;
  numeric: boolean;
}

const FIXED_COLUMNS: Column[] = [
  { id: 'name', label: 'Organisation', description: 'Name of the organisation.', numeric: false },
  { id: 'role', label: 'Role', description: 'Its role in the cluster system, from its type.', numeric: false },
  { id: 'city', label: 'City', description: 'Its city.', numeric: false },
];

interface MetricsTableProps {
  rows: MetricRow[];
  analysis: AnalysisResults;
  query: MetricQuery;
  onSort: (columnId: string) => void;
}

/** The organisations × metrics table: sortable headers (with each metric's explanation), names select the organisation. */
export function MetricsTable({ rows, analysis, query, onSort }: MetricsTableProps) {
  const { metrics } = analysis;
  const selectOrganisation = useAppStore((state) => state.selectOrganisation);
  const columns = [...FIXED_COLUMNS, ...metrics.map((metric) => ({ id: metric.id, label: metric.label, description: metric.description, numeric: metric.kind === 'number' }))];
  const sortLabel = columns.find((column) => column.id === query.sortBy)?.label ?? query.sortBy;
  return (
    <table className="data-table metrics-table">
      <caption>
        Organisations and their metrics, sorted by {sortLabel} ({query.direction}). Hover or focus a column header for what it measures.
      </caption>
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column.id} scope="col" aria-sort={query.sortBy === column.id ? query.direction : 'none'} className={column.numeric ? 'numeric' : undefined}>
              <button type="button" className="sort-button" title={column.description} aria-description={column.description} onClick={() => onSort(column.id)}>
                {column.label}
                <span aria-hidden="true" className="sort-mark">
                  {query.sortBy === column.id ? (query.direction === 'ascending' ? ' ▲' : ' ▼') : ''}
                </span>
              </button>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id}>
            <th scope="row">
              <button type="button" className="link-button" onClick={() => selectOrganisation(row.id)}>
                {row.name}
              </button>
            </th>
            <td>{ROLE_LABELS[row.role]}</td>
            <td>{row.city}</td>
            {metrics.map((metric) => (
              <td key={metric.id} className={metric.kind === 'number' ? 'numeric' : undefined}>
                {formatMetric(metricValue(analysis, metric.id, row))}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
