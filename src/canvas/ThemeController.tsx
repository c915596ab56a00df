import { useEffect, useRef } from 'react';
import type { Core } from 'cytoscape';
import { useAppStore } from '../store';
import { toStylesheet } from '../appearance/toStylesheet';
import { PROJECTOR_LABEL_CLASS, PROJECTOR_LABEL_MAX_WIDTH_PX, PROJECTOR_LABEL_PX } from '../appearance/themes';
import { labelBudget, pickLabelled } from '../presentation/pickLabels';

/** Re-pick projector labels only after the camera has settled. */
const SETTLE_MS = 120;

/** Name the biggest organisations in view (projector mode), and size labels for the zoom. */
function restyleForProjector(cy: Core, theme: Parameters<typeof toStylesheet>[0]): void {
  const zoom = cy.zoom();
  const candidates = cy.nodes(':visible').map((node) => ({
    id: node.id(),
    size: Number(node.data('size')) || 0,
    chars: String(node.data('label') ?? '').length,
    ...node.position(),
  }));
  const [small, large] = PROJECTOR_LABEL_PX;
  const geometry = {
    fontSize: (size: number) => (small + ((large - small) * Math.min(Math.max(size - 18, 0), 54)) / 54) / zoom,
    maxWidth: PROJECTOR_LABEL_MAX_WIDTH_PX / zoom,
  };
  const named = new Set(pickLabelled(candidates, cy.extent(), labelBudget(cy.width(), cy.height()), geometry));
  cy.batch(() => {
    cy.nodes().forEach((node) => {
      if (named.has(node.id())) node.addClass(PROJECTOR_LABEL_CLASS);
      else node.removeClass(PROJECTOR_LABEL_CLASS);
    });
  });
  cy.style(toStylesheet(theme, true, zoom));
}

/**
 * Renderless: the canvas stylesheet follows the theme. While presenting the projector
 * rules apply: large labels on the biggest organisations in view, re-picked when the camera
 * settles. Skips the first run when the canvas already has the default sheet.
 */
export function ThemeController({ cy }: { cy: Core }) {
  const theme = useAppStore((state) => state.theme);
  const projector = useAppStore((state) => state.presenting);
  const applied = useRef('light:false');

  useEffect(() => {
    const key = `${theme}:${projector}`;
    if (!projector) {
      if (applied.current !== key) cy.style(toStylesheet(theme));
      applied.current = key;
      cy.nodes().removeClass(PROJECTOR_LABEL_CLASS);
      return;
    }
    applied.current = key;
    restyleForProjector(cy, theme);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onViewport = () => {
      clearTimeout(timer);
      timer = setTimeout(() => cy.destroyed() || restyleForProjector(cy, theme), SETTLE_MS);
    };
    cy.on('viewport', onViewport);
    return () => {
      clearTimeout(timer);
      if (!cy.destroyed()) cy.off('viewport', onViewport);
    };
  }, [cy, theme, projector]);

  return null;
}
