export interface Size {
  width: number;
  height: number;
}

export interface CameraLike {
  zoom: number;
  pan: { x: number; y: number };
}

/**
 * The camera that shows the same part of the graph in a canvas of another size: the point at the
 * centre stays at the centre, and the zoom grows with the smaller of the two size ratios, so
 * everything that was in view stays in view (a scene saved beside the sidebar, shown full screen).
 */
export function refitCamera(camera: CameraLike, from: Size, to: Size): CameraLike {
  if (from.width <= 0 || from.height <= 0) return camera;
  const centre = {
    x: (from.width / 2 - camera.pan.x) / camera.zoom,
    y: (from.height / 2 - camera.pan.y) / camera.zoom,
  };
  const zoom = camera.zoom * Math.min(to.width / from.width, to.height / from.height);
  return { zoom, pan: { x: to.width / 2 - centre.x * zoom, y: to.height / 2 - centre.y * zoom } };
}

/** The camera that fits every position into a canvas of this size, with a margin (in pixels). */
export function fitCamera(
  positions: Record<string, { x: number; y: number }>,
  to: Size,
  margin: number,
  maxZoom = 4,
): CameraLike {
  const points = Object.values(positions);
  if (points.length === 0) return { zoom: 1, pan: { x: to.width / 2, y: to.height / 2 } };
  const xs = points.map((point) => point.x);
  const ys = points.map((point) => point.y);
  const box = { x1: Math.min(...xs), y1: Math.min(...ys), x2: Math.max(...xs), y2: Math.max(...ys) };
  const width = Math.max(box.x2 - box.x1, 1);
  const height = Math.max(box.y2 - box.y1, 1);
  const zoom = Math.min(
    maxZoom,
    Math.max(1e-3, Math.min((to.width - 2 * margin) / width, (to.height - 2 * margin) / height)),
  );
  const centre = { x: (box.x1 + box.x2) / 2, y: (box.y1 + box.y2) / 2 };
  return { zoom, pan: { x: to.width / 2 - centre.x * zoom, y: to.height / 2 - centre.y * zoom } };
}
