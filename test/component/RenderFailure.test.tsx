import { beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ErrorBoundary } from '../../src/components/ErrorBoundary';
import { RenderFailure } from '../../src/components/RenderFailure';
import { resetAllSlices, useAppStore } from '../../src/store';
import { importSources } from '../../src/import/importSources';
import { setProjectStorage } from '../../src/store/persistence';
import type { ProjectStorage } from '../../src/persist/projectStorage';

const storage = {
  list: vi.fn(async () => [
    { id: 'p1', name: 'Broken', savedAt: '2026-11-01T10:00:00.000Z', organisations: 1, ties: 0 },
  ]),
  load: vi.fn(),
  save: vi.fn(),
  remove: vi.fn(),
  getCurrentId: vi.fn(),
  setCurrentId: vi.fn(),
};

function Thrower({ fail }: { fail: boolean }) {
  if (fail) throw new Error('Edge "t0" already exists');
  return <p>The graph</p>;
}

const boundary = (key: number, fail: boolean, onError: (error: Error) => void) => (
  <ErrorBoundary resetKey={key} onError={onError} fallback={(error) => <RenderFailure error={error} />}>
    <Thrower fail={fail} />
  </ErrorBoundary>
);

beforeEach(() => {
  resetAllSlices();
  setProjectStorage(storage as unknown as ProjectStorage);
  const { dataset, report } = importSources([{ name: 'orgs.csv', bytes: new TextEncoder().encode('id\na\n') }]);
  useAppStore.setState({
    dataset,
    report,
    datasetVersion: 1,
    project: { id: 'p1', name: 'Broken', datasetVersion: 1 },
  });
  vi.spyOn(console, 'error').mockImplementation(() => {});
});

describe('a project that fails to render', () => {
  it('shows what happened and the ways out instead of a blank page, and tries again with another data set', async () => {
    const user = userEvent.setup();
    const onError = vi.fn();
    const { rerender } = render(boundary(1, true, onError));
    expect(screen.getByRole('alert')).toHaveTextContent('“Broken” could not be shown');
    expect(screen.getByRole('alert')).toHaveTextContent('Edge "t0" already exists');
    expect(onError).toHaveBeenCalledOnce();
    expect(screen.getByRole('button', { name: 'Download this project' })).toBeEnabled();
    expect(screen.getByRole('button', { name: 'Open the demo' })).toBeEnabled();
    await user.click(screen.getByRole('button', { name: 'Open Projects' }));
    expect(await screen.findByRole('dialog', { name: 'Projects' })).toBeVisible();
    expect(await screen.findByRole('list', { name: 'Kept projects' })).toHaveTextContent('Broken');
    // The same data set still fails; another one (a new datasetVersion) is drawn again.
    rerender(boundary(1, false, onError));
    expect(screen.queryByText('The graph')).toBeNull();
    rerender(boundary(2, false, onError));
    expect(screen.getByText('The graph')).toBeInTheDocument();
  });
});
