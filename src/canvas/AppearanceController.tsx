import { useEffect } from 'react';
import type { Core } from 'cytoscape';
import type { ClusterGraph } from '../graph/buildGraph';
import { useAppStore } from '../store';
import { organisationIdOf } from '../appearance/elementIds';
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
    // Only the nodes whose colour or size changed are touched: new analysis results that leave
    // the mapping as it was (a new community resolution while colouring by role) then cost no
    // style pass and no redraw (at 5,000 organisations those were a 200 ms task).
    let changed = 0;
    cy.batch(() => {
      cy.nodes().forEach((node) => {
        const id = organisationIdOf(node.id());
        if (id === null) return;
        const colourNow = appearance.colour.get(id);
        const sizeNow = appearance.size.get(id);
        if (node.data('colour') === colourNow && node.data('size') === sizeNow) return;
        node.data({ colour: colourNow, size: sizeNow });
        changed++;
      });
    });
    if (changed > 0) cy.emit('appearance');
  }, [cy, graph, colour, size, analysis, groupBy]);

  return null;
}
