import { useEffect } from 'react';
import type { Core } from 'cytoscape';
import type { ClusterGraph } from '../graph/buildGraph';
import { useAppStore } from '../store';
import { selectNodeAppearance } from '../store/selectors';

/**
 * Renderless: pushes the colour and size mapping into cy's node data inside one batch, never
 * rebuilding the graph. Re-applies after the city view expands back (groupBy), because restored
 * nodes carry the data they had when they were collapsed.
 */
export function AppearanceController({ cy, graph }: { cy: Core; graph: ClusterGraph }) {
  const colour = useAppStore((state) => state.view.colour);
  const size = useAppStore((state) => state.view.size);
  const analysis = useAppStore((state) => state.analysis);
  const groupBy = useAppStore((state) => state.view.groupBy);

  useEffect(() => {
    if (groupBy !== null) return;
    const appearance = selectNodeAppearance(graph, colour, size, analysis);
    cy.batch(() => {
      cy.nodes().forEach((node) => {
        const id = node.id();
        node.data({ colour: appearance.colour.get(id), size: appearance.size.get(id) });
      });
    });
    cy.emit('appearance');
  }, [cy, graph, colour, size, analysis, groupBy]);

  return null;
}
