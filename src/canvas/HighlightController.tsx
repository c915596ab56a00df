import { useEffect } from 'react';
import type { Core } from 'cytoscape';
import type { ClusterGraph } from '../graph/buildGraph';
import { useAppStore } from '../store';
import { selectBridges, selectPath } from '../store/exploreSelectors';

/** Highlights the shortest path, or what links two groups, and dims everything else. */
export function HighlightController({ cy, graph }: { cy: Core; graph: ClusterGraph }) {
  const path = useAppStore((state) => state.view.path);
  const bridge = useAppStore((state) => state.view.bridge);
  const analysis = useAppStore((state) => state.analysis);

  useEffect(() => {
    const route = selectPath(graph, path);
    const bridges = selectBridges(graph, bridge, analysis);
    const on = new Set<string>([
      ...(route ? [...route.nodes, ...route.edges] : []),
      ...(bridges ? [...bridges.organisations, ...bridges.directTies, ...bridges.brokerTies] : []),
    ]);
    cy.batch(() => {
      cy.elements('.path-on, .path-off').removeClass('path-on path-off');
      if (!route && !bridges) return;
      cy.elements().forEach((element) => {
        element.addClass(on.has(element.id()) ? 'path-on' : 'path-off');
      });
    });
  }, [cy, graph, path, bridge, analysis]);

  return null;
}
