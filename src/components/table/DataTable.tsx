import { useState, type Key, type ReactNode } from 'react';
import { nextSort, sortRows, type SortDirection, type SortState, type SortValue } from '../../table/sortRows';
import { useRovingRows } from './useRovingRows';

/** One column of a table, described as data. */
export interface TableColumn<Row> {
  /** Unique within the table; what the sort refers to. */
  key: string;
  /** The header text (the header's accessible name). */
  header: string;
  /** What the column means: the header's tooltip, and the sort button's description. */
  title?: string;
  /** The value the column sorts by. Without it the header is plain text, not a sort button. */
  sortValue?: (row: Row) => SortValue;
  /** The direction of the first sort by this column (default ascending; rankings start with the most). */
  firstDirection?: SortDirection;
  /** What the cell shows; the sort value when left out. */
  cell?: (row: Row) => ReactNode;
  /** Figures: aligned right (class "numeric" on the header and the cells). */
  numeric?: boolean;
  /** The cell names its row: a row header (th scope="row") instead of a data cell. */
  rowHeader?: boolean;
  /** A class of the column's cells. */
  cellClassName?: string;
}

/** A sort the caller keeps (in the store, in a query) and has already applied to the rows. */
export interface ExternalSort {
  sort: SortState | null;
  /** The sort a header click asks for (see nextSort). */
  onSortChange: (next: SortState) => void;
}

interface DataTableProps<Row> {
  caption: ReactNode;
  columns: readonly TableColumn<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row, index: number) => Key;
  /** The table's classes (default "data-table"). */
  className?: string;
  rowClassName?: (row: Row) => string;
  /** Without it the table starts unsorted and sorts the rows itself when a header is clicked. */
  externalSort?: ExternalSort;
  /** Show this many rows, and a button for the next as many. */
  pageSize?: number;
  /** Makes the rows keyboard operable (see useRovingRows): Enter or a click on a row. */
  onActivate?: (row: Row) => void;
  /** The row of the current selection (aria-current), with onActivate. */
  isCurrent?: (row: Row) => boolean;
  /** The sort mark (▲ ▼) is part of the sort buttons' names instead of hidden from assistive technology. */
  sortMarkInName?: boolean;
}

const sortMark = (sort: SortState | null, key: string) =>
  sort?.key !== key ? '' : sort.direction === 'ascending' ? ' ▲' : ' ▼';

function ColumnHeader<Row>({
  column,
  sort,
  onSort,
  markInName,
}: {
  column: TableColumn<Row>;
  sort: SortState | null;
  onSort: (column: TableColumn<Row>) => void;
  markInName: boolean;
}) {
  const className = column.numeric ? 'numeric' : undefined;
  if (!column.sortValue)
    return (
      <th scope="col" className={className} title={column.title}>
        {column.header}
      </th>
    );
  const mark = sortMark(sort, column.key);
  return (
    <th scope="col" aria-sort={sort?.key === column.key ? sort.direction : 'none'} className={className}>
      <button
        type="button"
        className="sort-button"
        title={column.title}
        aria-description={column.title}
        onClick={() => onSort(column)}
      >
        {column.header}
        {markInName ? (
          mark
        ) : (
          <span aria-hidden="true" className="sort-mark">
            {mark}
          </span>
        )}
      </button>
    </th>
  );
}

function BodyCell<Row>({ column, row }: { column: TableColumn<Row>; row: Row }) {
  const content = column.cell ? column.cell(row) : column.sortValue?.(row);
  const className = [column.numeric ? 'numeric' : '', column.cellClassName ?? ''].join(' ').trim() || undefined;
  return column.rowHeader ? (
    <th scope="row" className={className}>
      {content}
    </th>
  ) : (
    <td className={className}>{content}</td>
  );
}

/** The rows in the table's own sort, or as given when the caller sorts. */
function useSortedRows<Row>(rows: readonly Row[], columns: readonly TableColumn<Row>[], externalSort?: ExternalSort) {
  const [ownSort, setOwnSort] = useState<SortState | null>(null);
  const sort = externalSort ? externalSort.sort : ownSort;
  const onSort = (column: TableColumn<Row>) =>
    (externalSort?.onSortChange ?? setOwnSort)(nextSort(sort, column.key, column.firstDirection));
  const column = columns.find((candidate) => candidate.key === sort?.key);
  if (externalSort || !sort || !column?.sortValue) return { rows, sort, onSort };
  return { rows: sortRows(rows, column.sortValue, sort.direction), sort, onSort };
}

/**
 * A table whose columns are data: headers of sortable columns are buttons with aria-sort; rows can
 * be keyboard operable (onActivate) and paged (pageSize).
 */
export function DataTable<Row>(props: DataTableProps<Row>) {
  const {
    caption,
    columns,
    rowKey,
    className = 'data-table',
    rowClassName,
    pageSize,
    onActivate,
    isCurrent,
    sortMarkInName = false,
  } = props;
  const { rows, sort, onSort } = useSortedRows(props.rows, columns, props.externalSort);
  const [limit, setLimit] = useState(pageSize ?? Infinity);
  const shown = rows.length > limit ? rows.slice(0, limit) : rows;
  const { tbodyProps, rowProps } = useRovingRows(shown, onActivate, isCurrent);
  const hidden = rows.length - shown.length;
  return (
    <>
      <table className={className}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <ColumnHeader key={column.key} column={column} sort={sort} onSort={onSort} markInName={sortMarkInName} />
            ))}
          </tr>
        </thead>
        <tbody {...tbodyProps}>
          {shown.map((row, index) => (
            <tr key={rowKey(row, index)} className={rowClassName?.(row)} {...rowProps(row, index)}>
              {columns.map((column) => (
                <BodyCell key={column.key} column={column} row={row} />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {pageSize !== undefined && hidden > 0 && (
        <button type="button" className="button" onClick={() => setLimit((current) => current + pageSize)}>
          {`Show ${Math.min(pageSize, hidden)} more of ${hidden} not listed`}
        </button>
      )}
    </>
  );
}
