import { OVERLAY_FONT, type Mark } from './overlayLayout';
import { element, num, textElement } from './svgMarkup';

/** A node as drawn, in graph units. */
export interface SvgNode {
  x: number;
  y: number;
  width: number;
  height: number;
  /** A Cytoscape shape name; unknown shapes are drawn as ellipses. */
  shape: string;
  fill: string;
  stroke: string;
  strokeWidth: number;
  opacity: number;
}

/** A label as drawn: centred on x, its first baseline at y, in graph units. */
export interface SvgLabel {
  lines: string[];
  x: number;
  y: number;
  size: number;
  weight: string;
  family: string;
  fill: string;
  outline: string | null;
  outlineWidth: number;
  opacity: number;
}

/** A tie as a straight line between its ends, in graph units. */
export interface SvgTie {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  colour: string;
  width: number;
  opacity: number;
}

/** Everything the SVG export draws: the graph in graph units, legend and caption in output pixels. */
export interface SvgPicture {
  /** Output size in pixels. */
  width: number;
  height: number;
  /** The graph-space corner of the picture and output pixels per graph unit. */
  region: { x1: number; y1: number; pixelsPerUnit: number };
  background: string | null;
  title: string;
  ties: SvgTie[];
  nodes: SvgNode[];
  labels: SvgLabel[];
  legend: Mark[];
  caption: Mark[];
}

/** A regular polygon with `sides` corners, the first at the top turned by `turn` radians, stretched to [-1, 1]². */
function unitPolygon(sides: number, turn: number, inner = 0): [number, number][] {
  const count = inner > 0 ? sides * 2 : sides;
  const points = Array.from({ length: count }, (_, i): [number, number] => {
    const angle = -Math.PI / 2 + turn + (2 * Math.PI * i) / count;
    const r = inner > 0 && i % 2 === 1 ? inner : 1;
    return [r * Math.cos(angle), r * Math.sin(angle)];
  });
  const xs = points.map(([x]) => x);
  const ys = points.map(([, y]) => y);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  return points.map(([x, y]) => [((x - minX) / (maxX - minX)) * 2 - 1, ((y - minY) / (maxY - minY)) * 2 - 1]);
}

/** The polygon shapes the app uses, as Cytoscape draws them (rounded ones with round joins). */
const POLYGONS: Record<string, [number, number][]> = {
  triangle: unitPolygon(3, 0),
  diamond: unitPolygon(4, 0),
  pentagon: unitPolygon(5, 0),
  hexagon: unitPolygon(6, Math.PI / 6),
  heptagon: unitPolygon(7, 0),
  octagon: unitPolygon(8, Math.PI / 8),
  star: unitPolygon(5, 0, 0.382),
};

function nodeMarkup(node: SvgNode): string {
  const paint = {
    fill: node.fill,
    stroke: node.strokeWidth > 0 ? node.stroke : null,
    'stroke-width': node.strokeWidth > 0 ? node.strokeWidth : null,
    opacity: node.opacity < 1 ? node.opacity : null,
  };
  const [w, h] = [node.width / 2, node.height / 2];
  const base = node.shape.replace(/^round-/, '');
  const rounded = node.shape.startsWith('round-');
  if (base === 'rectangle' || base === 'square') {
    const radius = rounded ? Math.min(node.width, node.height) / 4 : null;
    return element('rect', {
      x: node.x - w,
      y: node.y - h,
      width: node.width,
      height: node.height,
      rx: radius,
      ...paint,
    });
  }
  const polygon = POLYGONS[base];
  if (polygon) {
    const points = polygon.map(([px, py]) => `${num(node.x + px * w)},${num(node.y + py * h)}`).join(' ');
    return element('polygon', { points, 'stroke-linejoin': rounded ? 'round' : null, ...paint });
  }
  return element('ellipse', { cx: node.x, cy: node.y, rx: w, ry: h, ...paint });
}

function labelMarkup(label: SvgLabel): string {
  const attributes = {
    x: label.x,
    y: label.y,
    'font-size': label.size,
    'font-weight': label.weight,
    'font-family': label.family,
    fill: label.fill,
    stroke: label.outline && label.outlineWidth > 0 ? label.outline : null,
    'stroke-width': label.outline && label.outlineWidth > 0 ? label.outlineWidth * 2 : null,
    opacity: label.opacity < 1 ? label.opacity : null,
  };
  if (label.lines.length === 1) return textElement('text', attributes, label.lines[0] ?? '');
  const lines = label.lines.map((line, i) =>
    textElement('tspan', { x: label.x, dy: i === 0 ? null : label.size * 1.2 }, line),
  );
  return element('text', attributes, lines);
}

const tieMarkup = (tie: SvgTie): string =>
  element('line', {
    x1: tie.x1,
    y1: tie.y1,
    x2: tie.x2,
    y2: tie.y2,
    stroke: tie.colour,
    'stroke-width': tie.width,
    'stroke-opacity': tie.opacity < 1 ? tie.opacity : null,
  });

function markMarkup(mark: Mark): string {
  if (mark.kind === 'rect')
    return element('rect', {
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
  if (mark.kind === 'circle')
    return element('circle', {
      cx: mark.cx,
      cy: mark.cy,
      r: mark.r,
      fill: mark.fill,
      stroke: mark.stroke,
      'stroke-width': mark.strokeWidth,
    });
  return textElement(
    'text',
    {
      x: mark.x,
      y: mark.y,
      'font-size': mark.size,
      'font-weight': mark.weight,
      'font-family': OVERLAY_FONT,
      fill: mark.fill,
    },
    mark.text,
  );
}

/** A named layer; empty layers are still written, so every export has the same structure. */
const layer = (id: string, attributes: Record<string, string | number | null>, children: string[]): string =>
  `${element('g', { id, ...attributes }, children.length === 0 ? [''] : children)}\n`;

/**
 * The picture as a standalone SVG document: vector shapes and real `<text>` (selectable, searchable,
 * sharp at any print size), in the layers ties, nodes, labels (inside "graph", which maps graph units
 * to pixels), then legend and caption. Pure: the same picture always gives the same text.
 */
export function writeSvg(picture: SvgPicture): string {
  const { width, height, region } = picture;
  const k = region.pixelsPerUnit;
  const transform = `matrix(${num(k)} 0 0 ${num(k)} ${num(-region.x1 * k)} ${num(-region.y1 * k)})`;
  const graph = element('g', { id: 'graph', transform }, [
    '\n',
    layer('ties', { fill: 'none', 'stroke-linecap': 'round' }, picture.ties.map(tieMarkup)),
    layer('nodes', {}, picture.nodes.map(nodeMarkup)),
    layer(
      'labels',
      { 'text-anchor': 'middle', 'paint-order': 'stroke', 'stroke-linejoin': 'round' },
      picture.labels.map(labelMarkup),
    ),
  ]);
  const background = picture.background
    ? element('rect', { id: 'background', x: 0, y: 0, width, height, fill: picture.background })
    : '';
  const svg = element(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      version: '1.1',
      width,
      height,
      viewBox: `0 0 ${num(width)} ${num(height)}`,
      'shape-rendering': 'geometricPrecision',
      'text-rendering': 'geometricPrecision',
    },
    [
      '\n',
      textElement('title', {}, picture.title),
      '\n',
      background,
      graph,
      '\n',
      layer('legend', {}, picture.legend.map(markMarkup)),
      layer('caption', {}, picture.caption.map(markMarkup)),
    ],
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n${svg}\n`;
}
