import { useEffect } from 'react';
import type { Core } from 'cytoscape';
import type { ClusterGraph } from '../graph/buildGraph';
import { useAppStore } from '../store';
import { selectVisible } from '../store/exploreSelectors';
import { markPerf } from '../perf';

/**
 * Shows and hides elements to match filters ∩ focus ∩ legend categories, inside one cy.batch().
 * Never rebuilds the graph: only the `filtered` class of elements whose visibility changed is
 * toggled. Elements that are not organisations or ties of the data set (e.g. a collapsed city
 * view) are left alone.
 */
export function VisibilityController({ cy, graph }: { cy: Core; graph: ClusterGraph }) {
  const filters = useAppStore((state) => state.view.filters);
  const focus = useAppStore((state) => state.view.focus);
  const hiddenCategories = useAppStore((state) => state.view.hiddenCategories);
  const colour = useAppStore((state) => state.view.colour);
  const analysis = useAppStore((state) => state.analysis);

  useEffect(() => {
    const visible = selectVisible(graph, { ...useAppStore.getState().view, filters, focus, hiddenCategories, colour }, analysis);
    cy.batch(() => {
      cy.nodes().forEach((node) => {
        const id = node.id();
        if (!graph.hasNode(id)) return;
        const hide = !visible.nodes.has(id);
        if (hide !== node.hasClass('filtered')) node.toggleClass('filtered', hide);
      });
      cy.edges().forEach((edge) => {
        const id = edge.id();
        if (!graph.hasEdge(id)) return;
        const hide = !visible.edges.has(id);
        if (hide !== edge.hasClass('filtered')) edge.toggleClass('filtered', hide);
      });
      cy.nodes('.focus-centre').removeClass('focus-centre');
      if (focus) cy.getElementById(focus.id).addClass('focus-centre');
    });
    markPerf('filter-applied');
    cy.container()?.setAttribute('data-visible', `${visible.nodes.size}/${visible.edges.size}`);
  }, [cy, graph, filters, focus, hiddenCategories, colour, analysis]);

  return null;
}
