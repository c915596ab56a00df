import { useEffect } from 'react';
import type { Core } from 'cytoscape';
import type { ClusterGraph } from '../graph/buildGraph';
import { useAppStore } from '../store';
import { tieStatusClasses } from '../store/compareSelectors';

const CLASSES = 'wave-formed wave-persisted wave-dissolved wave-outside';

/** Colours the drawn ties by their status between the compared waves, on the layout already shown. */
export function CompareController({ cy, graph }: { cy: Core; graph: ClusterGraph }) {
  const compare = useAppStore((state) => state.view.compare ?? null);

  useEffect(() => {
    const classes = tieStatusClasses(graph, compare);
    cy.batch(() => {
      cy.edges().removeClass(CLASSES);
      if (!classes) return;
      cy.edges().forEach((edge) => {
        edge.addClass(classes.get(edge.id()) ?? 'wave-outside');
      });
    });
  }, [cy, graph, compare]);

  return null;
}
