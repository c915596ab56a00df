import cytoscape, { type Core, type ElementDefinition, type StylesheetJson } from 'cytoscape';

/**
 * What the WebGL renderer cannot draw, replaced: 'haystack' ties become 'straight', and since it
 * ignores min-zoomed-font-size (it would draw every label, tiny), only priority and selected
 * nodes carry a label (the LabelController then picks labels at every zoom).
 */
const PICKED_LABELS_ONLY: StylesheetJson = [
  { selector: 'node', style: { label: '' } },
  { selector: 'node.label-priority, node:selected', style: { label: 'data(label)' } },
];
const WEBGL_STYLE: StylesheetJson = [{ selector: 'edge', style: { 'curve-style': 'straight' } }, ...PICKED_LABELS_ONLY];

/**
 * Above this many organisations only picked labels exist at all: Cytoscape measures every label
 * whenever nodes move (it showed in the profile of a layout switch at 5,000 nodes), even labels too
 * small to draw.
 */
export const PICKED_LABELS_ABOVE = 2000;

/** Whether labels are always picked (never "all labels when zoomed in"). */
export const picksLabels = (webgl: boolean, nodeCount: number): boolean => webgl || nodeCount > PICKED_LABELS_ABOVE;

/** Cytoscape with the options react-cytoscapejs cannot pass (the WebGL renderer). */
export function createCy(
  container: HTMLElement,
  elements: ElementDefinition[],
  stylesheet: StylesheetJson,
  webgl: boolean,
): Core {
  const nodeCount = elements.filter((element) => element.group === 'nodes').length;
  const style = webgl
    ? [...stylesheet, ...WEBGL_STYLE]
    : nodeCount > PICKED_LABELS_ABOVE
      ? [...stylesheet, ...PICKED_LABELS_ONLY]
      : stylesheet;
  return cytoscape({
    container,
    elements,
    style,
    layout: { name: 'preset', fit: true, padding: 30 },
    minZoom: 0.02,
    maxZoom: 4,
    ...(webgl ? { renderer: { name: 'canvas', webgl: true } } : {}),
  });
}
