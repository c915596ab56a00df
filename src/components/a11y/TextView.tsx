import { useAppStore } from '../../store';
import { selectGraph, selectNetworkDescription } from '../../store/selectors';
import { describeSelection, type GroupDescription } from '../../graph/describeNetwork';

function Groups({ title, groups, more }: { title: string; groups: GroupDescription[]; more: string | null }) {
  return (
    <details className="text-view-groups">
      <summary>
        {title} ({groups.length + (more ? '+' : '')})
      </summary>
      {groups.map((group) => (
        <section key={group.name} aria-label={group.name} className="text-view-group">
          <h4>{group.summary}</h4>
          <p>{group.roles}</p>
          <p>{group.strongest}</p>
          <p>{group.brokers}</p>
          <p>{group.members}</p>
        </section>
      ))}
      {more && <p>{more}</p>}
    </details>
  );
}

/**
 * The network in sentences, beside the canvas, for people who cannot see the drawing: the
 * selected organisation's ties by type (announced as the selection changes), then the network by
 * city and by community. The sentences come from graph/describeNetwork.
 */
export function TextView() {
  const dataset = useAppStore((state) => state.dataset);
  const roleOverrides = useAppStore((state) => state.roleOverrides);
  const analysis = useAppStore((state) => state.analysis);
  const selectedId = useAppStore((state) => state.selectedId);
  if (!dataset) return null;
  const graph = selectGraph(dataset, roleOverrides);
  const current = analysis && analysis.datasetId === dataset.id ? analysis : null;
  const text = selectNetworkDescription(graph, current);
  const selection = selectedId === null ? null : describeSelection(graph, selectedId);
  return (
    <section className="panel text-view" aria-labelledby="text-view-title">
      <h2 id="text-view-title">Text view</h2>
      <div aria-live="polite" aria-label="Selected organisation in words" role="region">
        {selection && selection.sentences.length > 0 ? (
          <ul className="text-view-selection">
            {selection.sentences.map((sentence) => (
              <li key={sentence}>{sentence}</li>
            ))}
          </ul>
        ) : (
          <p className="hint">Select an organisation to hear its ties here.</p>
        )}
      </div>
      <p>{text.overview}</p>
      <Groups title="By city" groups={text.cities} more={text.moreCities} />
      {text.communities ? (
        <Groups title="By community" groups={text.communities} more={text.moreCommunities} />
      ) : (
        <p className="hint">Communities appear once the analysis has run.</p>
      )}
    </section>
  );
}
