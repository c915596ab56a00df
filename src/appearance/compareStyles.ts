import type { StylesheetJson } from 'cytoscape';
import type { TieStatus } from '../analysis/story/waves';

/**
 * Tie status colours from the Okabe–Ito palette (safe for the common colour-vision
 * deficiencies), and a second cue that needs no colour: dissolved ties are dashed, formed ties
 * drawn wider than persisted ones.
 */
export const TIE_STATUS_COLOURS: Record<TieStatus, string> = {
  formed: '#009E73',
  persisted: '#0072B2',
  dissolved: '#D55E00',
};

export const TIE_STATUS_LABELS: Record<TieStatus, string> = {
  formed: 'Formed (only in the later wave)',
  persisted: 'Persisted (in both waves)',
  dissolved: 'Dissolved (only in the earlier wave), dashed',
};

/** Canvas rules of the wave comparison (classes set by the CompareController) and of a finding's evidence. */
export const COMPARE_STYLES: StylesheetJson = [
  { selector: '.evidence-off', style: { opacity: 0.12 } },
  {
    selector: 'node.evidence-on',
    style: { 'border-width': 5, 'border-color': '#000000', 'z-index': 20, 'font-weight': 'bold' },
  },
  { selector: 'edge.evidence-on', style: { opacity: 0.9 } },
  { selector: 'edge.wave-outside', style: { opacity: 0.05 } },
  {
    selector: 'edge.wave-persisted',
    style: { 'line-color': TIE_STATUS_COLOURS.persisted, opacity: 0.85, width: 2.5 },
  },
  {
    selector: 'edge.wave-formed',
    style: { 'line-color': TIE_STATUS_COLOURS.formed, opacity: 0.9, width: 4 },
  },
  {
    selector: 'edge.wave-dissolved',
    style: {
      'line-color': TIE_STATUS_COLOURS.dissolved,
      opacity: 0.9,
      width: 3,
      'curve-style': 'straight',
      'line-style': 'dashed',
      'line-dash-pattern': [6, 4],
    },
  },
];
