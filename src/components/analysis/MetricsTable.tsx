import {
  formatMetric,
  metricSortValue,
  metricValue,
  type MetricQuery,
  type MetricRow,
} from '../../analysis/metricRows';
import type { AnalysisResults } from '../../analysis/types';
import { ROLE_LABELS } from '../../model/roles';
import type { SortState } from '../../table/sortRows';
import { useAppStore } from '../../store';
import { DataTable, type TableColumn } from '../table/DataTable';

interface MetricsTableProps {
  rows: MetricRow[];
  analysis: AnalysisResults;
  query: MetricQuery;
  onSort: (sort: SortState) => void;
}

/** The organisations × metrics table: sortable headers (with each metric's explanation), names select the organisation. */
export function MetricsTable({ rows, analysis, query, onSort }: MetricsTableProps) {
  const selectOrganisation = useAppStore((state) => state.selectOrganisation);
  const sortValue = (key: string) => (row: MetricRow) => metricSortValue(analysis, key, row);
  const columns: TableColumn<MetricRow>[] = [
    {
      key: 'name',
      header: 'Organisation',
      title: 'Name of the organisation.',
      sortValue: sortValue('name'),
      rowHeader: true,
      cell: (row) => (
        <button type="button" className="link-button" onClick={() => selectOrganisation(row.id)}>
          {row.name}
        </button>
      ),
    },
    {
      key: 'role',
      header: 'Role',
      title: 'Its role in the cluster system, from its type.',
      sortValue: sortValue('role'),
      cell: (row) => ROLE_LABELS[row.role],
    },
    { key: 'city', header: 'City', title: 'Its city.', sortValue: sortValue('city') },
    ...analysis.metrics.map((metric): TableColumn<MetricRow> => ({
      key: metric.id,
      header: metric.label,
      title: metric.description,
      sortValue: sortValue(metric.id),
      firstDirection: 'descending',
      cell: (row) => formatMetric(metricValue(analysis, metric.id, row)),
      numeric: metric.kind === 'number',
    })),
  ];
  const sortLabel = columns.find((column) => column.key === query.sortBy)?.header ?? query.sortBy;
  return (
    <DataTable
      className="data-table metrics-table"
      caption={`Organisations and their metrics, sorted by ${sortLabel} (${query.direction}). Hover or focus a column header for what it measures.`}
      columns={columns}
      rows={rows}
      rowKey={(row) => row.id}
      externalSort={{ sort: { key: query.sortBy, direction: query.direction }, onSortChange: onSort }}
    />
  );
}
