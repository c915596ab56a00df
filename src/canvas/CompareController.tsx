import { useEffect } from 'react';
import type { Core } from 'cytoscape';
import type { ClusterGraph } from '../graph/buildGraph';
import { useAppStore } from '../store';
import { tieStatusClasses } from '../store/compareSelectors';
import { modelIdOf } from '../appearance/elementIds';
import { fitCapped } from './fitCapped';

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
        edge.addClass(classes.get(modelIdOf(edge.id())) ?? 'wave-outside');
      });
    });
  }, [cy, graph, compare]);

  return null;
}

/** Highlights the organisations a finding rests on, and the ties among them. */
export function EvidenceController({ cy }: { cy: Core }) {
  const evidence = useAppStore((state) => state.view.evidence ?? null);

  useEffect(() => {
    const on = new Set(evidence?.organisations ?? []);
    cy.batch(() => {
      cy.elements('.evidence-on, .evidence-off').removeClass('evidence-on evidence-off');
      if (!evidence) return;
      cy.nodes().forEach((node) => {
        node.addClass(on.has(modelIdOf(node.id())) ? 'evidence-on' : 'evidence-off');
      });
      cy.edges().forEach((edge) => {
        edge.addClass(
          on.has(modelIdOf(edge.data('source') as string)) && on.has(modelIdOf(edge.data('target') as string))
            ? 'evidence-on'
            : 'evidence-off',
        );
      });
    });
    const shown = cy.nodes('.evidence-on');
    if (shown.nonempty()) fitCapped(cy, shown);
  }, [cy, evidence]);

  return null;
}
