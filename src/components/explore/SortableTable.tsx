import { useRef, useState, type KeyboardEvent } from 'react';

export interface Column<Row> {
  key: string;
  label: string;
  value: (row: Row) => string | number;
  numeric?: boolean;
}

interface SortableTableProps<Row> {
  caption: string;
  columns: Column<Row>[];
  rows: Row[];
  rowKey: (row: Row) => string;
  /** Enter (or a click) on a row. */
  onActivate: (row: Row) => void;
  isCurrent: (row: Row) => boolean;
}

const PAGE = 300;
type Sort = { key: string; direction: 'ascending' | 'descending' } | null;

function sortRows<Row>(rows: Row[], columns: Column<Row>[], sort: Sort): Row[] {
  const column = columns.find((candidate) => candidate.key === sort?.key);
  if (!sort || !column) return rows;
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const [x, y] = [column.value(a), column.value(b)];
    return sign * (typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y)));
  });
}

const MOVES: Record<string, (index: number, last: number) => number> = {
  ArrowDown: (index, last) => Math.min(index + 1, last),
  ArrowUp: (index) => Math.max(index - 1, 0),
  Home: () => 0,
  End: (_index, last) => last,
  PageDown: (index, last) => Math.min(index + 10, last),
  PageUp: (index) => Math.max(index - 10, 0),
};

/**
 * An accessible table: column headers sort (aria-sort), rows take the focus one at a time
 * (roving tabindex: Tab enters the table once, arrow keys move, Enter activates the row).
 */
export function SortableTable<Row>({ caption, columns, rows, rowKey, onActivate, isCurrent }: SortableTableProps<Row>) {
  const [sort, setSort] = useState<Sort>(null);
  const [focused, setFocused] = useState(0);
  const [limit, setLimit] = useState(PAGE);
  const rowRefs = useRef<(HTMLTableRowElement | null)[]>([]);
  const sorted = sortRows(rows, columns, sort);
  const shown = sorted.slice(0, limit);
  const active = Math.min(focused, Math.max(shown.length - 1, 0));

  const onKeyDown = (event: KeyboardEvent<HTMLTableSectionElement>) => {
    const move = MOVES[event.key];
    if (move) {
      event.preventDefault();
      const next = move(active, shown.length - 1);
      setFocused(next);
      rowRefs.current[next]?.focus();
    } else if (event.key === 'Enter' || event.key === ' ') {
      const row = shown[active];
      if (!row) return;
      event.preventDefault();
      onActivate(row);
    }
  };
  const toggleSort = (key: string) =>
    setSort((current) => ({ key, direction: current?.key === key && current.direction === 'ascending' ? 'descending' : 'ascending' }));

  return (
    <div className="table-wrap">
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.key} scope="col" aria-sort={sort?.key === column.key ? sort.direction : 'none'} className={column.numeric ? 'numeric' : undefined}>
                <button type="button" className="sort-button" onClick={() => toggleSort(column.key)}>
                  {column.label}
                  <span aria-hidden="true">{sort?.key === column.key ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ''}</span>
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody onKeyDown={onKeyDown}>
          {shown.map((row, index) => (
            <tr
              key={rowKey(row)}
              ref={(element) => {
                rowRefs.current[index] = element;
              }}
              tabIndex={index === active ? 0 : -1}
              aria-current={isCurrent(row) || undefined}
              onFocus={() => setFocused(index)}
              onClick={() => onActivate(row)}
            >
              {columns.map((column) => (
                <td key={column.key} className={column.numeric ? 'numeric' : undefined}>
                  {column.value(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {sorted.length > shown.length && (
        <button type="button" className="button" onClick={() => setLimit((current) => current + PAGE)}>
          {`Show ${Math.min(PAGE, sorted.length - shown.length)} more of ${sorted.length - shown.length} not listed`}
        </button>
      )}
    </div>
  );
}
