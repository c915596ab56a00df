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

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Add overlay marks to an SVG document as one named group (text as text nodes, never markup). */
export function appendSvgMarks(svg: SVGSVGElement | Element, id: string, marks: readonly Mark[]): void {
  if (marks.length === 0) return;
  const doc = svg.ownerDocument;
  const group = doc.createElementNS(SVG_NS, 'g');
  group.setAttribute('id', id);
  const set = (element: Element, attributes: Record<string, string | number>) => {
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
    group.appendChild(element);
  };
  for (const mark of marks) {
    if (mark.kind === 'rect') {
      set(doc.createElementNS(SVG_NS, 'rect'), {
        x: mark.x,
        y: mark.y,
        width: mark.width,
        height: mark.height,
        rx: mark.radius,
        fill: mark.fill,
        'fill-opacity': 0.92,
        stroke: mark.stroke,
        'stroke-width': mark.strokeWidth,
      });
    } else if (mark.kind === 'circle') {
      set(doc.createElementNS(SVG_NS, 'circle'), {
        cx: mark.cx,
        cy: mark.cy,
        r: mark.r,
        fill: mark.fill,
        stroke: mark.stroke,
        'stroke-width': mark.strokeWidth,
      });
    } else {
      const text = doc.createElementNS(SVG_NS, 'text');
      text.textContent = mark.text;
      set(text, {
        x: mark.x,
        y: mark.y,
        'font-size': mark.size,
        'font-weight': mark.weight,
        'font-family': OVERLAY_FONT,
        fill: mark.fill,
      });
    }
  }
  svg.appendChild(group);
}
