import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { CollectionReturnValue, Core } from 'cytoscape';
import type { ClusterGraph } from '../graph/buildGraph';
import { useAppStore } from '../store';
import { setCanvasState } from './canvasState';
import { selectVisible } from '../store/exploreSelectors';
import type { VisibleSet } from '../filters/applyFilters';
import { markPerf } from '../perf';
import { organisationElementId, tieElementId } from '../appearance/elementIds';

/**
 * What needs the `filtered` class: hidden organisations, and hidden ties between shown ones. A tie
 * with a hidden end is not drawn anyway (Cytoscape hides it with its node), so leaving it alone
 * spares most of the class changes when a filter hides many organisations.
 */
interface Classed {
  nodes: Set<string>;
  edges: Set<string>;
}

function classedFor(graph: ClusterGraph, visible: VisibleSet): Classed {
  const nodes = new Set<string>();
  graph.forEachNode((id) => {
    if (!visible.nodes.has(id)) nodes.add(id);
  });
  const edges = new Set<string>();
  graph.forEachEdge((id, _attributes, source, target) => {
    if (!visible.edges.has(id) && visible.nodes.has(source) && visible.nodes.has(target)) edges.add(id);
  });
  return { nodes, edges };
}

const NOTHING: Classed = { nodes: new Set(), edges: new Set() };

/** Ids in `from` that are not in `to`. */
function missingFrom(from: Set<string>, to: Set<string>): string[] {
  const missing: string[] = [];
  for (const id of from) if (!to.has(id)) missing.push(id);
  return missing;
}

/** The canvas elements of these organisations and ties (those the canvas does not draw are skipped). */
function elementsOf(cy: Core, organisations: string[], ties: string[]): CollectionReturnValue {
  const elements = cy.collection();
  const add = (elementId: string) => {
    const element = cy.getElementById(elementId);
    if (element.nonempty()) elements.merge(element);
  };
  for (const id of organisations) add(organisationElementId(id));
  for (const key of ties) add(tieElementId(key));
  return elements;
}

/**
 * Shows and hides elements to match filters ∩ focus ∩ legend categories, inside one cy.batch().
 * Never rebuilds the graph: only the `filtered` class of elements whose visibility changed is
 * toggled (diffed against what is shown). Ids the canvas does not draw are skipped; elements
 * added later are reconciled.
 */
export function VisibilityController({ cy, graph }: { cy: Core; graph: ClusterGraph }) {
  // What carries the class now: a new canvas (new data set) starts with nothing hidden.
  const classedBefore = useRef<Classed>(NOTHING);
  const filters = useAppStore((state) => state.view.filters);
  const focus = useAppStore((state) => state.view.focus);
  const hiddenCategories = useAppStore((state) => state.view.hiddenCategories);
  const colour = useAppStore((state) => state.view.colour);
  const analysis = useAppStore((state) => state.analysis);
  const [added, setAdded] = useState(0);

  useEffect(() => {
    // Elements added later (another view re-adding organisations) arrive shown: reconcile them.
    let queued = false;
    const onAdd = () => {
      if (queued) return;
      queued = true;
      queueMicrotask(() => {
        queued = false;
        // Re-added elements come without the class: add it to all that should have it.
        classedBefore.current = NOTHING;
        setAdded((count) => count + 1);
      });
    };
    cy.on('add', onAdd);
    return () => {
      if (!cy.destroyed()) cy.off('add', onAdd);
    };
  }, [cy]);

  // Layout effect: applied in the same task as the change, before the browser paints a stale frame.
  useLayoutEffect(() => {
    const visible = selectVisible(
      graph,
      { ...useAppStore.getState().view, filters, focus, hiddenCategories, colour },
      analysis,
    );
    markPerf('filter-computed');
    const previous = classedBefore.current;
    const next = classedFor(graph, visible);
    classedBefore.current = next;
    cy.batch(() => {
      // Only elements whose class changes are touched, one class change per collection.
      elementsOf(cy, missingFrom(next.nodes, previous.nodes), missingFrom(next.edges, previous.edges)).addClass(
        'filtered',
      );
      elementsOf(cy, missingFrom(previous.nodes, next.nodes), missingFrom(previous.edges, next.edges)).removeClass(
        'filtered',
      );
      cy.nodes('.focus-centre').removeClass('focus-centre');
      if (focus) cy.getElementById(organisationElementId(focus.id)).addClass('focus-centre');
    });
    markPerf('filter-applied');
    setCanvasState(cy, 'visible', `${visible.nodes.size}/${visible.edges.size}`);
  }, [cy, graph, filters, focus, hiddenCategories, colour, analysis, added]);

  return null;
}
