import { beforeEach, describe, expect, it } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GroupsView } from '../../src/components/analysis/GroupsView';
import { resetAllSlices, useAppStore } from '../../src/store';
import { importFiles } from '../../src/store/actions';

const file = (name: string, text: string) => ({ name, bytes: new TextEncoder().encode(text) });

// Axelera (Lyon) brokers between Lyon and Munich; a "Stiftung" type defaults to Other.
beforeEach(async () => {
  resetAllSlices();
  await importFiles([
    file(
      'orgs.csv',
      'id,name,type,city\naxe,Axelera,Cluster organisation,Lyon\nrho,Rhodia,Firm,Lyon\nlyon,Grand Lyon,Government,Lyon\ntum,TU München,University,Munich\nstif,Stiftung Bayern,Stiftung,Munich\n',
    ),
    file(
      'ties.csv',
      'source,target,type,year\naxe,rho,Membership,2008\naxe,lyon,Funding,2009\naxe,tum,Project,2010\ntum,stif,Funding,2010\n',
    ),
  ]);
  await waitFor(() => expect(useAppStore.getState().analysis?.groups).toBeDefined());
});

describe('GroupsView', () => {
  it('shows network figures, groups by city, the matrix, brokerage and intermediaries', () => {
    render(<GroupsView />);
    // Only Axelera reaches business (Rhodia), government (Grand Lyon) and knowledge (TU München): 1 of 5.
    expect(screen.getByText('Cluster-system coverage').parentElement).toHaveTextContent('20%');
    const groups = screen.getByRole('table', { name: /Per group/ });
    expect(
      within(groups)
        .getAllByRole('rowheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Lyon', 'Munich']);
    const matrix = screen.getByRole('table', { name: /Ties between groups/ });
    expect(within(matrix).getByTitle('Lyon – Munich: 1 ties, weight 1')).toHaveTextContent('1 (1)');
    expect(screen.getByText('Undirected ties count in both directions')).toBeInTheDocument();
    const brokers = screen.getByRole('table', { name: /broker most/ });
    const axelera = within(brokers).getByRole('row', { name: /Axelera/ });
    // Rhodia–Grand Lyon twice (coordinator), Lyon -> TU München (representative) and back (gatekeeper), twice each.
    expect(
      within(axelera)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['2', '2', '2', '0', '0', '6']);
    const intermediaries = screen.getByRole('table', { name: /only it provides/ });
    expect(within(intermediaries).getByRole('row', { name: /Axelera/ })).toHaveTextContent('3');
  });

  it('regroups by role, and a changed role mapping flows into the analysis', async () => {
    render(<GroupsView />);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Group organisations by' }), 'role');
    await waitFor(() => expect(useAppStore.getState().analysis?.groups?.field).toBe('role'));
    expect(
      within(screen.getByRole('table', { name: /Per group/ })).getByRole('rowheader', { name: 'Intermediary' }),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByText(/Roles of the cluster system/));
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Role of Stiftung' }), 'capital');
    await waitFor(() =>
      expect(
        within(screen.getByRole('table', { name: /Per group/ })).getByRole('rowheader', { name: 'Capital' }),
      ).toBeInTheDocument(),
    );
    expect(useAppStore.getState().roleOverrides).toEqual({ Stiftung: 'capital' });
  });
});

describe('Inspector metrics', () => {
  it('lists the selected organisation’s metrics and its role from the user’s mapping', async () => {
    const { Inspector } = await import('../../src/components/Inspector');
    useAppStore.getState().setRoleOverride('Stiftung', 'capital');
    useAppStore.getState().selectOrganisation('stif');
    render(<Inspector />);
    const inspector = screen.getByRole('region', { name: 'Inspector' });
    expect(within(inspector).getByText('Role').nextSibling).toHaveTextContent('Capital');
    const metrics = within(inspector).getByLabelText('Metrics');
    expect(within(metrics).getByText('Degree').nextSibling).toHaveTextContent('1');
    expect(within(inspector).getByText('Betweenness').parentElement).toHaveAttribute(
      'title',
      expect.stringContaining('shortest paths'),
    );
  });
});
