import { useEffect, useMemo, useRef, useState } from 'react';
import CytoscapeComponent from 'react-cytoscapejs';
import cytoscape, { type Core, type LayoutOptions } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { ClusterGraph } from '../graph/buildGraph';
import { toElements } from '../appearance/toElements';
import { toStylesheet } from '../appearance/toStylesheet';
import { SelectionController } from './SelectionController';
import { ExploreControllers } from './ExploreControllers';
import { EXPLORE_STYLES } from '../appearance/exploreStyles';
import { markPerf } from '../perf';
import { useAppStore } from '../store';

cytoscape.use(fcose);

const STYLESHEET = [...toStylesheet(), ...EXPLORE_STYLES];

/**
 * fcose at default quality costs ~17 s for 1,000 nodes here (STACK-NOTES.md); draft quality keeps
 * larger graphs to seconds until layouts move to a worker.
 */
const forceLayout = (nodeCount: number) => ({
  name: 'fcose',
  quality: nodeCount <= 400 ? 'default' : 'draft',
  animate: false,
  randomize: true,
  nodeRepulsion: 9000,
  idealEdgeLength: 90,
  nodeSeparation: 90,
  padding: 40,
}) as LayoutOptions;

interface GraphCanvasProps {
  graph: ClusterGraph;
}

/**
 * The one component that holds `cy`. Elements and stylesheet are memoised (see STACK-NOTES.md).
 * A new data set mounts a new GraphCanvas (App keys it on the data set), so `cy` is created once
 * per data set and never diffed element by element.
 */
export function GraphCanvas({ graph }: GraphCanvasProps) {
  const elements = useMemo(() => toElements(graph), [graph]);
  const [cy, setCy] = useState<Core | null>(null);
  const cyRef = useRef<Core | null>(null);
  // Focusable for the arrow-key shortcuts, but not while a table or report covers it.
  const canvasTabIndex = useAppStore((state) => (state.mainView === 'graph' ? 0 : -1));

  useEffect(() => {
    if (!cy) return;
    markPerf('canvas-ready');
    const layout = cy.layout(forceLayout(cy.nodes().length));
    layout.one('layoutstop', () => {
      markPerf('layout-end');
      cy.container()?.setAttribute('data-layout', 'done');
    });
    cy.container()?.setAttribute('data-layout', 'running');
    layout.run();
    return () => {
      if (!cy.destroyed()) layout.stop();
    };
  }, [cy, elements]);

  return (
    <div className="graph-canvas" role="img" aria-label="Network of organisations" tabIndex={canvasTabIndex}>
      <CytoscapeComponent
        elements={elements}
        stylesheet={STYLESHEET}
        style={{ width: '100%', height: '100%' }}
        minZoom={0.05}
        maxZoom={4}
        cy={(instance) => {
          // react-cytoscapejs calls this on every update; only react to a new instance.
          if (cyRef.current === instance) return;
          cyRef.current = instance;
          // Read-only handle for the e2e tests and the benchmark, which need node positions.
          (window as Window & { __clusnetCy?: Core }).__clusnetCy = instance;
          setCy(instance);
        }}
      />
      {cy && <SelectionController cy={cy} />}
      {cy && <ExploreControllers cy={cy} graph={graph} />}
    </div>
  );
}
