import { beforeEach, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ImportReport } from '../../src/components/ImportReport';
import { PendingMappingDialog } from '../../src/components/MappingDialog';
import { resetAllSlices, useAppStore } from '../../src/store';
import { importSources } from '../../src/import/importSources';
import { planTable } from '../../src/import/tableMapping';
import { parseCsv } from '../../src/import/parseCsv';

const file = (name: string, text: string) => ({ name, bytes: new TextEncoder().encode(text) });

beforeEach(() => resetAllSlices());

describe('ImportReport', () => {
  beforeEach(() => {
    const { dataset, report } = importSources([
      file('orgs.csv', 'id,name\na,University of Manchester\nb,Univ. of Manchester\na,Again\n'),
      file('ties.csv', 'source,target,weight\na,a,1\na,zeta,heavy\n'),
    ]);
    useAppStore.getState().setDataset(dataset, report);
  });

  it('is a region listing every problem with file, row and column, sortable by kind or row', async () => {
    render(<ImportReport />);
    const region = screen.getByRole('region', { name: 'Import report' });
    expect(within(region).getByText('4 problems and 0 notes.')).toBeInTheDocument();
    const table = within(region).getByRole('table', { name: 'Problems and notes' });
    const kinds = () =>
      within(table)
        .getAllByRole('row')
        .slice(1)
        .map((row) =>
          within(row)
            .getAllByRole('cell')
            .slice(1, 4)
            .map((cell) => cell.textContent),
        );
    expect(kinds()).toEqual([
      ['duplicate-id', 'orgs.csv', '4'],
      ['not-a-number', 'ties.csv', '3'],
      ['self-tie', 'ties.csv', '2'],
      ['unknown-reference', 'ties.csv', '3'],
    ]);
    expect(within(table).getByRole('columnheader', { name: 'Kind ▲' })).toHaveAttribute('aria-sort', 'ascending');
    await userEvent.click(within(table).getByRole('button', { name: 'Row' }));
    expect(kinds().map(([kind]) => kind)).toEqual(['self-tie', 'not-a-number', 'unknown-reference', 'duplicate-id']);
  });

  it('offers the near-duplicate names as a merge and the download', () => {
    render(<ImportReport />);
    expect(
      screen.getByRole('button', { name: 'Merge Univ. of Manchester into University of Manchester' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Download report (CSV)' })).toBeInTheDocument();
    expect(
      screen.getByRole('checkbox', { name: 'Drop ties to unknown organisations instead of adding placeholders' }),
    ).not.toBeChecked();
  });
});

describe('mapping step', () => {
  it('is a dialog with a select per column; Import waits until every required column is chosen', async () => {
    const plan = planTable('ties.csv', parseCsv('from,partner,weight\na,b,1\n'));
    useAppStore.getState().setPendingMapping([plan]);
    render(<PendingMappingDialog />);
    const dialog = screen.getByRole('dialog', { name: 'Map columns' });
    expect(within(dialog).getByText('No column was recognised as a target column.')).toBeInTheDocument();
    expect(within(dialog).getByLabelText('from')).toHaveValue('source');
    expect(within(dialog).getByRole('cell', { name: 'b' })).toBeInTheDocument();
    const importButton = within(dialog).getByRole('button', { name: 'Import' });
    expect(importButton).toBeDisabled();
    await userEvent.selectOptions(within(dialog).getByLabelText('partner'), 'Target (to)');
    expect(importButton).toBeEnabled();
    // Choosing a field for a second column takes it from the first.
    await userEvent.selectOptions(within(dialog).getByLabelText('weight'), 'Source (from)');
    expect(within(dialog).getByLabelText('from')).toHaveValue('');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(useAppStore.getState().pendingMapping).toBeNull();
  });
});
