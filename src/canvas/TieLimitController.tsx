import { useEffect } from 'react';
import type { Core } from 'cytoscape';
import type { ClusterGraph } from '../graph/buildGraph';
import { tieColoursOf, tieElement } from '../appearance/toElements';
import { useAppStore } from '../store';
import { tieKeyOf } from '../appearance/elementIds';
import { selectDrawnTies } from '../store/selectors';

/**
 * Renderless: draws only the strongest ties when the view limits them (view.tieLimit), adding and
 * removing tie elements in one batch. Waits while the city view has swapped the elements out.
 */
export function TieLimitController({ cy, graph }: { cy: Core; graph: ClusterGraph }) {
  const tieLimit = useAppStore((state) => state.view.tieLimit);
  const groupBy = useAppStore((state) => state.view.groupBy);

  useEffect(() => {
    if (groupBy !== null) return;
    const drawn = selectDrawnTies(graph, tieLimit);
    const present = new Set(cy.edges().map((edge) => tieKeyOf(edge.id())));
    const colours = tieColoursOf(graph);
    const toAdd = graph.filterEdges((edge) => !present.has(edge) && (drawn === null || drawn.has(edge)));
    const toRemove =
      drawn === null ? cy.collection() : cy.edges().filter((edge) => !drawn.has(tieKeyOf(edge.id()) ?? ''));
    if (toAdd.length === 0 && toRemove.empty()) return;
    cy.batch(() => {
      toRemove.remove();
      cy.add(toAdd.map((edge) => tieElement(graph, edge, colours)));
    });
  }, [cy, graph, tieLimit, groupBy]);

  return null;
}
