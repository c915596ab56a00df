import { beforeEach, describe, expect, it } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MetricsView } from '../../src/components/analysis/MetricsView';
import { resetAllSlices, useAppStore } from '../../src/store';
import { importFiles } from '../../src/store/actions';

const file = (name: string, text: string) => ({ name, bytes: new TextEncoder().encode(text) });

// A star around Axelera plus a pair: Axelera has the highest degree and betweenness.
async function loadSample() {
  await importFiles([
    file(
      'orgs.csv',
      'id,name,type,city\naxe,Axelera,Cluster organisation,Lyon\nrho,Rhodia,Firm,Lyon\nlyon,Grand Lyon,Government,Lyon\nucbl,Université Lyon 1,University,Lyon\ntum,TU München,University,Munich\n=cmd,=HYPERLINK("x"),Firm,Munich\n',
    ),
    file(
      'ties.csv',
      'source,target,type\naxe,rho,Membership\naxe,lyon,Funding\naxe,ucbl,R&D\naxe,tum,Project\ntum,=cmd,R&D\n',
    ),
  ]);
}

beforeEach(async () => {
  resetAllSlices();
  await loadSample();
});

describe('analysis after loading', () => {
  it('runs by itself once a data set loads (main-thread fallback here)', async () => {
    await waitFor(() => expect(useAppStore.getState().analysis).not.toBeNull());
    const { analysis } = useAppStore.getState();
    expect(analysis!.nodeMetrics['degree']!['axe']).toBe(4);
    expect(analysis!.groups!.field).toBe('city');
  });
});

describe('MetricsView', () => {
  it('ranks organisations, sorts by a column, filters by role and searches', async () => {
    await waitFor(() => expect(useAppStore.getState().analysis).not.toBeNull());
    render(<MetricsView />);
    const table = screen.getByRole('table');
    const firstColumn = () =>
      within(table)
        .getAllByRole('rowheader')
        .map((cell) => cell.textContent);
    expect(firstColumn()[0]).toBe('Axelera');
    const betweenness = within(table).getByRole('columnheader', { name: /Betweenness/ });
    expect(within(betweenness).getByRole('button')).toHaveAttribute('title', expect.stringContaining('shortest paths'));
    await userEvent.click(within(table).getByRole('button', { name: /^Organisation/ }));
    expect(within(table).getByRole('columnheader', { name: /^Organisation/ })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    expect(firstColumn()).toEqual([
      '=HYPERLINK("x")',
      'Axelera',
      'Grand Lyon',
      'Rhodia',
      'TU München',
      'Université Lyon 1',
    ]);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Role' }), 'knowledge');
    expect(firstColumn()).toEqual(['TU München', 'Université Lyon 1']);
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search organisations' }), 'munich');
    expect(firstColumn()).toEqual(['TU München']);
    expect(screen.getByRole('status')).toHaveTextContent('Showing 1 of 1 organisations');
  });

  it('selects an organisation from its name', async () => {
    await waitFor(() => expect(useAppStore.getState().analysis).not.toBeNull());
    render(<MetricsView />);
    await userEvent.click(screen.getByRole('button', { name: 'Rhodia' }));
    expect(useAppStore.getState().selectedId).toBe('rho');
  });
});
