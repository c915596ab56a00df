import { useState } from 'react';
import { useAppStore } from '../../store';
import { selectGraph } from '../../store/selectors';
import { selectPath } from '../../store/exploreSelectors';
import { OrganisationCombobox } from './OrganisationCombobox';
import { BridgeFinder } from './BridgeFinder';

/** The steps of the highlighted path: organisations (buttons that select) and the ties between. */
function PathSteps() {
  const dataset = useAppStore((state) => state.dataset);
  const path = useAppStore((state) => state.view.path);
  const selectOrganisation = useAppStore((state) => state.selectOrganisation);
  if (!dataset || !path) return null;
  const graph = selectGraph(dataset);
  const route = selectPath(graph, path);
  if (!route)
    return (
      <p className="hint" role="status">
        These two organisations are not linked, directly or through others.
      </p>
    );
  return (
    <ol className="path-steps" aria-label="Path steps">
      {route.nodes.map((id, index) => {
        const tieId = route.edges[index];
        const tie = tieId === undefined ? null : graph.getEdgeAttribute(tieId, 'tie');
        return (
          <li key={id}>
            <button type="button" className="link-button" onClick={() => selectOrganisation(id)}>
              {graph.getNodeAttribute(id, 'organisation').name}
            </button>
            {tie && (
              <span className="tie-types">{`↓ ${tie.type ?? 'tie'}${tie.weight !== 1 ? `, weight ${tie.weight}` : ''}`}</span>
            )}
          </li>
        );
      })}
    </ol>
  );
}

/** Shortest path between two organisations, by number of ties or by weight. */
function PathFinder() {
  const path = useAppStore((state) => state.view.path);
  const updateView = useAppStore((state) => state.updateView);
  const [from, setFrom] = useState<string | null>(path?.from ?? null);
  const [to, setTo] = useState<string | null>(path?.to ?? null);
  const [weighted, setWeighted] = useState(path?.weighted ?? false);
  const find = () => {
    if (from !== null && to !== null) updateView({ path: { from, to, weighted } });
  };
  return (
    <div className="path-finder">
      <OrganisationCombobox label="Path from" onChoose={setFrom} chosenText={(hit) => hit.name} />
      <OrganisationCombobox label="Path to" onChoose={setTo} chosenText={(hit) => hit.name} />
      <fieldset className="radio-row">
        <legend>Shortest by</legend>
        <label>
          <input type="radio" name="path-weighting" checked={!weighted} onChange={() => setWeighted(false)} /> number of
          ties
        </label>
        <label>
          <input type="radio" name="path-weighting" checked={weighted} onChange={() => setWeighted(true)} /> tie
          strength (weight)
        </label>
      </fieldset>
      <button type="button" className="button button-primary" disabled={from === null || to === null} onClick={find}>
        Find path
      </button>
      <PathSteps />
    </div>
  );
}

/** Sidebar panel: how two organisations are linked, and what links two groups. */
export function PathPanel() {
  const dataset = useAppStore((state) => state.dataset);
  if (!dataset) return null;
  return (
    <section className="panel path-panel" aria-labelledby="path-title">
      <h2 id="path-title">Paths and links</h2>
      <PathFinder />
      <BridgeFinder />
    </section>
  );
}
