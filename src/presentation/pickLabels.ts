export interface LabelCandidate {
  id: string;
  /** Node size (graph units): bigger organisations are named first. */
  size: number;
  x: number;
  y: number;
  /** The label as drawn (wrapped at spaces past the widest label). */
  label: string;
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
export const labelBudget = (width: number, height: number): number =>
  Math.max(5, Math.round((width * height) / SCREEN_AREA_PER_LABEL));

interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

const overlaps = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/**
 * Lines of a label wrapped as Cytoscape wraps it (at spaces, a word longer than the line stays
 * whole), with each character estimated at GLYPH_WIDTH of the font: the lines' widths.
 */
export function wrappedLineWidths(label: string, font: number, maxWidth: number): number[] {
  const charWidth = font * GLYPH_WIDTH;
  const lines: number[] = [];
  let line = -1; // characters on the current line; -1 before its first word
  for (const word of label.split(/\s+/).filter(Boolean)) {
    const extended = line < 0 ? word.length : line + 1 + word.length;
    if (line >= 0 && extended * charWidth > maxWidth) {
      lines.push(line * charWidth);
      line = word.length;
    } else line = extended;
  }
  if (line >= 0) lines.push(line * charWidth);
  return lines.length > 0 ? lines : [0];
}

/** The box of a label drawn centred under its node, wrapped onto more lines past `maxWidth`. */
function labelBox(candidate: LabelCandidate, geometry: LabelGeometry): Box {
  const font = geometry.fontSize(candidate.size);
  const lines = wrappedLineWidths(candidate.label, font, geometry.maxWidth);
  const width = Math.max(...lines);
  const top = candidate.y + candidate.size / 2;
  return { x1: candidate.x - width / 2, y1: top, x2: candidate.x + width / 2, y2: top + lines.length * font * 1.25 };
}

const inside = (box: Box, extent: Extent) =>
  box.x1 >= extent.x1 && box.x2 <= extent.x2 && box.y1 >= extent.y1 && box.y2 <= extent.y2;

/**
 * The nodes to name on a projector: inside the view, biggest first (ties broken by id, so the
 * choice is stable), skipping any whose label would overlap one already chosen, leave the view,
 * or run under something drawn over the graph (`blocked`: the legend, the caption, the
 * controls), up to `budget`. Zooming into part of the network names that part's own organisations.
 */
export function pickLabelled(
  candidates: readonly LabelCandidate[],
  extent: Extent,
  budget: number,
  geometry: LabelGeometry,
  blocked: readonly Extent[] = [],
): string[] {
  const inView = candidates
    .filter(({ x, y }) => x >= extent.x1 && x <= extent.x2 && y >= extent.y1 && y <= extent.y2)
    .sort((a, b) => b.size - a.size || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const chosen: string[] = [];
  const boxes: Box[] = [];
  for (const candidate of inView) {
    if (chosen.length >= budget) break;
    const box = labelBox(candidate, geometry);
    if (
      !inside(box, extent) ||
      blocked.some((other) => overlaps(box, other)) ||
      boxes.some((other) => overlaps(box, other))
    )
      continue;
    chosen.push(candidate.id);
    boxes.push(box);
  }
  return chosen;
}
