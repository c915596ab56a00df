/**
 * Zoom and pan that fit points into a view of the given size with a margin (px), clamped to the
 * zoom limits; null for no points. The same arithmetic as cy.fit(), without measuring labels.
 */
export function viewportFor(
  points: readonly { x: number; y: number }[],
  view: { width: number; height: number },
  margin: number,
  minZoom: number,
  maxZoom: number,
): { zoom: number; pan: { x: number; y: number } } | null {
  if (points.length === 0) return null;
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const { x, y } of points)
    [minX, minY, maxX, maxY] = [Math.min(minX, x), Math.min(minY, y), Math.max(maxX, x), Math.max(maxY, y)];
  const [width, height] = [Math.max(1, view.width - 2 * margin), Math.max(1, view.height - 2 * margin)];
  const zoom = Math.min(
    maxZoom,
    Math.max(minZoom, Math.min(width / Math.max(maxX - minX, 1e-9), height / Math.max(maxY - minY, 1e-9))),
  );
  const centre = { x: (minX + maxX) / 2, y: (minY + maxY) / 2 };
  return { zoom, pan: { x: view.width / 2 - centre.x * zoom, y: view.height / 2 - centre.y * zoom } };
}
