import { useEffect, useRef, useState } from 'react';
import type { Core } from 'cytoscape';
import { project } from '../layout/projection';
import { useAppStore } from '../store';

interface Basemap {
  source: string;
  rings: number[][];
}

let basemap: Promise<Path2D> | null = null;

/** The outline of Europe (public/basemap/europe.json), projected once into model coordinates. */
function loadBasemap(): Promise<Path2D> {
  basemap ??= fetch(`${import.meta.env.BASE_URL}basemap/europe.json`)
    .then((response) => {
      if (!response.ok) throw new Error(`Basemap: HTTP ${response.status}`);
      return response.json() as Promise<Basemap>;
    })
    .then(({ rings }) => {
      const path = new Path2D();
      for (const ring of rings) {
        for (let i = 0; i + 1 < ring.length; i += 2) {
          const { x, y } = project(ring[i + 1] ?? 0, ring[i] ?? 0);
          if (i === 0) path.moveTo(x, y);
          else path.lineTo(x, y);
        }
        path.closePath();
      }
      return path;
    });
  return basemap;
}

/** Paint the outline with cy's current pan and zoom, so it moves with the graph. */
function draw(canvas: HTMLCanvasElement, cy: Core, path: Path2D): void {
  const ratio = window.devicePixelRatio || 1;
  const [width, height] = [cy.width(), cy.height()];
  if (canvas.width !== Math.round(width * ratio) || canvas.height !== Math.round(height * ratio)) {
    canvas.width = Math.round(width * ratio);
    canvas.height = Math.round(height * ratio);
  }
  const context = canvas.getContext('2d');
  if (!context) return;
  const zoom = cy.zoom();
  const pan = cy.pan();
  context.setTransform(1, 0, 0, 1, 0, 0);
  context.clearRect(0, 0, canvas.width, canvas.height);
  context.setTransform(ratio * zoom, 0, 0, ratio * zoom, ratio * pan.x, ratio * pan.y);
  context.fillStyle = '#e9eef3';
  context.fill(path);
  context.lineWidth = 1.2 / zoom;
  context.strokeStyle = '#9aa7b4';
  context.stroke(path);
}

/**
 * The map under the geographic layout: a canvas behind cy's, redrawn on every pan and zoom. Shown
 * only in the geographic layout (and the city view over it). Offline: the outline ships in public/.
 */
export function BasemapLayer({ cy }: { cy: Core }) {
  const visible = useAppStore((state) => state.view.layout === 'geographic');
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const [path, setPath] = useState<Path2D | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    if (!visible || path) return;
    loadBasemap().then(setPath, () => setFailed(true));
  }, [visible, path]);

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!visible || !path || !canvas) return;
    let frame = 0;
    const redraw = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        if (!cy.destroyed()) draw(canvas, cy, path);
      });
    };
    redraw();
    cy.on('viewport resize', redraw);
    return () => {
      cancelAnimationFrame(frame);
      if (!cy.destroyed()) cy.off('viewport resize', redraw);
    };
  }, [cy, visible, path]);

  if (!visible) return null;
  return (
    <canvas
      ref={canvasRef}
      className="basemap"
      data-testid="basemap"
      data-ready={path ? 'true' : 'false'}
      aria-hidden="true"
      title={failed ? 'The map outline could not be loaded' : undefined}
    />
  );
}
