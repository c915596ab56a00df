import { useEffect, useRef } from 'react';
import type { Core } from 'cytoscape';
import type { ClusterGraph } from '../graph/buildGraph';
import type { Positions } from '../layout/types';
import { layoutNodesOf, staticLayout } from '../layout/layoutPositions';
import { numericValueOf } from '../appearance/numericValue';
import { runForceLayout, type ForceJob } from '../workers/layoutClient';
import { useAppStore } from '../store';
import { selectNodeAppearance } from '../store/selectors';
import { applyPositions } from './applyPositions';
import { cachedPositions, cachePositions } from './positionCache';
import { forceInput } from './forceInput';
import { layoutKey } from './layoutKey';
import { markPerf } from '../perf';
import { setCanvasState } from './canvasState';

const setLayoutAttribute = (cy: Core, state: 'running' | 'done') => setCanvasState(cy, 'layout', state);

/** Positions of a layout computed on the main thread (linear time), with a note on what it could not place. */
function computeStatic(
  graph: ClusterGraph,
  layout: 'concentric' | 'city' | 'geographic' | 'preset',
): { positions: Positions; note: string | null } {
  const { view, analysis } = useAppStore.getState();
  const appearance = selectNodeAppearance(graph, view.colour, view.size, analysis);
  const metric = view.size.by === 'metric' ? view.size.metric : 'degree';
  const result = staticLayout(
    layout,
    graph,
    layoutNodesOf(graph, (id) => appearance.size.get(id) ?? 30),
    (id) => numericValueOf(graph, id, metric, analysis),
  );
  const what =
    layout === 'preset'
      ? 'no x/y in the data'
      : layout === 'city'
        ? 'no city'
        : 'no known place (city not in the gazetteer, no lat/lon)';
  const where =
    layout === 'preset' ? 'placed near the organisations they are tied to, or below the map' : 'shown apart';
  const note =
    result.unplaced.length > 0 && layout !== 'concentric'
      ? `${result.unplaced.length.toLocaleString('en')} ${result.unplaced.length === 1 ? 'organisation has' : 'organisations have'} ${what}: ${where}.`
      : null;
  return { positions: result.positions, note };
}

/** Start ForceAtlas2 in its worker from cy's current positions, reporting progress to the store. */
function startForce(
  cy: Core,
  graph: ClusterGraph,
  cancelled: () => boolean,
  finish: (positions: Positions, note: string | null) => void,
): ForceJob {
  const { view, analysis, setLayoutNote, setLayoutRun } = useAppStore.getState();
  const sizes = selectNodeAppearance(graph, view.colour, view.size, analysis).size;
  setLayoutNote(null);
  setLayoutRun({ status: 'running', label: 'Force-directed layout', progress: 0 });
  const running = runForceLayout(
    forceInput(cy, graph, (id) => sizes.get(id) ?? 30),
    (progress) => {
      if (!cancelled()) setLayoutRun({ status: 'running', label: 'Force-directed layout', progress });
    },
  );
  running.result.then(
    ({ positions, stoppedAt }) => {
      if (!cancelled())
        finish(
          positions,
          stoppedAt === null ? null : `Force-directed layout stopped at ${Math.round(stoppedAt * 100)} %.`,
        );
    },
    (error: Error) => {
      if (cancelled()) return;
      setLayoutRun({ status: 'idle' });
      setLayoutNote(error.message);
      setLayoutAttribute(cy, 'done');
    },
  );
  return running;
}

/**
 * Renderless: runs the layout named in the view and moves the nodes there. Force-directed runs in
 * a Web Worker (stoppable, with progress); the others are computed at once. Positions are cached
 * per layout, so switching back restores them without running again. Keeps `data-layout` on the
 * container ("running" | "done") for tests and the benchmark.
 */
export function LayoutController({ cy, graph }: { cy: Core; graph: ClusterGraph }) {
  const layout = useAppStore((state) => state.view.layout);
  const key = useAppStore((state) => layoutKey(state.view));
  const groupBy = useAppStore((state) => state.view.groupBy);
  const stopRequests = useAppStore((state) => state.layoutStopRequests);
  const job = useRef<ForceJob | null>(null);
  // The note each layout left (what it could not place, or that it was stopped), shown again with its positions.
  const notes = useRef(new Map<string, string | null>());
  const firstRun = useRef(true);

  useEffect(() => {
    if (groupBy !== null) return;
    let cancelled = false;
    const { setLayoutRun } = useAppStore.getState();
    const animate = !firstRun.current || layout === 'force';
    firstRun.current = false;
    const finish = (positions: Positions, note: string | null) => {
      if (cancelled) return;
      cachePositions(graph, key, positions);
      notes.current.set(key, note);
      useAppStore.getState().setLayoutNote(note);
      setLayoutRun({ status: 'idle' });
      void applyPositions(cy, positions, animate).then(() => {
        if (cancelled || cy.destroyed()) return;
        markPerf('layout-end');
        setLayoutAttribute(cy, 'done');
      });
    };
    setLayoutAttribute(cy, 'running');
    const cached = cachedPositions(graph, key);
    if (cached) finish(cached, notes.current.get(key) ?? null);
    else if (layout !== 'force') {
      const { positions, note } = computeStatic(graph, layout);
      finish(positions, note);
    } else {
      const running = startForce(cy, graph, () => cancelled, finish);
      job.current = running;
      return () => {
        cancelled = true;
        running.cancel();
        job.current = null;
        useAppStore.getState().setLayoutRun({ status: 'idle' });
      };
    }
    return () => {
      cancelled = true;
    };
  }, [cy, graph, layout, key, groupBy]);

  useEffect(() => {
    if (stopRequests > 0) job.current?.stop();
  }, [stopRequests]);

  return null;
}
