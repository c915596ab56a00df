export interface LabelCandidate {
  id: string;
  /** Node size (graph units): bigger organisations are named first. */
  size: number;
  x: number;
  y: number;
  /** Length of the label in characters. */
  chars: number;
}

export interface Extent {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Where a label would be drawn and how big, in graph units. */
export interface LabelGeometry {
  /** Label height, i.e. the font size as drawn (graph units). */
  fontSize: (size: number) => number;
  /** Widest label before it is cut with an ellipsis (graph units). */
  maxWidth: number;
}

/** Screen area (px²) per label a room can read without clutter: about 30 names on a 1080p screen. */
export const SCREEN_AREA_PER_LABEL = 70_000;
/** Average glyph width of a bold sans-serif, as a fraction of the font size. */
const GLYPH_WIDTH = 0.62;

/** How many names a screen of this size can carry. */
export const labelBudget = (width: number, height: number): number => Math.max(5, Math.round((width * height) / SCREEN_AREA_PER_LABEL));

interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

const overlaps = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/** The box of a label drawn centred under its node. */
function labelBox(candidate: LabelCandidate, geometry: LabelGeometry): Box {
  const font = geometry.fontSize(candidate.size);
  const width = Math.min(candidate.chars * font * GLYPH_WIDTH, geometry.maxWidth);
  const top = candidate.y + candidate.size / 2;
  return { x1: candidate.x - width / 2, y1: top, x2: candidate.x + width / 2, y2: top + font * 1.25 };
}

/**
 * The nodes to name on a projector: inside the view, biggest first (ties broken by id, so the
 * choice is stable), skipping any whose label would overlap one already chosen, up to `budget`.
 * Zooming into part of the network names that part's own organisations.
 */
export function pickLabelled(candidates: readonly LabelCandidate[], extent: Extent, budget: number, geometry: LabelGeometry): string[] {
  const inView = candidates
    .filter(({ x, y }) => x >= extent.x1 && x <= extent.x2 && y >= extent.y1 && y <= extent.y2)
    .sort((a, b) => b.size - a.size || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const chosen: string[] = [];
  const boxes: Box[] = [];
  for (const candidate of inView) {
    if (chosen.length >= budget) break;
    const box = labelBox(candidate, geometry);
    if (boxes.some((other) => overlaps(box, other))) continue;
    chosen.push(candidate.id);
    boxes.push(box);
  }
  return chosen;
}
