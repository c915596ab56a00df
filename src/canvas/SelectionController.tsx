import { useEffect } from 'react';
import type { Core, EventObject } from 'cytoscape';
import { useAppStore } from '../store';
import { modelIdOf, selectableNode } from '../appearance/elementIds';

/** Renderless: taps on the canvas select organisations; the store's selection is mirrored in cy. */
export function SelectionController({ cy }: { cy: Core }) {
  const selectedId = useAppStore((state) => state.selectedId);
  const selectOrganisation = useAppStore((state) => state.selectOrganisation);

  useEffect(() => {
    const onTapNode = (event: EventObject) => selectOrganisation(modelIdOf(event.target.id() as string));
    const onTapBackground = (event: EventObject) => {
      if (event.target === cy) selectOrganisation(null);
    };
    // A long press (touch) does what a right-click does: select and open the panels, where the
    // inspector and its actions are (folded away on narrow screens).
    const onHoldNode = (event: EventObject) => {
      selectOrganisation(modelIdOf(event.target.id() as string));
      useAppStore.getState().setSidebarOpen(true);
    };
    cy.on('tap', 'node', onTapNode);
    cy.on('tap', onTapBackground);
    cy.on('taphold cxttap', 'node', onHoldNode);
    return () => {
      // GraphCanvas may already have destroyed cy when the canvas unmounts.
      if (cy.destroyed()) return;
      cy.off('tap', 'node', onTapNode);
      cy.off('tap', onTapBackground);
      cy.off('taphold cxttap', 'node', onHoldNode);
    };
  }, [cy, selectOrganisation]);

  useEffect(() => {
    cy.batch(() => {
      cy.elements().removeClass('faded neighbourhood');
      cy.nodes(':selected').unselect();
      if (selectedId === null) return;
      const node = selectableNode(cy, selectedId);
      if (node.empty()) return;
      node.select();
      const neighbourhood = node.closedNeighborhood();
      neighbourhood.edges().addClass('neighbourhood');
      cy.elements().not(neighbourhood).addClass('faded');
    });
  }, [cy, selectedId]);

  return null;
}
