import { useEffect, useRef } from 'react';
import type { Core, NodeSingular } from 'cytoscape';
import { useAppStore } from '../store';
import { toStylesheet } from '../appearance/toStylesheet';
import { EXPLORE_STYLES } from '../appearance/exploreStyles';
import {
  PROJECTOR_LABEL_CLASS,
  PROJECTOR_LABEL_MAX_WIDTH_PX,
  projectorLabelPx,
  projectorLabelStyle,
} from '../appearance/themes';
import { labelBudget, pickLabelled, type Extent } from '../presentation/pickLabels';

/** Re-pick projector labels only after the camera has settled. */
const SETTLE_MS = 120;
const LABEL_STYLE_KEYS = 'font-size text-outline-width text-margin-y text-max-width text-wrap';
/** What the presentation draws over the graph: no label may run under it. */
const OVERLAYS = '.projector-legend, .presentation-layer .caption, .present-controls';

const sizeOf = (node: NodeSingular) => Number(node.data('size')) || 0;

/** The boxes of the overlays on the graph, in graph units (the picker works in those). */
function overlayExtents(cy: Core): Extent[] {
  const container = cy.container();
  if (!container) return [];
  const origin = container.getBoundingClientRect();
  const zoom = cy.zoom();
  const pan = cy.pan();
  const toGraph = (x: number, y: number) => ({
    x: (x - origin.left - pan.x) / zoom,
    y: (y - origin.top - pan.y) / zoom,
  });
  return Array.from(document.querySelectorAll(OVERLAYS), (element) => {
    const box = element.getBoundingClientRect();
    const topLeft = toGraph(box.left, box.top);
    const bottomRight = toGraph(box.right, box.bottom);
    return { x1: topLeft.x, y1: topLeft.y, x2: bottomRight.x, y2: bottomRight.y };
  }).filter((extent) => extent.x2 > extent.x1 && extent.y2 > extent.y1);
}

/**
 * Name the biggest organisations in view, each with a label style for the current zoom. Only the
 * nodes that gain or lose a name, and the named ones, are touched: a few dozen, at any scale.
 */
function relabelForProjector(cy: Core): void {
  const zoom = cy.zoom();
  const candidates = cy.nodes(':visible').map((node) => ({
    id: node.id(),
    size: sizeOf(node),
    label: String(node.data('label') ?? ''),
    ...node.position(),
  }));
  const geometry = {
    fontSize: (size: number) => projectorLabelPx(size) / zoom,
    maxWidth: PROJECTOR_LABEL_MAX_WIDTH_PX / zoom,
  };
  const named = new Set(
    pickLabelled(candidates, cy.extent(), labelBudget(cy.width(), cy.height()), geometry, overlayExtents(cy)),
  );
  cy.batch(() => {
    cy.nodes(`.${PROJECTOR_LABEL_CLASS}`).forEach((node) => {
      if (named.has(node.id())) return;
      node.removeClass(PROJECTOR_LABEL_CLASS);
      node.removeStyle(LABEL_STYLE_KEYS);
    });
    for (const id of named) {
      const node = cy.getElementById(id);
      node.addClass(PROJECTOR_LABEL_CLASS);
      node.style(projectorLabelStyle(sizeOf(node), zoom));
    }
  });
}

function clearProjectorLabels(cy: Core): void {
  cy.batch(() => {
    const named = cy.nodes(`.${PROJECTOR_LABEL_CLASS}`);
    named.removeStyle(LABEL_STYLE_KEYS);
    named.removeClass(PROJECTOR_LABEL_CLASS);
  });
}

/**
 * Renderless: the canvas stylesheet follows the theme. While presenting the projector rules
 * apply (large labels on the biggest organisations in view), re-picked when the camera settles.
 * The stylesheet itself is applied only when the theme or the mode changes.
 */
export function ThemeController({ cy }: { cy: Core }) {
  const theme = useAppStore((state) => state.theme);
  const projector = useAppStore((state) => state.presenting);
  const applied = useRef('light:false');

  useEffect(() => {
    const key = `${theme}:${projector}`;
    if (applied.current !== key) cy.style([...toStylesheet(theme, projector), ...EXPLORE_STYLES]);
    applied.current = key;
    if (!projector) {
      clearProjectorLabels(cy);
      return;
    }
    relabelForProjector(cy);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onViewport = () => {
      clearTimeout(timer);
      timer = setTimeout(() => cy.destroyed() || relabelForProjector(cy), SETTLE_MS);
    };
    cy.on('viewport', onViewport);
    return () => {
      clearTimeout(timer);
      if (!cy.destroyed()) cy.off('viewport', onViewport);
    };
  }, [cy, theme, projector]);

  return null;
}
