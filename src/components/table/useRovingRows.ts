import { useRef, useState, type ComponentPropsWithRef, type KeyboardEvent } from 'react';

const MOVES: Record<string, (index: number, last: number) => number> = {
  ArrowDown: (index, last) => Math.min(index + 1, last),
  ArrowUp: (index) => Math.max(index - 1, 0),
  Home: () => 0,
  End: (_index, last) => last,
  PageDown: (index, last) => Math.min(index + 10, last),
  PageUp: (index) => Math.max(index - 10, 0),
};

interface RovingRows<Row> {
  tbodyProps: ComponentPropsWithRef<'tbody'>;
  rowProps: (row: Row, index: number) => ComponentPropsWithRef<'tr'>;
}

/**
 * Rows that take the focus one at a time (roving tabindex: Tab enters the rows once, arrow keys,
 * Home, End and Page keys move, Enter, Space or a click activates). Without onActivate rows are plain.
 */
export function useRovingRows<Row>(
  shown: readonly Row[],
  onActivate?: (row: Row) => void,
  isCurrent?: (row: Row) => boolean,
): RovingRows<Row> {
  const [focused, setFocused] = useState(0);
  const rowRefs = useRef<(HTMLTableRowElement | null)[]>([]);
  if (!onActivate) return { tbodyProps: {}, rowProps: () => ({}) };
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
  return {
    tbodyProps: { onKeyDown },
    rowProps: (row, index) => ({
      ref: (element: HTMLTableRowElement | null) => {
        rowRefs.current[index] = element;
      },
      tabIndex: index === active ? 0 : -1,
      'aria-current': isCurrent?.(row) || undefined,
      onFocus: () => setFocused(index),
      onClick: () => onActivate(row),
    }),
  };
}
