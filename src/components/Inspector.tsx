import { useAppStore } from '../store';
import { selectGraph, selectNeighbours } from '../store/selectors';
import { describeOrganisation } from '../model/describeOrganisation';
import { safeHttpUrl } from '../model/links';
import { InspectorMetrics } from './analysis/InspectorMetrics';

/** The selected organisation: its attributes and its neighbours (each a button that selects it). */
export function Inspector() {
  const dataset = useAppStore((state) => state.dataset);
  const selectedId = useAppStore((state) => state.selectedId);
  const selectOrganisation = useAppStore((state) => state.selectOrganisation);
  const roleOverrides = useAppStore((state) => state.roleOverrides);
  if (!dataset) return null;
  const graph = selectGraph(dataset, roleOverrides);
  if (selectedId === null || !graph.hasNode(selectedId)) {
    return (
      <section className="panel inspector" aria-label="Inspector">
        <p className="hint">Click an organisation to see who it is linked to.</p>
      </section>
    );
  }
  const organisation = graph.getNodeAttribute(selectedId, 'organisation');
  const rows = describeOrganisation(organisation, safeHttpUrl, graph.getNodeAttribute(selectedId, 'role'));
  const neighbours = selectNeighbours(dataset, selectedId);
  return (
    <section className="panel inspector" aria-label="Inspector">
      <div className="inspector-title">
        <h2>{organisation.name}</h2>
        <button type="button" className="button button-quiet" aria-label="Close inspector" onClick={() => selectOrganisation(null)}>
          ×
        </button>
      </div>
      <dl className="attributes">
        {rows.map((row) => (
          <div key={row.label} className="attribute">
            <dt>{row.label}</dt>
            <dd>{row.href ? <a href={row.href} target="_blank" rel="noopener noreferrer">{row.value}</a> : row.value}</dd>
          </div>
        ))}
      </dl>
      <InspectorMetrics id={selectedId} />
      <h3>
        Neighbours <span className="count">({neighbours.length})</span>
      </h3>
      <ul className="neighbours" aria-label="Neighbours">
        {neighbours.map(({ organisation: neighbour, ties }) => (
          <li key={neighbour.id}>
            <button type="button" className="link-button" onClick={() => selectOrganisation(neighbour.id)}>
              {neighbour.name}
            </button>
            <span className="tie-types">{[...new Set(ties.map((tie) => tie.type ?? 'tie'))].join(', ')}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
