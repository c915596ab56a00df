import { typeRoles } from '../analysis/typeRoles';
import { topBrokers } from '../analysis/brokerageRanking';
import { groupingFields } from '../analysis/groupingFields';
import { metricRows, queryMetricRows, type MetricQuery, type MetricRow } from '../analysis/metricRows';
import type { AnalysisResults } from '../analysis/types';
import type { RoleOverrides } from '../model/roles';
import type { Dataset } from '../model/types';
import { memoiseArgs } from './memoise';

/** Every organisation with its metric values. */
export const selectMetricRows = memoiseArgs((dataset: Dataset, roleOverrides: RoleOverrides): MetricRow[] =>
  metricRows(dataset, roleOverrides),
);

/** The rows the metrics table shows for a search, role filter and sort. */
export const selectQueriedRows = memoiseArgs(
  (rows: MetricRow[], query: MetricQuery, analysis: AnalysisResults | null): MetricRow[] =>
    queryMetricRows(rows, query, analysis),
);

/** Organisation names by id, for tables that list ids. */
export const selectNamesById = memoiseArgs(
  (dataset: Dataset): Map<string, string> =>
    new Map(dataset.organisations.map((organisation) => [organisation.id, organisation.name])),
);

/** The top brokers of the current analysis. */
export const selectTopBrokers = memoiseArgs((analysis: AnalysisResults, limit: number) => topBrokers(analysis, limit));

/** Fields the groups view offers. */
export const selectGroupingFields = memoiseArgs((dataset: Dataset) => groupingFields(dataset));

/** Organisation types with their default and current roles. */
export const selectTypeRoles = memoiseArgs((dataset: Dataset, overrides: RoleOverrides) =>
  typeRoles(dataset, overrides),
);
