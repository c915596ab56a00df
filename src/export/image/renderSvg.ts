import type { Core } from 'cytoscape';
import { imageRegion, type ImageArea } from './imageRegion';
import { overlayMarks, type OverlayInput } from './overlayLayout';
import { writeSvg } from './svgDocument';
import { pictureOf } from './svgPicture';

export interface SvgOptions {
  area: ImageArea;
  scale: number;
  background: string | null;
  overlay: Omit<OverlayInput, 'width' | 'height'>;
}

/**
 * The graph as an SVG document drawn by our own writer from what the canvas shows (positions and
 * appearance), with the legend and the caption as the layers "legend" and "caption".
 */
export function renderSvg(cy: Core, options: SvgOptions): string {
  const region = imageRegion(cy, options.area, options.scale);
  const size = { width: region.width, height: region.height };
  return writeSvg(
    pictureOf(cy, {
      region,
      background: options.background,
      title: options.overlay.caption?.title || 'Network of organisations',
      legend: overlayMarks({ ...size, ...options.overlay, caption: null }),
      caption: overlayMarks({ ...size, ...options.overlay, legend: null }),
    }),
  );
}
