/** A node as the label picker sees it, in rendered (screen) pixels. */
export interface LabelCandidate {
  id: string;
  x: number;
  y: number;
  /** Rendered diameter. */
  size: number;
  label: string;
  selected: boolean;
}

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** Clear space kept around each label (px). */
const LABEL_GAP = 8;
/** Screen area (px²) per priority label: about one label per 190 × 190 px. */
export const AREA_PER_LABEL = 36000;

/** Approximate box of a label drawn under its node at `px` font size. */
export function labelBox(candidate: LabelCandidate, px: number): Box {
  const width = candidate.label.length * px * 0.62 + LABEL_GAP;
  const top = candidate.y + candidate.size / 2;
  return { left: candidate.x - width / 2, top, right: candidate.x + width / 2, bottom: top + px * 1.4 + LABEL_GAP };
}

/**
 * Which nodes get a readable label when zoomed out: the selected ones, then the largest, skipping
 * any whose label would overlap one already placed or fall off screen, up to a budget that grows
 * with the screen area. So the view never turns into an unreadable mass of text.
 */
export function pickPriorityLabels(
  candidates: readonly LabelCandidate[],
  viewport: { width: number; height: number },
  px: number,
): string[] {
  const budget = Math.max(4, Math.floor((viewport.width * viewport.height) / AREA_PER_LABEL));
  const ordered = [...candidates].sort(
    (a, b) => Number(b.selected) - Number(a.selected) || b.size - a.size || a.id.localeCompare(b.id),
  );
  const placed: Box[] = [];
  const chosen: string[] = [];
  for (const candidate of ordered) {
    if (chosen.length >= budget) break;
    const box = labelBox(candidate, px);
    const onScreen = box.left >= 0 && box.right <= viewport.width && box.top >= 0 && box.bottom <= viewport.height;
    if (!candidate.selected && (!onScreen || placed.some((other) => overlaps(box, other)))) continue;
    placed.push(box);
    chosen.push(candidate.id);
  }
  return chosen;
}
