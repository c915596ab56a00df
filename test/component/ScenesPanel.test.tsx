import { beforeEach, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ScenesPanel } from '../../src/components/ScenesPanel';
import { resetAllSlices, useAppStore } from '../../src/store';
import { getEmptyViewState } from '../../src/model/view';
import { importSources } from '../../src/import/importSources';

const file = (name: string, text: string) => ({ name, bytes: new TextEncoder().encode(text) });

beforeEach(() => {
  resetAllSlices();
  const { dataset, report } = importSources(
    [file('orgs.csv', 'id,name\na,A\nb,B\n'), file('ties.csv', 'source,target\na,b\n')],
    { name: 'Sample' },
  );
  useAppStore.getState().setDataset(dataset, report);
  for (const title of ['Overview', 'Lyon', 'Funding']) {
    useAppStore.getState().addScene({
      id: title,
      title,
      text: '',
      notes: '',
      view: getEmptyViewState(),
      positions: {},
      camera: { zoom: 1, pan: { x: 0, y: 0 } },
    });
  }
});

const titles = () =>
  within(screen.getByRole('list', { name: 'Scenes' }))
    .getAllByRole('listitem')
    .map((item) => item.querySelector('.scene-title')?.textContent);

describe('ScenesPanel', () => {
  it('moves scenes up and down with buttons a keyboard reaches, and disables the impossible moves', async () => {
    render(<ScenesPanel />);
    expect(screen.getByRole('button', { name: 'Move Overview up' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Move Funding down' })).toBeDisabled();
    await userEvent.click(screen.getByRole('button', { name: 'Move Funding up' }));
    expect(titles()).toEqual(['Overview', 'Funding', 'Lyon']);
    screen.getByRole('button', { name: 'Move Overview down' }).focus();
    await userEvent.keyboard('{Enter}');
    expect(titles()).toEqual(['Funding', 'Overview', 'Lyon']);
  });

  it('renames a scene, writes its caption and notes, and deletes another', async () => {
    render(<ScenesPanel />);
    await userEvent.click(screen.getByRole('button', { name: 'Edit Lyon' }));
    const editor = screen.getByRole('group', { name: 'Scene Lyon' });
    await userEvent.clear(within(editor).getByLabelText('Title'));
    await userEvent.type(within(editor).getByLabelText('Title'), 'Lyon up close');
    await userEvent.type(screen.getByLabelText('Caption'), 'Chemistry');
    await userEvent.type(screen.getByLabelText('Speaker notes'), 'Pause here');
    expect(useAppStore.getState().scenes[1]).toMatchObject({
      title: 'Lyon up close',
      text: 'Chemistry',
      notes: 'Pause here',
    });
    await userEvent.click(screen.getByRole('button', { name: 'Delete scene' }));
    expect(titles()).toEqual(['Overview', 'Funding']);
  });
});
