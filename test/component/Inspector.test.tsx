import { beforeEach, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Inspector } from '../../src/components/Inspector';
import { Header } from '../../src/components/Header';
import { Legend } from '../../src/components/Legend';
import { resetAllSlices, useAppStore } from '../../src/store';
import { importSources } from '../../src/import/importSources';

const file = (name: string, text: string) => ({ name, bytes: new TextEncoder().encode(text) });

function loadSample() {
  const { dataset, report } = importSources(
    [
      file(
        'orgs.csv',
        'id,name,type,city,url\nlyon,Grand Lyon,Government,Lyon,https://www.grandlyon.com\naxe,Axelera,Cluster organisation,Lyon,javascript:alert(1)\nrho,Rhodia,Firm,Lyon,\n',
      ),
      file('ties.csv', 'source,target,type\nlyon,axe,Funding\naxe,rho,Membership\n'),
    ],
    { name: 'Lyon sample', illustrative: true },
  );
  useAppStore.getState().setDataset(dataset, report);
}

beforeEach(() => {
  resetAllSlices();
  loadSample();
});

describe('Header', () => {
  it('names the data set, summarises it and says the data is illustrative', () => {
    render(<Header />);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Lyon sample');
    expect(screen.getByRole('status', { name: 'Dataset summary' })).toHaveTextContent('3 organisations · 2 ties');
    expect(screen.getByText('Illustrative data: CLUSNET cities, invented ties')).toBeInTheDocument();
    expect(screen.getByLabelText('Load data')).toHaveAttribute('type', 'file');
  });
});

describe('Legend', () => {
  it('lists the roles present with their counts', () => {
    render(<Legend />);
    const items = within(
      within(screen.getByRole('region', { name: 'Roles' })).getByRole('list', { name: 'Colours' }),
    ).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual(['Business1', 'Government1', 'Intermediary1']);
  });
});

describe('Inspector', () => {
  it('asks for a click when nothing is selected', () => {
    render(<Inspector />);
    expect(screen.getByText('Click an organisation to see who it is linked to.')).toBeInTheDocument();
  });

  it('shows attributes, links only http(s) URLs, and walks to a neighbour', async () => {
    useAppStore.getState().selectOrganisation('lyon');
    render(<Inspector />);
    const inspector = screen.getByRole('region', { name: 'Inspector' });
    expect(within(inspector).getByRole('heading', { name: 'Grand Lyon' })).toBeInTheDocument();
    expect(within(inspector).getByRole('link', { name: 'https://www.grandlyon.com' })).toHaveAttribute(
      'href',
      'https://www.grandlyon.com/',
    );
    await userEvent.click(within(inspector).getByRole('button', { name: 'Axelera' }));
    expect(within(inspector).getByRole('heading', { name: 'Axelera' })).toBeInTheDocument();
    expect(within(inspector).queryByRole('link')).toBeNull();
    expect(within(inspector).getByText('javascript:alert(1)')).toBeInTheDocument();
    // Neighbours grouped by the kind of tie that joins them.
    expect(
      within(within(inspector).getByRole('list', { name: 'Neighbours by Funding' }))
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Grand Lyon']);
    expect(
      within(within(inspector).getByRole('list', { name: 'Neighbours by Membership' }))
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Rhodia']);
  });
});
