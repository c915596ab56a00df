import { beforeEach, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AppearancePanel } from '../../src/components/AppearancePanel';
import { Legend } from '../../src/components/Legend';
import { resetAllSlices, useAppStore } from '../../src/store';
import { importSources } from '../../src/import/importSources';

const file = (name: string, text: string) => ({ name, bytes: new TextEncoder().encode(text) });

beforeEach(() => {
  resetAllSlices();
  const { dataset, report } = importSources(
    [
      file(
        'orgs.csv',
        'id,name,type,city,founded\nlyon,Grand Lyon,Government,Lyon,1969\naxe,Axelera,Cluster organisation,Lyon,2005\nrho,Rhodia,Firm,Munich,1895\n',
      ),
      file('ties.csv', 'source,target,type\nlyon,axe,Funding\naxe,rho,Membership\n'),
    ],
    { name: 'Sample' },
  );
  useAppStore.getState().setDataset(dataset, report);
});

const renderBoth = () =>
  render(
    <>
      <Legend />
      <AppearancePanel />
    </>,
  );

describe('Appearance panel and legend', () => {
  it('colours by city: the legend lists the cities as toggles that hide and show them', async () => {
    renderBoth();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Colour by' }), 'City');
    const legend = screen.getByRole('region', { name: 'Colour: City' });
    const lyon = within(legend).getByRole('button', { name: /Lyon/ });
    expect(lyon).toHaveTextContent('Lyon2');
    expect(lyon).toHaveAttribute('aria-pressed', 'true');
    await userEvent.click(lyon);
    expect(useAppStore.getState().view.hiddenCategories).toEqual(['Lyon']);
    expect(lyon).toHaveAttribute('aria-pressed', 'false');
    await userEvent.click(lyon);
    expect(useAppStore.getState().view.hiddenCategories).toEqual([]);
  });

  it('colours by a year column on a scale with its minimum and maximum', async () => {
    renderBoth();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Colour by' }), 'founded (scale)');
    expect(useAppStore.getState().view.colour).toEqual({ by: 'metric', metric: 'founded' });
    const legend = screen.getByRole('region', { name: 'Colour: founded' });
    expect(within(legend).getByTestId('legend-min')).toHaveTextContent('1895');
    expect(within(legend).getByTestId('legend-max')).toHaveTextContent('2005');
  });

  it('sets the layout, the city view and the size mapping in the view', async () => {
    renderBoth();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Layout' }), 'Map of Europe');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Show' }), 'One node per city');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Size by' }), 'Same size for all');
    expect(useAppStore.getState().view).toMatchObject({
      layout: 'geographic',
      groupBy: 'city',
      size: { by: 'uniform' },
    });
    expect(screen.getByRole('region', { name: 'One circle per city' })).toBeInTheDocument();
  });
});
