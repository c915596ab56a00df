import { useEffect, useRef } from 'react';
import type { Core } from 'cytoscape';
import type { ClusterGraph } from '../graph/buildGraph';
import { useAppStore } from '../store';
import { selectBridges, selectPath } from '../store/exploreSelectors';
import { fitCapped } from './fitCapped';
import { organisationElementId, tieElementId } from '../appearance/elementIds';

/** Highlights the shortest path, or what links two groups, and dims everything else. */
export function HighlightController({ cy, graph }: { cy: Core; graph: ClusterGraph }) {
  const path = useAppStore((state) => state.view.path);
  const bridge = useAppStore((state) => state.view.bridge);
  const analysis = useAppStore((state) => state.analysis);
  // The first highlight comes with the canvas (a restored link brings its own camera): no fit then.
  const mounted = useRef(false);

  useEffect(() => {
    const route = selectPath(graph, path);
    const bridges = selectBridges(graph, bridge, analysis);
    const on = new Set<string>([
      ...(route ? [...route.nodes.map(organisationElementId), ...route.edges.map(tieElementId)] : []),
      ...(bridges
        ? [
            ...bridges.organisations.map(organisationElementId),
            ...[...bridges.directTies, ...bridges.brokerTies].map(tieElementId),
          ]
        : []),
    ]);
    cy.batch(() => {
      cy.elements('.path-on, .path-off').removeClass('path-on path-off');
      if (!route && !bridges) return;
      cy.elements().forEach((element) => {
        element.addClass(on.has(element.id()) ? 'path-on' : 'path-off');
      });
    });
    const highlighted = cy.nodes('.path-on');
    // Bring what was asked for into view.
    if (mounted.current && highlighted.nonempty()) fitCapped(cy, highlighted);
    mounted.current = true;
  }, [cy, graph, path, bridge, analysis]);

  return null;
}
