import { typeRoles } from '../analysis/typeRoles';
import { topBrokers } from '../analysis/brokerageRanking';
import { groupingFields } from '../analysis/groupingFields';
import { metricRows, queryMetricRows, type MetricQuery, type MetricRow } from '../analysis/metricRows';
import type { AnalysisResults } from '../analysis/types';
import type { RoleOverrides } from '../model/roles';
import type { Dataset } from '../model/types';

/** Memoise on the identity of every argument (one slot): rebuilt only when an input changes. */
function memoiseLast<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  let lastArgs: A | null = null;
  let lastResult: R | undefined;
  return (...args) => {
    if (!lastArgs || args.length !== lastArgs.length || args.some((arg, i) => arg !== lastArgs![i])) {
      lastResult = fn(...args);
      lastArgs = args;
    }
    return lastResult as R;
  };
}

/** Every organisation with its metric values. */
export const selectMetricRows = memoiseLast((dataset: Dataset, roleOverrides: RoleOverrides): MetricRow[] => metricRows(dataset, roleOverrides));

/** The rows the metrics table shows for a search, role filter and sort. */
export const selectQueriedRows = memoiseLast((rows: MetricRow[], query: MetricQuery, analysis: AnalysisResults | null): MetricRow[] => queryMetricRows(rows, query, analysis));

/** Organisation names by id, for tables that list ids. */
export const selectNamesById = memoiseLast((dataset: Dataset): Map<string, string> => new Map(dataset.organisations.map((organisation) => [organisation.id, organisation.name])));

/** The top brokers of the current analysis. */
export const selectTopBrokers = memoiseLast((analysis: AnalysisResults, limit: number) => topBrokers(analysis, limit));

/** Fields the groups view offers. */
export const selectGroupingFields = memoiseLast((dataset: Dataset) => groupingFields(dataset));

/** Organisation types with their default and current roles. */
export const selectTypeRoles = memoiseLast((dataset: Dataset, overrides: RoleOverrides) => typeRoles(dataset, overrides));
