import { useEffect, useRef } from 'react';
import type { Collection, Core } from 'cytoscape';
import type { ClusterGraph } from '../graph/buildGraph';
import { groupElements } from '../appearance/groupElements';
import { lookupCity } from '../domain/gazetteer';
import { concentricLayout } from '../layout/concentricLayout';
import { geographicLayout } from '../layout/geographicLayout';
import type { Positions } from '../layout/types';
import { useAppStore } from '../store';
import { setCanvasState } from './canvasState';
import { applyPositions, fitTo } from './applyPositions';
import { modelIdOf } from '../appearance/elementIds';
import { ownValue } from '../model/idRecord';

type Groups = ReturnType<typeof groupElements>;

/** Where group nodes go: at their city on the map in the geographic layout, else in rings by size. */
function groupPositions({ groups, elements }: Groups, byCity: boolean): Positions {
  const sizeOf = new Map(
    elements.map((element) => [modelIdOf(element.data.id ?? ''), Number(element.data['size'] ?? 40)]),
  );
  const nodes = groups.map((group) => ({ id: group.id, size: sizeOf.get(group.id) ?? 40 }));
  if (!byCity)
    return concentricLayout(nodes, (id) => groups.find((group) => group.id === id)?.members.length ?? 0, 1.5);
  return geographicLayout(
    nodes.map((node, i) => {
      const place = lookupCity(groups[i]?.key);
      return { ...node, lat: place?.lat ?? null, lon: place?.lon ?? null };
    }),
  ).positions;
}

/**
 * Renderless: the city view. With view.groupBy set, the organisations and ties are swapped out
 * for one node per group and one link per pair of groups (this is another view, not a filter);
 * with it cleared, the very same elements come back where they were.
 */
export function GroupController({ cy, graph }: { cy: Core; graph: ClusterGraph }) {
  const groupBy = useAppStore((state) => state.view.groupBy);
  const layout = useAppStore((state) => state.view.layout);
  const analysis = useAppStore((state) => state.analysis);
  const original = useRef<Collection | null>(null);

  useEffect(() => {
    if (groupBy === null) {
      if (!original.current) return;
      cy.batch(() => {
        cy.elements().remove();
        original.current?.restore();
      });
      original.current = null;
      fitTo(
        cy,
        cy.nodes().map((node) => node.position()),
      );
      cy.emit('layoutstop');
      setCanvasState(cy, 'layout', 'done');
      return;
    }
    setCanvasState(cy, 'layout', 'running');
    const groups = groupElements(graph, groupBy, analysis);
    const positions = groupPositions(groups, layout === 'geographic' && groupBy === 'city');
    cy.batch(() => {
      const removed = cy.elements().remove();
      original.current ??= removed;
      cy.add(
        groups.elements.map((element) => ({
          ...element,
          position: ownValue(positions, modelIdOf(element.data.id ?? '')) ?? { x: 0, y: 0 },
        })),
      );
    });
    void applyPositions(cy, positions, false).then(() => setCanvasState(cy, 'layout', 'done'));
  }, [cy, graph, groupBy, layout, analysis]);

  return null;
}
