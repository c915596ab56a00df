import type { ValueCount } from '../../filters/filterOptions';
import { categoryValues, withCategory } from '../../filters/editFilters';
import { useFilters } from './useFilters';

interface CategoryFilterProps {
  field: string;
  label: string;
  options: ValueCount[];
  /** How a value reads on screen (role ids become role names; '' becomes "(none)"). */
  describe: (value: string) => string;
}

/** Checkboxes for the values of one field: none ticked keeps all, ticked ones keep only those. */
export function CategoryFilter({ field, label, options, describe }: CategoryFilterProps) {
  const [filters, setFilters] = useFilters();
  const kept = categoryValues(filters, field);
  const toggle = (value: string, on: boolean) =>
    setFilters(withCategory(filters, field, on ? [...kept, value] : kept.filter((candidate) => candidate !== value)));
  return (
    <details className="filter-group" open={kept.length > 0 || undefined}>
      <summary>
        {label}{' '}
        <span className="count">
          {kept.length > 0 ? `(${kept.length} of ${options.length})` : `(${options.length})`}
        </span>
      </summary>
      <fieldset className="filter-values" aria-label={label}>
        {options.map(({ value, count }) => (
          <label key={value} className="filter-value">
            <input
              type="checkbox"
              checked={kept.includes(value)}
              onChange={(event) => toggle(value, event.currentTarget.checked)}
            />
            <span className="filter-value-label">{describe(value)}</span>
            <span className="count">{count}</span>
          </label>
        ))}
      </fieldset>
    </details>
  );
}
