import type { ClusterGraph } from '../graph/buildGraph';
import { useAppStore } from '../store';
import { selectDrawnTies } from '../store/selectors';

const format = (n: number) => n.toLocaleString('en');

/**
 * What the canvas does not show, said where people look: ties left out at scale, organisations a
 * layout could not place, and a running layout with its progress and a Stop button.
 */
export function CanvasNotes({ graph }: { graph: ClusterGraph }) {
  const tieLimit = useAppStore((state) => state.view.tieLimit);
  const grouped = useAppStore((state) => state.view.groupBy !== null);
  const layoutNote = useAppStore((state) => state.layoutNote);
  const layoutRun = useAppStore((state) => state.layoutRun);
  const requestLayoutStop = useAppStore((state) => state.requestLayoutStop);
  const drawn = selectDrawnTies(graph, tieLimit);
  const hidden = drawn === null || grouped ? 0 : graph.size - drawn.size;

  if (hidden === 0 && !layoutNote && layoutRun.status === 'idle') return null;
  return (
    <div className="canvas-notes">
      {layoutRun.status === 'running' && (
        <div className="canvas-note" role="status">
          <label>
            {layoutRun.label}
            <progress max={1} value={layoutRun.progress} />
          </label>
          <button type="button" className="button" onClick={requestLayoutStop}>
            Stop layout
          </button>
        </div>
      )}
      {hidden > 0 && (
        <p className="canvas-note" role="note">
          Drawing the {format(drawn?.size ?? 0)} strongest of {format(graph.size)} ties: {format(hidden)} hidden (all
          ties count in the analysis and tables).
        </p>
      )}
      {layoutNote && !grouped && (
        <p className="canvas-note" role="note">
          {layoutNote}
        </p>
      )}
    </div>
  );
}
