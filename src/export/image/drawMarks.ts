import { OVERLAY_FONT, type Mark } from './overlayLayout';

type Context2D = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

/** Draw overlay marks on a canvas (text as canvas text, never HTML). */
export function drawMarks(ctx: Context2D, marks: readonly Mark[]): void {
  for (const mark of marks) {
    ctx.beginPath();
    if (mark.kind === 'rect') {
      ctx.roundRect(mark.x, mark.y, mark.width, mark.height, mark.radius);
      ctx.fillStyle = mark.fill;
      ctx.globalAlpha = 0.92;
      ctx.fill();
      ctx.globalAlpha = 1;
      ctx.lineWidth = mark.strokeWidth;
      ctx.strokeStyle = mark.stroke;
      ctx.stroke();
    } else if (mark.kind === 'circle') {
      ctx.arc(mark.cx, mark.cy, mark.r, 0, Math.PI * 2);
      ctx.fillStyle = mark.fill;
      ctx.fill();
      ctx.lineWidth = mark.strokeWidth;
      ctx.strokeStyle = mark.stroke;
      ctx.stroke();
    } else {
      ctx.font = `${mark.weight} ${mark.size}px ${OVERLAY_FONT}`;
      ctx.fillStyle = mark.fill;
      ctx.textBaseline = 'alphabetic';
      ctx.fillText(mark.text, mark.x, mark.y);
    }
  }
}
