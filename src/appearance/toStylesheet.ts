import type { StylesheetJson } from 'cytoscape';
import { themeRules, type ThemeName } from './themes';

/** On-screen size (px) of a priority label, whatever the zoom. */
export const PRIORITY_LABEL_PX = 16;
/** Ordinary labels show only where they render at least this size (px): readable on a projector. */
const MIN_LABEL_PX = 16;
/** Below this zoom ordinary labels would be smaller than MIN_LABEL_PX, so only priority labels show. */
export const ALL_LABELS_ZOOM = MIN_LABEL_PX / 13;

/**
 * Ties are drawn this opaque: enough for every tie colour, blended with the background, to keep
 * 3:1 against it in each theme (checked by the palette contrast test).
 */
export const TIE_OPACITY = 0.9;

/**
 * The canvas stylesheet. Labels are drawn as canvas text (never HTML), with an outline so they
 * read on any background. Ordinary labels show only when zoomed in (min-zoomed-font-size); the
 * LabelController gives a few large or selected nodes the `label-priority` class, whose font is
 * scaled against the zoom so it stays readable when zoomed out.
 * `theme` and `projector` append their rules after the base ones (see themes.ts).
 */
export function toStylesheet(theme: ThemeName = 'light', projector = false): StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        'background-color': 'data(colour)',
        shape: 'data(shape)' as 'ellipse',
        width: 'data(size)',
        height: 'data(size)',
        'border-width': 1.5,
        'border-color': '#1f2937',
        label: 'data(label)',
        'font-size': 13,
        'font-family': 'Inter, "Segoe UI", system-ui, sans-serif',
        color: '#111827',
        'text-valign': 'bottom',
        'text-margin-y': 4,
        'text-outline-color': '#ffffff',
        'text-outline-width': 2.5,
        'min-zoomed-font-size': MIN_LABEL_PX,
        'text-max-width': '160px',
        'text-wrap': 'ellipsis',
      },
    },
    {
      selector: 'node.label-priority',
      style: {
        'font-size': 'data(labelSize)',
        'text-outline-width': 'data(labelOutline)',
        'text-margin-y': 'data(labelMargin)' as unknown as number,
        'text-wrap': 'none',
        'min-zoomed-font-size': 0,
        'font-weight': 600,
        'z-index': 5,
      },
    },
    {
      selector: 'node.group',
      style: { shape: 'ellipse', 'border-width': 2.5, 'font-weight': 700, 'text-max-width': '220px' },
    },
    {
      selector: 'edge',
      style: {
        width: 'data(width)',
        'line-color': 'data(colour)',
        opacity: TIE_OPACITY,
        'curve-style': 'haystack',
        events: 'no',
      },
    },
    {
      selector: 'edge.aggregate',
      style: { 'line-color': '#6b7280', opacity: TIE_OPACITY },
    },
    {
      selector: 'node:selected',
      // No font-size here: the LabelController sizes the selected label for the zoom (label-priority).
      style: { 'border-width': 5, 'border-color': '#111827', 'font-weight': 'bold', 'z-index': 10 },
    },
    {
      selector: 'edge.neighbourhood',
      style: { opacity: 0.95 },
    },
    {
      selector: '.faded',
      style: { opacity: 0.15 },
    },
    ...themeRules(theme, projector),
  ];
}
