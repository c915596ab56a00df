import { useAppStore } from '../store';
import { selectGraph } from '../store/selectors';
import { describeOrganisation } from '../model/describeOrganisation';
import { safeHttpUrl } from '../model/links';
import { NeighboursByType } from './explore/NeighboursByType';
import { FocusActions } from './explore/FocusActions';
import { InspectorMetrics } from './analysis/InspectorMetrics';

/** The selected organisation: its attributes, focus on its neighbourhood, its neighbours by kind of tie. */
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
  const rows = describeOrganisation(
    organisation,
    safeHttpUrl,
    graph.getNodeAttribute(selectedId, 'role'),
    dataset.schema.organisation,
  );
  return (
    <section className="panel inspector" aria-label="Inspector">
      <div className="inspector-title">
        <h2>{organisation.name}</h2>
        <button
          type="button"
          className="button button-quiet"
          aria-label="Close inspector"
          onClick={() => selectOrganisation(null)}
        >
          ×
        </button>
      </div>
      <dl className="attributes">
        {rows.map((row) => (
          <div key={row.label} className="attribute">
            <dt>{row.label}</dt>
            <dd>
              {row.href ? (
                <a href={row.href} target="_blank" rel="noopener noreferrer">
                  {row.value}
                </a>
              ) : (
                row.value
              )}
            </dd>
          </div>
        ))}
      </dl>
      <InspectorMetrics id={selectedId} />
      <FocusActions id={selectedId} />
      <NeighboursByType id={selectedId} />
    </section>
  );
}
