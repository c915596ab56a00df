import { useCallback } from 'react';
import { useAppStore } from '../../store';
import type { Filter } from '../../filters/types';
import { markPerf } from '../../perf';

/** The current filters and a setter that marks the change for the benchmark (src/perf.ts). */
export function useFilters(): [Filter[], (next: Filter[], options?: { record?: boolean }) => void] {
  const filters = useAppStore((state) => state.view.filters);
  const updateView = useAppStore((state) => state.updateView);
  const setFilters = useCallback(
    (next: Filter[], options?: { record?: boolean }) => {
      markPerf('filter-change');
      updateView({ filters: next }, options);
    },
    [updateView],
  );
  return [filters, setFilters];
}
