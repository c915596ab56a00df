import cytoscape, { type Core, type StylesheetJson } from 'cytoscape';

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

/** Cytoscape's level-of-detail options while the view moves. */
export interface ViewportDetail {
  hideEdgesOnViewport: boolean;
  hideLabelsOnViewport: boolean;
  textureOnViewport: boolean;
  motionBlur: boolean;
}

/** Above this many ties, ties are hidden while the view pans or zooms (they come back when it stops). */
export const HIDE_TIES_ABOVE = 8000;
/** Above this many organisations, labels are hidden while the view moves. */
export const HIDE_LABELS_ABOVE = 1000;

/**
 * Level of detail while moving, by size: small networks move with everything drawn; large ones
 * drop ties and labels until the view stops. Texture caching and motion blur stay off (a
 * blurred or stale bitmap of the whole network made large views slower, not faster).
 */
export const viewportDetailFor = (nodeCount: number, edgeCount: number): ViewportDetail => ({
  hideEdgesOnViewport: edgeCount > HIDE_TIES_ABOVE,
  hideLabelsOnViewport: nodeCount > HIDE_LABELS_ABOVE,
  textureOnViewport: false,
  motionBlur: false,
});

/** What createCy needs to know before any element is in: the renderer and the size it will reach. */
export interface CySetup {
  webgl: boolean;
  nodeCount: number;
  edgeCount: number;
}

/**
 * An empty Cytoscape with the options react-cytoscapejs cannot pass (the WebGL renderer), styled
 * for the size the network will reach; elements are added afterwards, in batches.
 */
export function createCy(
  container: HTMLElement,
  stylesheet: StylesheetJson,
  { webgl, nodeCount, edgeCount }: CySetup,
): Core {
  const style = webgl
    ? [...stylesheet, ...WEBGL_STYLE]
    : nodeCount > PICKED_LABELS_ABOVE
      ? [...stylesheet, ...PICKED_LABELS_ONLY]
      : stylesheet;
  return cytoscape({
    container,
    style,
    ...viewportDetailFor(nodeCount, edgeCount),
    minZoom: 0.02,
    maxZoom: 4,
    ...(webgl ? { renderer: { name: 'canvas', webgl: true } } : {}),
  });
}
