import cytoscape, { type Core, type ElementDefinition, type StylesheetJson } from 'cytoscape';

/**
 * Cytoscape with the options react-cytoscapejs cannot pass (the WebGL renderer). In WebGL mode
 * ties are drawn 'straight' instead of 'haystack', which that renderer does not draw.
 */
export function createCy(container: HTMLElement, elements: ElementDefinition[], stylesheet: StylesheetJson, webgl: boolean): Core {
  const style = webgl ? [...stylesheet, { selector: 'edge', style: { 'curve-style': 'straight' as const } }] : stylesheet;
  return cytoscape({
    container,
    elements,
    style,
    layout: { name: 'preset', fit: true, padding: 30 },
    minZoom: 0.02,
    maxZoom: 4,
    wheelSensitivity: 0.4,
    ...(webgl ? { renderer: { name: 'canvas', webgl: true } } : {}),
  });
}
