import { useAppStore } from '../../store';
import { selectGraph } from '../../store/selectors';
import { FILTER_FIELDS, selectFilterOptions } from '../../store/exploreSelectors';
import { findFilter, withFilter } from '../../filters/editFilters';
import { describeCategory } from './describeCategory';
import { CategoryFilter } from './CategoryFilter';
import { YearFilter } from './YearFilter';
import { useFilters } from './useFilters';

const describeValue = (field: string) => (value: string) => describeCategory(field, value);

/** A number filter: empty means no filter. */
function NumberFilter({ type, label, step }: { type: 'minWeight' | 'minDegree'; label: string; step: number }) {
  const [filters, setFilters] = useFilters();
  const current = findFilter(filters, type);
  return (
    <label className="filter-number">
      <span>{label}</span>
      <input
        type="number"
        min={0}
        step={step}
        value={current?.value ?? ''}
        placeholder="any"
        onChange={(event) => {
          const text = event.currentTarget.value;
          const value = Number(text);
          setFilters(withFilter(filters, type, text === '' || !Number.isFinite(value) ? null : { type, value }));
        }}
      />
    </label>
  );
}

function ToggleFilter({ type, label }: { type: 'hideIsolated' | 'largestComponent'; label: string }) {
  const [filters, setFilters] = useFilters();
  return (
    <label className="filter-toggle">
      <input
        type="checkbox"
        checked={findFilter(filters, type) !== undefined}
        onChange={(event) => setFilters(withFilter(filters, type, event.currentTarget.checked ? { type } : null))}
      />
      {label}
    </label>
  );
}

/** Filters as data: every control edits view.filters; the canvas and the table follow. */
export function FilterPanel() {
  const dataset = useAppStore((state) => state.dataset);
  const analysis = useAppStore((state) => state.analysis);
  const [filters, setFilters] = useFilters();
  if (!dataset) return null;
  const options = selectFilterOptions(selectGraph(dataset), analysis);
  return (
    <section className="panel filter-panel" aria-labelledby="filter-title">
      <div className="panel-title">
        <h2 id="filter-title">Filters</h2>
        <button type="button" className="button" disabled={filters.length === 0} onClick={() => setFilters([])}>
          Clear filters
        </button>
      </div>
      {FILTER_FIELDS.filter(([field]) => (options.categories[field]?.length ?? 0) > 1).map(([field, label]) => (
        <CategoryFilter
          key={field}
          field={field}
          label={label}
          options={options.categories[field] ?? []}
          describe={describeValue(field)}
        />
      ))}
      {options.tieTypes.length > 1 && <TieTypeFilter options={options.tieTypes} />}
      {options.years && options.years.min < options.years.max && (
        <YearFilter min={options.years.min} max={options.years.max} />
      )}
      <div className="filter-numbers">
        <NumberFilter type="minWeight" label="Minimum tie weight" step={0.5} />
        <NumberFilter type="minDegree" label="Minimum ties per organisation" step={1} />
      </div>
      <ToggleFilter type="hideIsolated" label="Hide organisations without ties" />
      <ToggleFilter type="largestComponent" label="Keep only the largest connected group" />
    </section>
  );
}

function TieTypeFilter({ options }: { options: { value: string; count: number }[] }) {
  const [filters, setFilters] = useFilters();
  const kept = findFilter(filters, 'tieType')?.values ?? [];
  const toggle = (value: string, on: boolean) => {
    const values = on ? [...kept, value] : kept.filter((candidate) => candidate !== value);
    setFilters(withFilter(filters, 'tieType', values.length === 0 ? null : { type: 'tieType', values }));
  };
  return (
    <details className="filter-group" open={kept.length > 0 || undefined}>
      <summary>
        Tie type{' '}
        <span className="count">
          {kept.length > 0 ? `(${kept.length} of ${options.length})` : `(${options.length})`}
        </span>
      </summary>
      <fieldset className="filter-values" aria-label="Tie type">
        {options.map(({ value, count }) => (
          <label key={value} className="filter-value">
            <input
              type="checkbox"
              checked={kept.includes(value)}
              onChange={(event) => toggle(value, event.currentTarget.checked)}
            />
            <span className="filter-value-label">{value === '' ? '(none)' : value}</span>
            <span className="count">{count}</span>
          </label>
        ))}
      </fieldset>
    </details>
  );
}
