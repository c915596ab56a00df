import { describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DataTable, type TableColumn } from '../../src/components/table/DataTable';

interface City {
  name: string;
  country?: string;
  partners: number;
}
const CITIES: City[] = [
  { name: 'Lyon', country: 'France', partners: 12 },
  { name: 'Leipzig', partners: 3 },
  { name: 'Barcelona', country: 'Spain', partners: 7 },
  { name: 'Munich', country: 'Germany', partners: 7 },
];
const COLUMNS: TableColumn<City>[] = [
  { key: 'name', header: 'City', rowHeader: true, sortValue: (city) => city.name },
  { key: 'country', header: 'Country', sortValue: (city) => city.country },
  {
    key: 'partners',
    header: 'Partners',
    title: 'Organisations taking part',
    numeric: true,
    sortValue: (city) => city.partners,
    firstDirection: 'descending',
  },
  { key: 'note', header: 'Note', title: 'Free text', cell: (city) => `${city.name}!` },
];

const table = () => screen.getByRole('table', { name: 'Cities' });
const names = () =>
  within(table())
    .getAllByRole('rowheader')
    .map((cell) => cell.textContent);
const header = (name: string) => within(table()).getByRole('columnheader', { name });

describe('DataTable', () => {
  it('sorts by itself: first direction, then the other way, missing values last either way', async () => {
    render(<DataTable caption="Cities" columns={COLUMNS} rows={CITIES} rowKey={(city) => city.name} />);
    expect(names()).toEqual(['Lyon', 'Leipzig', 'Barcelona', 'Munich']);
    expect(header('Country')).toHaveAttribute('aria-sort', 'none');
    await userEvent.click(within(header('Country')).getByRole('button'));
    expect(header('Country')).toHaveAttribute('aria-sort', 'ascending');
    expect(names()).toEqual(['Lyon', 'Munich', 'Barcelona', 'Leipzig']);
    await userEvent.click(within(header('Country')).getByRole('button'));
    expect(header('Country')).toHaveAttribute('aria-sort', 'descending');
    expect(names()).toEqual(['Barcelona', 'Munich', 'Lyon', 'Leipzig']);
    // Rankings start with the most; Barcelona and Munich tie and keep their order.
    await userEvent.click(within(header('Partners')).getByRole('button'));
    expect(header('Partners')).toHaveAttribute('aria-sort', 'descending');
    expect(header('Country')).toHaveAttribute('aria-sort', 'none');
    expect(names()).toEqual(['Lyon', 'Barcelona', 'Munich', 'Leipzig']);
  });

  it('shows columns without a sort value as plain headers, and explanations as tooltips and descriptions', () => {
    render(<DataTable caption="Cities" columns={COLUMNS} rows={CITIES} rowKey={(city) => city.name} />);
    expect(header('Note')).not.toHaveAttribute('aria-sort');
    expect(within(header('Note')).queryByRole('button')).toBeNull();
    expect(header('Note')).toHaveAttribute('title', 'Free text');
    expect(within(header('Partners')).getByRole('button', { name: 'Partners' })).toHaveAccessibleDescription(
      'Organisations taking part',
    );
    expect(header('Partners')).toHaveClass('numeric');
    expect(
      within(table())
        .getAllByRole('cell')
        .map((cell) => cell.textContent)
        .slice(0, 3),
    ).toEqual(['France', '12', 'Lyon!']);
  });

  it('leaves the order to the caller with an external sort, and reports the sort a click asks for', async () => {
    const onSortChange = vi.fn();
    render(
      <DataTable
        caption="Cities"
        columns={COLUMNS}
        rows={CITIES}
        rowKey={(city) => city.name}
        externalSort={{ sort: { key: 'country', direction: 'ascending' }, onSortChange }}
        sortMarkInName
      />,
    );
    expect(names()).toEqual(['Lyon', 'Leipzig', 'Barcelona', 'Munich']);
    // The mark is part of the name here; by default it is hidden (see the first test's "Country").
    expect(header('Country ▲')).toHaveAttribute('aria-sort', 'ascending');
    await userEvent.click(within(table()).getByRole('button', { name: 'Country ▲' }));
    expect(onSortChange).toHaveBeenLastCalledWith({ key: 'country', direction: 'descending' });
    await userEvent.click(within(table()).getByRole('button', { name: 'Partners' }));
    expect(onSortChange).toHaveBeenLastCalledWith({ key: 'partners', direction: 'descending' });
  });

  it('pages the rows when asked to', async () => {
    render(<DataTable caption="Cities" columns={COLUMNS} rows={CITIES} rowKey={(city) => city.name} pageSize={3} />);
    expect(names()).toEqual(['Lyon', 'Leipzig', 'Barcelona']);
    await userEvent.click(screen.getByRole('button', { name: 'Show 1 more of 1 not listed' }));
    expect(names()).toEqual(['Lyon', 'Leipzig', 'Barcelona', 'Munich']);
    expect(screen.queryByRole('button', { name: /more of/ })).toBeNull();
  });

  it('makes rows one tab stop, moved with the arrow keys and activated with Enter, when they can be activated', async () => {
    const onActivate = vi.fn();
    render(
      <DataTable
        caption="Cities"
        columns={COLUMNS}
        rows={CITIES}
        rowKey={(city) => city.name}
        onActivate={onActivate}
        isCurrent={(city) => city.name === 'Munich'}
      />,
    );
    const rows = within(table()).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.tabIndex)).toEqual([0, -1, -1, -1]);
    expect(rows[3]).toHaveAttribute('aria-current', 'true');
    rows[0]!.focus();
    await userEvent.keyboard('{End}{ArrowUp}{Enter}');
    expect(rows[2]).toHaveFocus();
    expect(onActivate).toHaveBeenLastCalledWith(CITIES[2]);
  });

  it('leaves plain rows out of the tab order', () => {
    render(<DataTable caption="Cities" columns={COLUMNS} rows={CITIES} rowKey={(city) => city.name} />);
    for (const row of within(table()).getAllByRole('row')) expect(row).not.toHaveAttribute('tabindex');
  });
});
