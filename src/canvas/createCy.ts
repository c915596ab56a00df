import cytoscape, { type Core, type ElementDefinition, type StylesheetJson } from 'cytoscape';

/**
 * What the WebGL renderer cannot draw, replaced: 'haystack' ties become 'straight', and since it
 * ignores min-zoomed-font-size (it would draw every label, tiny), only priority and selected
 * nodes carry a label (the LabelController then picks labels at every zoom).
 */
const WEBGL_STYLE: StylesheetJson = [
  { selector: 'edge', style: { 'curve-style': 'straight' } },
  { selector: 'node', style: { label: '' } },
  { selector: 'node.label-priority, node:selected', style: { label: 'data(label)' } },
];

/** Cytoscape with the options react-cytoscapejs cannot pass (the WebGL renderer). */
export function createCy(container: HTMLElement, elements: ElementDefinition[], stylesheet: StylesheetJson, webgl: boolean): Core {
  const style = webgl ? [...stylesheet, ...WEBGL_STYLE] : stylesheet;
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
