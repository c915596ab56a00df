import { useAppStore } from '../../store';
import { selectGraph } from '../../store/selectors';
import { selectPath } from '../../store/exploreSelectors';
import { describeCategory } from './describeCategory';

/** What narrows or highlights the view right now (focus, path, bridges), each with its Clear button. */
export function ActiveHighlights() {
  const dataset = useAppStore((state) => state.dataset);
  const focus = useAppStore((state) => state.view.focus);
  const path = useAppStore((state) => state.view.path);
  const bridge = useAppStore((state) => state.view.bridge);
  const updateView = useAppStore((state) => state.updateView);
  if (!dataset || (!focus && !path && !bridge)) return null;
  const graph = selectGraph(dataset);
  const nameOf = (id: string) => (graph.hasNode(id) ? graph.getNodeAttribute(id, 'organisation').name : id);
  const route = selectPath(graph, path);
  return (
    <div className="active-highlights">
      {focus && (
        <p className="chip">
          <span>
            Focus: {focus.depth} {focus.depth === 1 ? 'step' : 'steps'} around <strong>{nameOf(focus.id)}</strong>
          </span>
          <button type="button" className="button" onClick={() => updateView({ focus: null })}>
            Clear focus
          </button>
        </p>
      )}
      {path && (
        <p className="chip">
          <span>
            Path: <strong>{nameOf(path.from)}</strong> → <strong>{nameOf(path.to)}</strong>{' '}
            {route ? `(${route.edges.length} ${route.edges.length === 1 ? 'tie' : 'ties'})` : '(not linked)'}
          </span>
          <button type="button" className="button" onClick={() => updateView({ path: null })}>
            Clear path
          </button>
        </p>
      )}
      {bridge && (
        <p className="chip">
          <span>
            Links between <strong>{describeCategory(bridge.field, bridge.a)}</strong> and{' '}
            <strong>{describeCategory(bridge.field, bridge.b)}</strong>
          </span>
          <button type="button" className="button" onClick={() => updateView({ bridge: null })}>
            Clear links
          </button>
        </p>
      )}
    </div>
  );
}
