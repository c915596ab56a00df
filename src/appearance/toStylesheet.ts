import type { StylesheetJson } from 'cytoscape';
import { themeRules, type ThemeName } from './themes';

/**
 * The canvas stylesheet. Labels are drawn as canvas text (never HTML), with an outline so they
 * read on any background and a minimum zoomed size so a zoomed-out view is not an unreadable mass.
 * `theme` and `projector` append their rules after the base ones (see themes.ts).
 */
export function toStylesheet(theme: ThemeName = 'light', projector = false): StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        'background-color': 'data(colour)',
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
        'min-zoomed-font-size': 7,
        'text-max-width': '160px',
        'text-wrap': 'ellipsis',
      },
    },
    {
      selector: 'edge',
      style: {
        width: 'data(width)',
        'line-color': '#9ca3af',
        opacity: 0.55,
        'curve-style': 'haystack',
        events: 'no',
      },
    },
    {
      selector: 'node:selected',
      style: { 'border-width': 5, 'border-color': '#111827', 'font-size': 16, 'font-weight': 'bold', 'z-index': 10 },
    },
    {
      selector: 'edge.neighbourhood',
      style: { 'line-color': '#111827', opacity: 0.9 },
    },
    {
      selector: '.faded',
      style: { opacity: 0.15 },
    },
    ...themeRules(theme, projector),
  ];
}
