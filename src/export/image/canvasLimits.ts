/**
 * The largest canvas this browser draws into. Past its limit a canvas silently stays blank
 * (the cause of blank large exports, cytoscape.js #2711): Chrome allows 16,384² pixels, Safari
 * 4,096². We probe from a size every browser handles upwards, keep the largest that really holds
 * a drawn pixel in its far corner, and cap at 4,096² so a tile never costs more than 64 MB.
 */
export interface CanvasLimits {
  maxSide: number;
  maxArea: number;
}

const CANDIDATE_SIDES = [1024, 2048, 4096];
let cached: CanvasLimits | null = null;

/** True when a side×side canvas keeps a pixel drawn in its bottom-right corner. */
function canvasHolds(side: number): boolean {
  try {
    const canvas = document.createElement('canvas');
    canvas.width = side;
    canvas.height = side;
    const ctx = canvas.getContext('2d');
    if (!ctx) return false;
    ctx.fillStyle = '#ff0000';
    ctx.fillRect(side - 1, side - 1, 1, 1);
    const [red, , , alpha] = ctx.getImageData(side - 1, side - 1, 1, 1).data;
    canvas.width = 0;
    canvas.height = 0;
    return red === 255 && alpha === 255;
  } catch {
    return false;
  }
}

/** Measured once per page. */
export function canvasLimits(): CanvasLimits {
  if (cached) return cached;
  let side = 512;
  for (const candidate of CANDIDATE_SIDES) {
    if (!canvasHolds(candidate)) break;
    side = candidate;
  }
  cached = { maxSide: side, maxArea: side * side };
  return cached;
}
