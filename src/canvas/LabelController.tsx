import { useEffect } from 'react';
import type { Core } from 'cytoscape';
import { pickPriorityLabels, type LabelCandidate } from '../appearance/labelPriority';
import { ALL_LABELS_ZOOM, PRIORITY_LABEL_PX } from '../appearance/toStylesheet';
import { useAppStore } from '../store';

/** Only the largest nodes are candidates on big graphs: reading 50k positions per zoom step is not free. */
const MAX_CANDIDATES = 600;
const THROTTLE_MS = 120;

/** Give the chosen nodes the label-priority class, with a font scaled so it reads at any zoom. */
function updateLabels(cy: Core, allLabelsZoom: number): void {
  const zoom = cy.zoom();
  const previous = cy.nodes('.label-priority');
  if (zoom >= allLabelsZoom) {
    cy.batch(() => previous.removeClass('label-priority'));
    return;
  }
  // With a selection, its neighbourhood is what the room should read: only those are labelled
  // (the rest is faded), selected first, then by size.
  const selection = cy.nodes(':selected:visible');
  const nodes = selection.nonempty() ? selection.closedNeighborhood().nodes(':visible') : cy.nodes(':visible');
  const ranked =
    nodes.length > MAX_CANDIDATES
      ? nodes.sort((a, b) => (b.data('size') as number) - (a.data('size') as number)).slice(0, MAX_CANDIDATES)
      : nodes;
  const candidates: LabelCandidate[] = ranked.map((node) => {
    const position = node.renderedPosition();
    return {
      id: node.id(),
      x: position.x,
      y: position.y,
      size: (node.data('size') as number) * zoom,
      label: String(node.data('label') ?? ''),
      selected: node.selected() || node.hasClass('group'),
    };
  });
  for (const node of cy.nodes(':selected:visible')) {
    if (!candidates.some((candidate) => candidate.id === node.id())) {
      candidates.push({
        id: node.id(),
        x: node.renderedPosition().x,
        y: node.renderedPosition().y,
        size: 0,
        label: String(node.data('label') ?? ''),
        selected: true,
      });
    }
  }
  const chosen = new Set(pickPriorityLabels(candidates, { width: cy.width(), height: cy.height() }, PRIORITY_LABEL_PX));
  cy.batch(() => {
    previous.filter((node) => !chosen.has(node.id())).removeClass('label-priority');
    for (const id of chosen) {
      cy.getElementById(id)
        .data({ labelSize: PRIORITY_LABEL_PX / zoom, labelOutline: 3 / zoom, labelMargin: 3 / zoom })
        .addClass('label-priority');
    }
  });
}

/**
 * Renderless: labels adapt to zoom (group nodes of the city view, few and large, are always labelled). Zoomed out, only the selected and the largest nodes whose
 * labels do not collide are labelled; zoomed in, every label shows (stylesheet). Throttled.
 */
export function LabelController({
  cy,
  alwaysPick,
  settleFirst = false,
}: {
  cy: Core;
  alwaysPick: boolean;
  /** Pick labels only once the view has stopped moving (large networks, whose labels hide while it moves). */
  settleFirst?: boolean;
}) {
  const selectedId = useAppStore((state) => state.selectedId);
  // WebGL cannot hide small labels by zoom, and large graphs carry no other labels: labels are always picked there.
  const allLabelsZoom = alwaysPick ? Infinity : ALL_LABELS_ZOOM;

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    const run = () => {
      timer = null;
      if (!cy.destroyed()) updateLabels(cy, allLabelsZoom);
    };
    // Large networks hide labels while the view moves, so labels are picked once it has settled
    // (each pick restyles the labelled nodes, which cost frames while panning); small ones pick
    // at most every THROTTLE_MS as the view moves.
    const schedule = () => {
      if (timer !== null && !settleFirst) return;
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(run, THROTTLE_MS);
    };
    cy.on('viewport resize layoutstop appearance add remove', schedule);
    schedule();
    return () => {
      if (timer !== null) clearTimeout(timer);
      if (!cy.destroyed()) cy.off('viewport resize layoutstop appearance add remove', schedule);
    };
  }, [cy, allLabelsZoom, settleFirst]);

  useEffect(() => {
    if (!cy.destroyed()) updateLabels(cy, allLabelsZoom);
  }, [cy, selectedId, allLabelsZoom]);

  return null;
}
