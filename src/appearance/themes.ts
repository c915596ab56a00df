import type { StylesheetJson } from 'cytoscape';

export type ThemeName = 'light' | 'dark';

/** Canvas colours per theme: high contrast on both (text against its outline over 12:1). */
export const THEME_COLOURS: Record<ThemeName, { background: string; ink: string; outline: string; border: string; edge: string; highlight: string }> = {
  light: { background: '#ffffff', ink: '#0b0f19', outline: '#ffffff', border: '#1f2937', edge: '#8b95a5', highlight: '#0b0f19' },
  dark: { background: '#0b1020', ink: '#f8fafc', outline: '#0b1020', border: '#e5e7eb', edge: '#7c8799', highlight: '#fde68a' },
};

/**
 * Rules appended after the base stylesheet (later rules win in Cytoscape), so the base stays as
 * it is for the light theme. `projector` enlarges labels and borders for a room; `zoom` is the
 * camera zoom those labels are sized for (see projectorRules).
 */
export function themeRules(theme: ThemeName, projector: boolean, zoom = 1): StylesheetJson {
  const colours = THEME_COLOURS[theme];
  const rules: StylesheetJson = [];
  if (theme !== 'light') {
    rules.push(
      { selector: 'node', style: { color: colours.ink, 'text-outline-color': colours.outline, 'border-color': colours.border } },
      { selector: 'edge', style: { 'line-color': colours.edge } },
      { selector: 'node:selected', style: { 'border-color': colours.highlight } },
      { selector: 'edge.neighbourhood', style: { 'line-color': colours.highlight } },
    );
  }
  if (projector) rules.push(...projectorRules(zoom));
  return rules;
}

/** Projector label sizes in screen pixels, for the smallest and the largest node. */
export const PROJECTOR_LABEL_PX = [20, 28] as const;
export const PROJECTOR_LABEL_MAX_WIDTH_PX = 320;

/** Class of the nodes named on a projector (chosen by presentation/pickLabels.ts). */
export const PROJECTOR_LABEL_CLASS = 'projector-label';

/**
 * Projector labels: only the nodes with PROJECTOR_LABEL_CLASS are named, at 20–28 screen pixels
 * by node size whatever the zoom (font sizes are in graph units, hence the division), so every
 * name on screen reads from the back of a room and none is drawn too small.
 */
export function projectorRules(zoom: number): StylesheetJson {
  const perPixel = 1 / Math.max(zoom, 1e-3);
  const round = (value: number) => Math.round(value * 1000) / 1000;
  const [small, large] = PROJECTOR_LABEL_PX;
  return [
    {
      selector: 'node',
      style: {
        label: '',
        'font-size': `mapData(size, 18, 72, ${round(small * perPixel)}, ${round(large * perPixel)})`,
        'font-weight': 'bold',
        'text-outline-width': round(4 * perPixel),
        'text-margin-y': round(4 * perPixel),
        'border-width': 2.5,
        'text-max-width': `${round(PROJECTOR_LABEL_MAX_WIDTH_PX * perPixel)}px`,
        'min-zoomed-font-size': 0,
        'z-index': 1,
      },
    },
    { selector: `node.${PROJECTOR_LABEL_CLASS}, node:selected`, style: { label: 'data(label)', 'z-index': 5 } },
    { selector: 'edge', style: { opacity: 0.7 } },
  ];
}
