import type { StylesheetJson } from 'cytoscape';

export type ThemeName = 'light' | 'dark';

/** Canvas colours per theme: high contrast on both (text against its outline over 12:1). */
export const THEME_COLOURS: Record<
  ThemeName,
  { background: string; ink: string; outline: string; border: string; edge: string; highlight: string }
> = {
  light: {
    background: '#ffffff',
    ink: '#0b0f19',
    outline: '#ffffff',
    border: '#1f2937',
    edge: '#7e8896',
    highlight: '#0b0f19',
  },
  dark: {
    background: '#0b1020',
    ink: '#f8fafc',
    outline: '#0b1020',
    border: '#e5e7eb',
    edge: '#7c8799',
    highlight: '#fde68a',
  },
};

/**
 * Rules appended after the base stylesheet (later rules win in Cytoscape), so the base stays as
 * it is for the light theme. `projector` names only the biggest organisations, large (see
 * projectorRules).
 */
export function themeRules(theme: ThemeName, projector: boolean): StylesheetJson {
  const colours = THEME_COLOURS[theme];
  const rules: StylesheetJson = [];
  if (theme !== 'light') {
    rules.push(
      {
        selector: 'node',
        style: { color: colours.ink, 'text-outline-color': colours.outline, 'border-color': colours.border },
      },
      { selector: 'edge', style: { 'line-color': colours.edge } },
      { selector: 'node:selected', style: { 'border-color': colours.highlight } },
      { selector: 'edge.neighbourhood', style: { 'line-color': colours.highlight } },
    );
  }
  if (projector) rules.push(...projectorRules());
  return rules;
}

/** Projector label sizes in screen pixels, for the smallest and the largest node. */
export const PROJECTOR_LABEL_PX = [20, 28] as const;
export const PROJECTOR_LABEL_MAX_WIDTH_PX = 320;

/** Class of the nodes named on a projector (chosen by presentation/pickLabels.ts). */
export const PROJECTOR_LABEL_CLASS = 'projector-label';

/**
 * Projector rules: only nodes with PROJECTOR_LABEL_CLASS (and the selected one) are named. The
 * label size depends on the zoom, so it is set on those few nodes directly
 * (projectorLabelStyle), never by re-applying the stylesheet, which costs seconds at 5,000 nodes.
 */
export function projectorRules(): StylesheetJson {
  return [
    {
      selector: 'node',
      style: { label: '', 'font-weight': 'bold', 'border-width': 2.5, 'min-zoomed-font-size': 0, 'z-index': 1 },
    },
    { selector: `node.${PROJECTOR_LABEL_CLASS}, node:selected`, style: { label: 'data(label)', 'z-index': 5 } },
  ];
}

/** Font size in screen pixels for a node of this size: 20 px for the smallest, 28 for the largest. */
export function projectorLabelPx(size: number): number {
  const [small, large] = PROJECTOR_LABEL_PX;
  return small + ((large - small) * Math.min(Math.max(size - 18, 0), 54)) / 54;
}

/** The per-node label style that keeps a projector label at its screen size at this zoom. */
export function projectorLabelStyle(size: number, zoom: number): Record<string, string | number> {
  const perPixel = 1 / Math.max(zoom, 1e-3);
  const round = (value: number) => Math.round(value * 1000) / 1000;
  return {
    'font-size': round(projectorLabelPx(size) * perPixel),
    'text-outline-width': round(4 * perPixel),
    'text-margin-y': round(4 * perPixel),
    'text-max-width': `${round(PROJECTOR_LABEL_MAX_WIDTH_PX * perPixel)}px`,
    // Long names wrap onto a second line rather than running across their neighbours.
    'text-wrap': 'wrap',
  };
}
