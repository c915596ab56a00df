import type { StylesheetJson } from 'cytoscape';
import { COMPARE_STYLES } from './compareStyles';

/**
 * Canvas rules of the explore features, appended after the appearance stylesheet so they win:
 * filtered elements are not drawn; a path or the bridges between two groups stand out in black
 * while everything else steps back.
 */
export const EXPLORE_STYLES: StylesheetJson = [
  ...COMPARE_STYLES,
  { selector: '.filtered', style: { display: 'none' } },
  { selector: '.path-off', style: { opacity: 0.12 } },
  {
    selector: 'node.path-on',
    style: { 'border-width': 5, 'border-color': '#000000', opacity: 1, 'z-index': 20, 'font-weight': 'bold' },
  },
  { selector: 'edge.path-on', style: { 'line-color': '#000000', width: 6, opacity: 1, 'z-index': 19 } },
  { selector: 'node.focus-centre', style: { 'border-width': 5, 'border-style': 'double', 'border-color': '#000000' } },
];
