import { beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ProjectsButton } from '../../src/components/ProjectsDialog';
import { ExportButton } from '../../src/components/ExportDialog';
import { resetAllSlices, useAppStore } from '../../src/store';
import { importSources } from '../../src/import/importSources';
import { setProjectStorage } from '../../src/store/persistence';
import type { ProjectStorage } from '../../src/persist/projectStorage';

const summaries = [
  { id: 'p1', name: 'Lyon study', savedAt: '2026-11-01T10:00:00.000Z', organisations: 3, ties: 2 },
  { id: 'p2', name: 'Munich', savedAt: '2026-10-01T10:00:00.000Z', organisations: 1, ties: 0 },
];
const storage = {
  list: vi.fn(async () => summaries),
  load: vi.fn(),
  save: vi.fn(),
  remove: vi.fn(async () => undefined),
  getCurrentId: vi.fn(),
  setCurrentId: vi.fn(),
};

beforeEach(() => {
  resetAllSlices();
  vi.clearAllMocks();
  setProjectStorage(storage as unknown as ProjectStorage);
  const { dataset, report } = importSources([{ name: 'orgs.csv', bytes: new TextEncoder().encode('id\na\nb\nc\n') }]);
  useAppStore.setState({
    dataset,
    report,
    datasetVersion: 1,
    project: { id: 'p1', name: 'Lyon study', datasetVersion: 1 },
  });
});

describe('Projects dialog', () => {
  it('lists the kept projects, marks the open one, and asks before deleting', async () => {
    const user = userEvent.setup();
    render(<ProjectsButton />);
    await user.click(screen.getByRole('button', { name: 'Projects' }));
    const dialog = await screen.findByRole('dialog', { name: 'Projects' });
    const list = await within(dialog).findByRole('list', { name: 'Kept projects' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      expect.stringContaining('Lyon study (open)3 organisations · 2 ties'),
      expect.stringContaining('Munich1 organisation · 0 ties'),
    ]);
    expect(within(dialog).getByRole('button', { name: 'Open Lyon study' })).toBeDisabled();
    expect(within(dialog).getByLabelText('Open project')).toHaveAttribute('type', 'file');
    await user.click(within(dialog).getByRole('button', { name: 'Delete Munich' }));
    const confirm = await screen.findByRole('alertdialog', { name: 'Delete “Munich”?' });
    await user.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    expect(storage.remove).not.toHaveBeenCalled();
    await user.click(await screen.findByRole('button', { name: 'Delete Munich' }));
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Delete' }));
    expect(storage.remove).toHaveBeenCalledWith('p2');
  });
});

describe('Renaming', () => {
  it('renames the open project in place', async () => {
    const user = userEvent.setup();
    render(<ProjectsButton />);
    await user.click(screen.getByRole('button', { name: 'Projects' }));
    await user.click(await screen.findByRole('button', { name: 'Rename Lyon study' }));
    const input = screen.getByRole('textbox', { name: 'New name for Lyon study' });
    await user.clear(input);
    await user.type(input, 'Lyon 2026{Enter}');
    expect(useAppStore.getState().project?.name).toBe('Lyon 2026');
  });
});

describe('Export dialog', () => {
  it('offers one download per data format', async () => {
    const user = userEvent.setup();
    render(<ExportButton />);
    await user.click(screen.getByRole('button', { name: 'Export' }));
    const dialog = await screen.findByRole('dialog', { name: 'Export' });
    expect(
      within(dialog)
        .getAllByRole('listitem')
        .map((item) => within(item).getByRole('button').textContent),
    ).toEqual(['Organisations (CSV)', 'Ties (CSV)', 'Clusnet JSON', 'GEXF (Gephi)', 'GraphML (Cytoscape)']);
    expect(within(dialog).getByRole('checkbox', { name: /CSV for Excel/ })).not.toBeChecked();
  });
});
