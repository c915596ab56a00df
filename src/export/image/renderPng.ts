import type { Core } from 'cytoscape';
import { canvasLimits } from './canvasLimits';
import { drawMarks } from './drawMarks';
import type { ImageRegion } from './imageRegion';
import type { Mark } from './overlayLayout';
import { encodePng, type RowBand } from './pngEncoder';
import { planTiles, tileSizeFor, type Band, type Tile } from './tilePlan';

export interface PngOptions {
  region: ImageRegion;
  /** Fill colour, or null for a transparent background. */
  background: string | null;
  marks: Mark[];
  /** Largest tile (output pixels); measured from the browser's canvas limits when absent. */
  maxTile?: { width: number; height: number };
  onProgress?: (done: number, total: number) => void;
  /** Stops the export between two bands of tiles (the promise rejects with an AbortError). */
  signal?: AbortSignal;
}

/**
 * Render one tile with cy.png of the canvas view: move the camera so the tile's corner is the
 * canvas's corner, render, and put the camera back in the same task, so the screen never shows
 * the tile's camera. Zoom limits are lifted meanwhile (a 4× tile may zoom past maxZoom).
 */
function renderTile(cy: Core, region: ImageRegion, tile: Tile, tileScale: number): Blob {
  const saved = { zoom: cy.zoom(), pan: { ...cy.pan() }, minZoom: cy.minZoom(), maxZoom: cy.maxZoom() };
  const k = region.pixelsPerUnit;
  try {
    cy.maxZoom(1e50);
    cy.minZoom(1e-50);
    cy.viewport({
      zoom: k / tileScale,
      pan: { x: (-region.x1 * k - tile.x) / tileScale, y: (-region.y1 * k - tile.y) / tileScale },
    });
    return cy.png({ full: false, scale: tileScale, output: 'blob' });
  } finally {
    cy.viewport({ zoom: saved.zoom, pan: saved.pan });
    cy.minZoom(saved.minZoom);
    cy.maxZoom(saved.maxZoom);
  }
}

/** Compose one band: each tile's render, cropped, over the background, with the overlays on top. */
async function renderBand(cy: Core, options: PngOptions, band: Band, tileScale: number): Promise<RowBand> {
  const { region } = options;
  const blobs = band.tiles.map((tile) => renderTile(cy, region, tile, tileScale));
  const rgba = new Uint8ClampedArray(region.width * band.height * 4);
  for (const [index, tile] of band.tiles.entries()) {
    const bitmap = await createImageBitmap(blobs[index]!);
    const canvas = new OffscreenCanvas(tile.width, tile.height);
    const ctx = canvas.getContext('2d')!;
    if (options.background) {
      ctx.fillStyle = options.background;
      ctx.fillRect(0, 0, tile.width, tile.height);
    }
    const sourceScale = bitmap.width / (cy.width() * tileScale);
    ctx.drawImage(bitmap, 0, 0, tile.width * sourceScale, tile.height * sourceScale, 0, 0, tile.width, tile.height);
    bitmap.close();
    ctx.translate(-tile.x, -tile.y);
    drawMarks(ctx, options.marks);
    const pixels = ctx.getImageData(0, 0, tile.width, tile.height).data;
    for (let row = 0; row < tile.height; row += 1) {
      rgba.set(pixels.subarray(row * tile.width * 4, (row + 1) * tile.width * 4), (row * region.width + tile.x) * 4);
    }
  }
  return { rgba, height: band.height };
}

/** The tile size for this canvas: within the canvas limits even after the device pixel ratio. */
function maxTileFor(cy: Core): { width: number; height: number } {
  const ratio = Math.max(1, window.devicePixelRatio || 1);
  const limits = canvasLimits();
  return tileSizeFor(
    { width: cy.width(), height: cy.height() },
    { maxSide: limits.maxSide / ratio, maxArea: limits.maxArea / (ratio * ratio) },
  );
}

/**
 * The export as a PNG of exactly region.width × region.height pixels, rendered in tiles no
 * larger than the browser draws reliably and streamed into one PNG, so it is never blank.
 */
export async function renderPng(cy: Core, options: PngOptions): Promise<Blob> {
  const { region } = options;
  const maxTile = options.maxTile ?? maxTileFor(cy);
  const bands = planTiles(region.width, region.height, maxTile);
  const tileScale = Math.max(maxTile.width / cy.width(), maxTile.height / cy.height());
  const total = bands.reduce((sum, band) => sum + band.tiles.length, 0);
  let done = 0;
  async function* rows(): AsyncGenerator<RowBand> {
    for (const band of bands) {
      // Between bands the page has answered input (createImageBitmap awaits), so a Cancel lands here.
      options.signal?.throwIfAborted();
      yield await renderBand(cy, options, band, tileScale);
      done += band.tiles.length;
      options.onProgress?.(done, total);
    }
  }
  return encodePng(region.width, region.height, rows());
}
