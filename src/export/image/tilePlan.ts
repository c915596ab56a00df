/** One rectangle of the output image, in output pixels. */
export interface Tile {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A horizontal strip of tiles: the PNG encoder consumes the image one band of rows at a time. */
export interface Band {
  y: number;
  height: number;
  tiles: Tile[];
}

/**
 * Cut a width×height image into bands of tiles no bigger than maxTile: row-major, left to right,
 * every pixel in exactly one tile (the last column and row take what is left).
 */
export function planTiles(width: number, height: number, maxTile: { width: number; height: number }): Band[] {
  if (!(width > 0 && height > 0 && maxTile.width > 0 && maxTile.height > 0)) return [];
  const tileWidth = Math.floor(maxTile.width);
  const tileHeight = Math.floor(maxTile.height);
  const bands: Band[] = [];
  for (let y = 0; y < height; y += tileHeight) {
    const bandHeight = Math.min(tileHeight, height - y);
    const tiles: Tile[] = [];
    for (let x = 0; x < width; x += tileWidth)
      tiles.push({ x, y, width: Math.min(tileWidth, width - x), height: bandHeight });
    bands.push({ y, height: bandHeight, tiles });
  }
  return bands;
}

/**
 * The largest tile with the canvas's aspect ratio whose pixel count and sides stay within the
 * browser's canvas limits: Cytoscape renders a tile as the whole canvas at some scale, so a tile
 * keeps the canvas's shape.
 */
export function tileSizeFor(
  canvas: { width: number; height: number },
  limits: { maxSide: number; maxArea: number },
): { width: number; height: number } {
  const byArea = Math.sqrt(limits.maxArea / (canvas.width * canvas.height));
  const bySide = limits.maxSide / Math.max(canvas.width, canvas.height);
  const scale = Math.min(byArea, bySide);
  return {
    width: Math.max(1, Math.floor(canvas.width * scale)),
    height: Math.max(1, Math.floor(canvas.height * scale)),
  };
}
