import { imageRegion, type ImageArea } from '../export/image/imageRegion';
import { overlayMarks, type OverlayInput } from '../export/image/overlayLayout';
import { renderPng } from '../export/image/renderPng';
import { getCanvas } from './canvasAccess';

export interface ImageExportRequest {
  area: ImageArea;
  scale: number;
  background: string | null;
  overlay: Omit<OverlayInput, 'width' | 'height'>;
  onProgress?: (done: number, total: number) => void;
  /** Cancels a PNG export between bands of tiles. */
  signal?: AbortSignal;
}

/** Test hook: e2e tests shrink the tile size to check tiled exports stay whole. */
const testTile = () => (window as Window & { __clusnetMaxTile?: { width: number; height: number } }).__clusnetMaxTile;

/** Size in pixels of the image an export would produce, or null without a drawn graph. */
export function imageExportSize(area: ImageArea, scale: number): { width: number; height: number } | null {
  const cy = getCanvas();
  if (!cy) return null;
  const { width, height } = imageRegion(cy, area, scale);
  return { width, height };
}

/** The current canvas as a PNG, tiled so large sizes are never blank. */
export async function exportPng(request: ImageExportRequest): Promise<Blob> {
  const cy = getCanvas();
  if (!cy) throw new Error('Image export: no graph is drawn');
  const region = imageRegion(cy, request.area, request.scale);
  const marks = overlayMarks({ width: region.width, height: region.height, ...request.overlay });
  const maxTile = testTile();
  return renderPng(cy, {
    region,
    background: request.background,
    marks,
    onProgress: request.onProgress,
    ...(request.signal ? { signal: request.signal } : {}),
    ...(maxTile ? { maxTile } : {}),
  });
}

/** The current canvas as an SVG document (the writer is loaded only when asked for). */
export async function exportSvg(request: ImageExportRequest): Promise<Blob> {
  const cy = getCanvas();
  if (!cy) throw new Error('Image export: no graph is drawn');
  const { renderSvg } = await import('../export/image/renderSvg');
  const text = renderSvg(cy, {
    area: request.area,
    scale: request.scale,
    background: request.background,
    overlay: request.overlay,
  });
  return new Blob([text], { type: 'image/svg+xml' });
}
