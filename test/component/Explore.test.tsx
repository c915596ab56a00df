import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { resetAllSlices, useAppStore } from '../../src/store';
import { importSources } from '../../src/import/importSources';
import { OrganisationCombobox } from '../../src/components/explore/OrganisationCombobox';
import { FilterPanel } from '../../src/components/explore/FilterPanel';
import { TableView } from '../../src/components/explore/TableView';
import { ExploreBar } from '../../src/components/explore/ExploreBar';
import { PathPanel } from '../../src/components/explore/PathPanel';

const file = (name: string, text: string) => ({ name, bytes: new TextEncoder().encode(text) });

beforeEach(() => {
  resetAllSlices();
  const { dataset, report } = importSources(
    [
      file(
        'orgs.csv',
        'id,name,type,city\nlyon,Grand Lyon,Government,Lyon\naxe,Axelera,Cluster organisation,Lyon\nrho,Rhodia,Firm,Lyon\nmuc,City of Munich,Government,Munich\n',
      ),
      file(
        'ties.csv',
        'source,target,type,year\nlyon,axe,Funding,2008\naxe,rho,Membership,2010\nlyon,muc,Membership,2009\n',
      ),
    ],
    { name: 'Sample' },
  );
  useAppStore.getState().setDataset(dataset, report);
});

describe('OrganisationCombobox', () => {
  it('lists matches by name and attribute, moves with arrows, chooses with Enter', async () => {
    const onChoose = vi.fn();
    render(<OrganisationCombobox label="Search organisations" onChoose={onChoose} />);
    const box = screen.getByRole('combobox', { name: 'Search organisations' });
    await userEvent.type(box, 'lyon');
    expect(box).toHaveAttribute('aria-expanded', 'true');
    const options = within(screen.getByRole('listbox')).getAllByRole('option');
    // Name match first, then the organisations whose city is Lyon.
    expect(options.map((option) => option.textContent)).toEqual([
      'Grand Lyon',
      'AxeleraCity: Lyon',
      'RhodiaCity: Lyon',
    ]);
    expect(options[0]).toHaveAttribute('aria-selected', 'true');
    await userEvent.keyboard('{ArrowDown}');
    expect(box).toHaveAttribute('aria-activedescendant', options[1]!.id);
    await userEvent.keyboard('{Enter}');
    expect(onChoose).toHaveBeenCalledWith('axe');
    expect(box).toHaveAttribute('aria-expanded', 'false');
  });

  it('closes on Escape and says when nothing matches', async () => {
    render(<OrganisationCombobox label="Search organisations" onChoose={() => undefined} />);
    const box = screen.getByRole('combobox', { name: 'Search organisations' });
    await userEvent.type(box, 'zzz');
    expect(screen.getByText('No organisation matches')).toBeInTheDocument();
    await userEvent.keyboard('{Escape}');
    expect(box).toHaveAttribute('aria-expanded', 'false');
  });
});

describe('FilterPanel and the visible count', () => {
  it('filters by city, shows the count, clears in one click', async () => {
    render(
      <>
        <ExploreBar />
        <FilterPanel />
      </>,
    );
    const shown = screen.getByRole('status', { name: 'Shown' });
    expect(shown).toHaveTextContent('4 of 4 organisations · 3 of 3 ties shown');
    await userEvent.click(screen.getByRole('checkbox', { name: /^Munich/ }));
    expect(useAppStore.getState().view.filters).toEqual([{ type: 'category', field: 'city', values: ['Munich'] }]);
    expect(shown).toHaveTextContent('1 of 4 organisations · 0 of 3 ties shown');
    await userEvent.click(screen.getByRole('checkbox', { name: 'Hide organisations without ties' }));
    expect(shown).toHaveTextContent('0 of 4 organisations · 0 of 3 ties shown');
    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(shown).toHaveTextContent('1 of 4 organisations · 0 of 3 ties shown');
    await userEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(shown).toHaveTextContent('4 of 4 organisations · 3 of 3 ties shown');
    expect(screen.getByRole('button', { name: 'Clear filters' })).toBeDisabled();
  });

  it('year sliders keep ties of the chosen years', async () => {
    render(
      <>
        <ExploreBar />
        <FilterPanel />
      </>,
    );
    // happy-dom does not move a range input with keys (the e2e journey does): set its value.
    fireEvent.change(screen.getByRole('slider', { name: 'To year' }), { target: { value: '2008' } });
    expect(useAppStore.getState().view.filters).toEqual([{ type: 'yearRange', from: 2008, to: 2008 }]);
    expect(screen.getByRole('status', { name: 'Shown' })).toHaveTextContent('4 of 4 organisations · 1 of 3 ties shown');
  });
});

describe('TableView', () => {
  it('sorts by a column and selects with the keyboard', async () => {
    render(<TableView />);
    const table = screen.getByRole('table', { name: 'Organisations shown (4)' });
    const header = within(table).getByRole('columnheader', { name: 'Name' });
    expect(header).toHaveAttribute('aria-sort', 'none');
    await userEvent.click(within(header).getByRole('button'));
    expect(header).toHaveAttribute('aria-sort', 'ascending');
    const names = () =>
      within(table)
        .getAllByRole('row')
        .slice(1)
        .map((row) => row.firstChild?.textContent);
    expect(names()).toEqual(['Axelera', 'City of Munich', 'Grand Lyon', 'Rhodia']);
    await userEvent.click(within(header).getByRole('button'));
    expect(header).toHaveAttribute('aria-sort', 'descending');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.tabIndex)).toEqual([0, -1, -1, -1]);
    rows[0]!.focus();
    await userEvent.keyboard('{ArrowDown}{ArrowDown}{Enter}');
    expect(rows[2]).toHaveFocus();
    // Descending: Rhodia, Grand Lyon, City of Munich, Axelera.
    expect(useAppStore.getState().selectedId).toBe('muc');
    expect(rows[2]).toHaveAttribute('aria-current', 'true');
  });
});

describe('keyboard shortcuts', () => {
  it('/ focuses the search; Esc clears the selection; keys typed in the search are not shortcuts; Ctrl+Z undoes', async () => {
    render(<ExploreBar />);
    useAppStore.getState().selectOrganisation('axe');
    useAppStore.getState().updateView({ layout: 'city' });
    await userEvent.keyboard('/');
    const search = screen.getByRole('combobox', { name: 'Search organisations' });
    expect(search).toHaveFocus();
    await userEvent.keyboard('f/');
    expect(search).toHaveValue('f/');
    search.blur();
    await userEvent.keyboard('{Escape}');
    expect(useAppStore.getState().selectedId).toBeNull();
    await userEvent.keyboard('{Control>}z{/Control}');
    expect(useAppStore.getState().view.layout).toBe('force');
    await userEvent.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    expect(useAppStore.getState().view.layout).toBe('city');
  });
});

describe('PathPanel', () => {
  it('finds a path and what links two cities', async () => {
    render(<PathPanel />);
    await userEvent.type(screen.getByRole('combobox', { name: 'Path from' }), 'Rhodia');
    await userEvent.keyboard('{Enter}');
    await userEvent.type(screen.getByRole('combobox', { name: 'Path to' }), 'City of Munich');
    await userEvent.keyboard('{Enter}');
    await userEvent.click(screen.getByRole('button', { name: 'Find path' }));
    const steps = within(screen.getByRole('list', { name: 'Path steps' })).getAllByRole('button');
    expect(steps.map((step) => step.textContent)).toEqual(['Rhodia', 'Axelera', 'Grand Lyon', 'City of Munich']);

    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'First group' }), 'Lyon');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Second group' }), 'Munich');
    await userEvent.click(screen.getByRole('button', { name: 'Show links' }));
    expect(useAppStore.getState().view.bridge).toEqual({ field: 'city', a: 'Lyon', b: 'Munich' });
    expect(screen.getByText('1 direct tie; 0 organisations link them from outside.')).toBeInTheDocument();
  });
});
