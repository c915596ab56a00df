import { useState } from 'react';
import { useAppStore } from '../../store';
import { selectGraph } from '../../store/selectors';
import { selectBridges, selectFilterOptions } from '../../store/exploreSelectors';
import { describeCategory } from './describeCategory';

const GROUP_FIELDS = [
  ['city', 'City'],
  ['sector', 'Sector'],
  ['cluster', 'Cluster'],
  ['role', 'Role'],
  ['type', 'Type'],
] as const;

/** The result of "what links A and B": counts, and the organisations in between as buttons. */
function BridgeSummary() {
  const dataset = useAppStore((state) => state.dataset);
  const bridge = useAppStore((state) => state.view.bridge);
  const analysis = useAppStore((state) => state.analysis);
  const selectOrganisation = useAppStore((state) => state.selectOrganisation);
  if (!dataset || !bridge) return null;
  const graph = selectGraph(dataset);
  const bridges = selectBridges(graph, bridge, analysis);
  if (!bridges) return null;
  return (
    <div className="bridge-summary">
      <p role="status">
        {`${bridges.directTies.length} direct ${bridges.directTies.length === 1 ? 'tie' : 'ties'}; ${bridges.brokers.length} ${bridges.brokers.length === 1 ? 'organisation links' : 'organisations link'} them from outside.`}
      </p>
      {bridges.brokers.length > 0 && (
        <ul className="neighbours" aria-label="Organisations in between">
          {bridges.brokers.map((id) => (
            <li key={id}>
              <button type="button" className="link-button" onClick={() => selectOrganisation(id)}>
                {graph.getNodeAttribute(id, 'organisation').name}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** "What links city A and city B": pick a grouping field and two of its values. */
export function BridgeFinder() {
  const dataset = useAppStore((state) => state.dataset);
  const analysis = useAppStore((state) => state.analysis);
  const updateView = useAppStore((state) => state.updateView);
  const bridge = useAppStore((state) => state.view.bridge);
  const [field, setField] = useState<string>(bridge?.field ?? 'city');
  const [a, setA] = useState(bridge?.a ?? '');
  const [b, setB] = useState(bridge?.b ?? '');
  if (!dataset) return null;
  const options = selectFilterOptions(selectGraph(dataset), analysis).categories;
  const fields = GROUP_FIELDS.filter(([key]) => (options[key]?.length ?? 0) > 1);
  const values = (options[field] ?? []).filter(({ value }) => value !== '');
  const pick = (label: string, value: string, onChange: (next: string) => void) => (
    <label className="select-row">
      <span>{label}</span>
      <select value={value} onChange={(event) => onChange(event.currentTarget.value)}>
        <option value="">Choose…</option>
        {values.map((option) => (
          <option
            key={option.value}
            value={option.value}
          >{`${describeCategory(field, option.value)} (${option.count})`}</option>
        ))}
      </select>
    </label>
  );
  return (
    <div className="bridge-finder">
      <h3>What links two groups</h3>
      <label className="select-row">
        <span>Group by</span>
        <select
          value={field}
          onChange={(event) => {
            setField(event.currentTarget.value);
            setA('');
            setB('');
          }}
        >
          {fields.map(([key, label]) => (
            <option key={key} value={key}>
              {label}
            </option>
          ))}
        </select>
      </label>
      {pick('First group', a, setA)}
      {pick('Second group', b, setB)}
      <button
        type="button"
        className="button button-primary"
        disabled={a === '' || b === '' || a === b}
        onClick={() => updateView({ bridge: { field, a, b } })}
      >
        Show links
      </button>
      <BridgeSummary />
    </div>
  );
}
