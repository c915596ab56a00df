import cytoscape, { type Core } from 'cytoscape';
import svgExtension from 'cytoscape-svg';
import { appendSvgMarks } from './drawMarks';
import type { ImageArea } from './imageRegion';
import { overlayMarks, type OverlayInput } from './overlayLayout';

cytoscape.use(svgExtension as unknown as cytoscape.Ext);

export interface SvgOptions {
  area: ImageArea;
  scale: number;
  background: string | null;
  overlay: Omit<OverlayInput, 'width' | 'height'>;
}

/**
 * The graph as SVG (cytoscape-svg draws it through the same renderer as the canvas), with the
 * legend and the caption added as the groups "legend" and "caption".
 */
export function renderSvg(cy: Core, options: SvgOptions): string {
  const source = cy.svg({
    full: options.area === 'full',
    scale: options.scale,
    ...(options.background ? { bg: options.background } : {}),
  });
  const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
  const svg = doc.documentElement;
  const width = Number.parseFloat(svg.getAttribute('width') ?? '0');
  const height = Number.parseFloat(svg.getAttribute('height') ?? '0');
  if (!svg.getAttribute('viewBox') && width > 0 && height > 0) svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  const size = { width, height };
  appendSvgMarks(svg, 'legend', overlayMarks({ ...size, ...options.overlay, caption: null }));
  appendSvgMarks(svg, 'caption', overlayMarks({ ...size, ...options.overlay, legend: null }));
  return new XMLSerializer().serializeToString(doc);
}
