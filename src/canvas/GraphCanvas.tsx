import { Fragment, useEffect, useMemo, useRef, useState } from 'react';
import type { Core } from 'cytoscape';
import type { ClusterGraph } from '../graph/buildGraph';
import { toElements } from '../appearance/toElements';
import { organisationIdOf } from '../appearance/elementIds';
import { ownValue } from '../model/idRecord';
import { toStylesheet } from '../appearance/toStylesheet';
import { staticLayout, layoutNodesOf } from '../layout/layoutPositions';
import { useAppStore } from '../store';
import { selectDrawnTies } from '../store/selectors';
import { SelectionController } from './SelectionController';
import { ExploreControllers } from './ExploreControllers';
import { EXPLORE_STYLES } from '../appearance/exploreStyles';
import { AppearanceController } from './AppearanceController';
import { LayoutController } from './LayoutController';
import { LabelController } from './LabelController';
import { NameCaseController } from './NameCaseController';
import { GroupController } from './GroupController';
import { TieLimitController } from './TieLimitController';
import { BasemapLayer } from './BasemapLayer';
import { CanvasNotes } from './CanvasNotes';
import { cachedPositions } from './positionCache';
import { layoutKey } from './layoutKey';
import { createCy, HIDE_LABELS_ABOVE, picksLabels } from './createCy';
import { PresentationController } from './PresentationController';
import { ThemeController } from './ThemeController';
import { markPerf } from '../perf';
import { addInBatches } from './addInBatches';

const STYLESHEET = [...toStylesheet(), ...EXPLORE_STYLES];

/**
 * Elements with start positions: the current layout's cached positions, or organisations grouped
 * by city (linear time) as a start for the force layout. Cytoscape is created once with them
 * (docs/decisions/0002: creating with preset positions is far cheaper than moving 5k nodes later).
 */
function initialElements(graph: ClusterGraph) {
  const { view } = useAppStore.getState();
  const drawn = selectDrawnTies(graph, view.tieLimit);
  const elements = toElements(graph, drawn);
  const sizeOf = (id: string) => graph.degree(id);
  const positions =
    cachedPositions(graph, layoutKey(view)) ??
    staticLayout(
      'city',
      graph,
      layoutNodesOf(graph, () => 30),
      sizeOf,
    ).positions;
  for (const element of elements) {
    const id = element.group === 'nodes' ? organisationIdOf(element.data.id ?? '') : null;
    const position = id === null ? undefined : ownValue(positions, id);
    if (position) element.position = { ...position };
  }
  return elements;
}

interface GraphCanvasProps {
  graph: ClusterGraph;
}

/**
 * The one component that holds `cy`, created here directly (react-cytoscapejs cannot pass the
 * WebGL renderer option). A new data set or renderer mounts a new cy; everything else is pushed
 * into it by renderless controllers, in the order listed (grouping first, then what styles it).
 */
export function GraphCanvas({ graph }: GraphCanvasProps) {
  const webgl = useAppStore((state) => state.webgl);
  const containerRef = useRef<HTMLDivElement>(null);
  // Each cy gets an id: controllers are keyed on it, so a new cy (WebGL switch) gets fresh ones.
  const [current, setCurrent] = useState<{ cy: Core; id: number } | null>(null);
  const instances = useRef(0);
  const cy = current?.cy ?? null;
  const elements = useMemo(() => initialElements(graph), [graph]);
  // Focusable for the arrow-key shortcuts, but not while a table or report covers it.
  const canvasTabIndex = useAppStore((state) => (state.mainView === 'graph' ? 0 : -1));

  useEffect(() => {
    if (!containerRef.current) return;
    const nodeCount = graph.order;
    const instance = createCy(containerRef.current, STYLESHEET, {
      webgl,
      nodeCount,
      edgeCount: elements.length - nodeCount,
    });
    // Read-only handle for the e2e tests and the benchmark, which need node positions.
    (window as Window & { __clusnetCy?: Core }).__clusnetCy = instance;
    let cancelled = false;
    // Elements arrive in frame-sized batches so the page keeps answering; the controllers start
    // once every element is in (the layout reads all positions, the appearance styles all nodes).
    void addInBatches(instance, elements, () => cancelled || instance.destroyed()).then((complete) => {
      if (!complete) return;
      markPerf('canvas-ready');
      instances.current += 1;
      setCurrent({ cy: instance, id: instances.current });
    });
    return () => {
      cancelled = true;
      setCurrent(null);
      instance.destroy();
    };
  }, [elements, webgl, graph]);

  return (
    // data-layout and data-visible live here, not on the container (see canvasState.ts).
    <div
      className="graph-canvas"
      id="view-graph"
      role="img"
      aria-label="Network of organisations"
      tabIndex={canvasTabIndex}
      data-layout="running"
    >
      {cy && <BasemapLayer cy={cy} />}
      <div ref={containerRef} className="cy-container" />
      {cy && (
        <Fragment key={current?.id}>
          <GroupController cy={cy} graph={graph} />
          <TieLimitController cy={cy} graph={graph} />
          <AppearanceController cy={cy} graph={graph} />
          <NameCaseController cy={cy} graph={graph} />
          <LayoutController cy={cy} graph={graph} />
          <SelectionController cy={cy} />
          <ExploreControllers cy={cy} graph={graph} />
          <LabelController
            cy={cy}
            alwaysPick={picksLabels(webgl, graph.order)}
            settleFirst={graph.order > HIDE_LABELS_ABOVE}
          />
          <PresentationController cy={cy} />
          <ThemeController cy={cy} />
          <CanvasNotes graph={graph} />
        </Fragment>
      )}
    </div>
  );
}
