import { useAppStore } from '../store';
import { selectColourOptions, selectGraph, selectGroupFields, selectSizeOptions } from '../store/selectors';
import { colourValue, sizeValue } from '../appearance/appearanceOptions';
import { TIE_LIMIT_CHOICES } from '../graph/strongestTies';
import type { LayoutName } from '../model/view';
import { LabelledSelect } from './LabelledSelect';

export const LAYOUT_LABELS: Record<LayoutName, string> = {
  force: 'Force-directed',
  concentric: 'Concentric (by size measure)',
  city: 'Grouped by city',
  geographic: 'Map of Europe',
  preset: 'From the file (x, y)',
};

const format = (n: number) => n.toLocaleString('en');

/** Colour by, size by, layout, city view and large-network settings. Dispatches view changes only. */
export function AppearancePanel() {
  const dataset = useAppStore((state) => state.dataset);
  const analysis = useAppStore((state) => state.analysis);
  const view = useAppStore((state) => state.view);
  const webgl = useAppStore((state) => state.webgl);
  const updateView = useAppStore((state) => state.updateView);
  const setWebgl = useAppStore((state) => state.setWebgl);
  const titleCaseNames = useAppStore((state) => state.titleCaseNames);
  const setTitleCaseNames = useAppStore((state) => state.setTitleCaseNames);
  if (!dataset) return null;
  const colours = selectColourOptions(dataset, analysis);
  const sizes = selectSizeOptions(dataset, analysis);
  const groupFields = selectGroupFields(dataset, analysis);
  const tieCount = selectGraph(dataset).size;
  const limits = TIE_LIMIT_CHOICES.filter((limit) => limit === null || limit < tieCount);
  return (
    <section className="panel appearance" aria-labelledby="appearance-title">
      <h2 id="appearance-title">Appearance</h2>
      <LabelledSelect
        label="Colour by"
        value={colourValue(view.colour)}
        options={colours.map(({ value, label, mapping }) => ({
          value,
          label: mapping.by === 'metric' ? `${label} (scale)` : label,
        }))}
        onChange={(value) => {
          const option = colours.find((o) => o.value === value);
          if (option) updateView({ colour: option.mapping, hiddenCategories: [] });
        }}
      />
      <LabelledSelect
        label="Size by"
        value={sizeValue(view.size)}
        options={sizes.map(({ value, label }) => ({ value, label }))}
        onChange={(value) => {
          const option = sizes.find((o) => o.value === value);
          if (option) updateView({ size: option.mapping });
        }}
      />
      <LabelledSelect
        label="Layout"
        value={view.layout}
        options={(Object.keys(LAYOUT_LABELS) as LayoutName[]).map((layout) => ({
          value: layout,
          label: LAYOUT_LABELS[layout],
        }))}
        onChange={(value) => updateView({ layout: value as LayoutName })}
      />
      <LabelledSelect
        label="Show"
        value={view.groupBy ?? ''}
        options={[
          { value: '', label: 'Every organisation' },
          ...groupFields.map(({ field, label }) => ({ value: field, label: `One node per ${label.toLowerCase()}` })),
        ]}
        onChange={(value) => updateView({ groupBy: value === '' ? null : value })}
      />
      {tieCount > (limits[0] ?? Infinity) && (
        <LabelledSelect
          label="Ties drawn"
          value={view.tieLimit === null ? 'all' : String(view.tieLimit)}
          options={limits.map((limit) => ({
            value: limit === null ? 'all' : String(limit),
            label: limit === null ? `All ${format(tieCount)}` : `Strongest ${format(limit)}`,
          }))}
          onChange={(value) => updateView({ tieLimit: value === 'all' ? null : Number(value) })}
        />
      )}
      <label className="checkbox">
        <input type="checkbox" checked={titleCaseNames} onChange={(event) => setTitleCaseNames(event.target.checked)} />
        Show names in capitals in title case
      </label>
      <label className="checkbox">
        <input type="checkbox" checked={webgl} onChange={(event) => setWebgl(event.target.checked)} />
        Draw with WebGL (faster with a graphics card)
      </label>
    </section>
  );
}
