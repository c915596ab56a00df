import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';
import type { ImageRegion } from './imageRegion';
import type { Mark } from './overlayLayout';
import type { SvgLabel, SvgNode, SvgPicture, SvgTie } from './svgDocument';

/** Width of a text at a font, in the font's units; estimated where no canvas can measure. */
export type Measure = (text: string, font: string) => number;

const GLYPH = 0.58;
const estimate: Measure = (text, font) => text.length * GLYPH * (Number.parseFloat(font.split(' ')[1] ?? '') || 13);

/** A canvas's text measure in a browser, else an estimate from the average glyph width. */
export function browserMeasure(): Measure {
  const context = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  if (!context) return estimate;
  return (text, font) => {
    context.font = font;
    return context.measureText(text).width;
  };
}

const px = (value: unknown, fallback = 0): number => {
  const parsed = Number.parseFloat(String(value));
  return Number.isFinite(parsed) ? parsed : fallback;
};

/** Cut a label to a width as Cytoscape's `text-wrap: ellipsis` does. */
function ellipsis(text: string, maxWidth: number, font: string, measure: Measure): string {
  if (measure(text, font) <= maxWidth) return text;
  let kept = text;
  while (kept.length > 0 && measure(`${kept}…`, font) > maxWidth) kept = kept.slice(0, -1);
  return `${kept.trimEnd()}…`;
}

/** Break a label into lines of a width as `text-wrap: wrap` does (at spaces; explicit line breaks kept). */
function wrap(text: string, maxWidth: number, font: string, measure: Measure): string[] {
  return text.split('\n').flatMap((paragraph) => {
    const lines: string[] = [];
    let line = '';
    for (const word of paragraph.split(' ')) {
      const candidate = line ? `${line} ${word}` : word;
      if (line && measure(candidate, font) > maxWidth) {
        lines.push(line);
        line = word;
      } else line = candidate;
    }
    return [...lines, line];
  });
}

function labelOf(node: NodeSingular, measure: Measure): SvgLabel | null {
  const text = String(node.style('label') ?? '');
  if (text.trim() === '') return null;
  const size = px(node.style('font-size'), 13);
  const weight = String(node.style('font-weight') ?? 'normal');
  const family = String(node.style('font-family') ?? 'sans-serif');
  const font = `${weight} ${size}px ${family}`;
  const maxWidth = px(node.style('text-max-width'), Infinity);
  const mode = String(node.style('text-wrap'));
  const lines =
    mode === 'ellipsis'
      ? [ellipsis(text.replace(/\n/g, ' '), maxWidth, font, measure)]
      : mode === 'wrap'
        ? wrap(text, maxWidth, font, measure)
        : text.split('\n');
  const { x, y } = node.position();
  const margin = px(node.style('text-margin-y'));
  const valign = String(node.style('text-valign'));
  const half = node.height() / 2;
  const block = size * 1.2 * (lines.length - 1);
  // First baseline: below the node, centred on it, or above it (ascent taken as 0.8 em).
  const first =
    valign === 'bottom'
      ? y + half + margin + size * 0.8
      : valign === 'top'
        ? y - half + margin - size * 0.2 - block
        : y + size * 0.35 - block / 2;
  const outlineWidth = px(node.style('text-outline-width'));
  return {
    lines,
    x: x + px(node.style('text-margin-x')),
    y: first,
    size,
    weight,
    family,
    fill: String(node.style('color')),
    outline: outlineWidth > 0 ? String(node.style('text-outline-color')) : null,
    outlineWidth,
    opacity: node.effectiveOpacity() * px(node.style('text-opacity'), 1),
  };
}

function nodeOf(node: NodeSingular): SvgNode {
  const { x, y } = node.position();
  return {
    x,
    y,
    width: node.width(),
    height: node.height(),
    shape: String(node.style('shape')),
    fill: String(node.style('background-color')),
    stroke: String(node.style('border-color')),
    strokeWidth: px(node.style('border-width')),
    opacity: node.effectiveOpacity() * px(node.style('background-opacity'), 1),
  };
}

export interface PictureInput {
  region: ImageRegion;
  background: string | null;
  title: string;
  legend: Mark[];
  caption: Mark[];
  measure?: Measure;
}

/**
 * What the canvas shows, read from cy (positions and the styles the controllers set: colours, sizes,
 * shapes, fading, hidden elements, which labels show), as an SvgPicture. Elements wholly outside
 * the region are left out. Ties, then nodes in their drawing order (z-index), then labels.
 */
export function pictureOf(cy: Core, input: PictureInput): SvgPicture {
  const { region } = input;
  const measure = input.measure ?? browserMeasure();
  const x2 = region.x1 + region.width / region.pixelsPerUnit;
  const y2 = region.y1 + region.height / region.pixelsPerUnit;
  const inRegion = (box: { x1: number; y1: number; x2: number; y2: number }) =>
    box.x2 >= region.x1 && box.x1 <= x2 && box.y2 >= region.y1 && box.y1 <= y2;
  const nodes = (cy.nodes(':visible').toArray() as NodeSingular[])
    .filter((node) => inRegion(node.boundingBox({ includeLabels: false })))
    .sort((a, b) => px(a.style('z-index')) - px(b.style('z-index')));
  const ties: SvgTie[] = (cy.edges(':visible').toArray() as EdgeSingular[])
    .filter((edge) => inRegion(edge.boundingBox({})))
    .map((edge) => {
      const [from, to] = [edge.source().position(), edge.target().position()];
      return {
        x1: from.x,
        y1: from.y,
        x2: to.x,
        y2: to.y,
        colour: String(edge.style('line-color')),
        width: px(edge.style('width'), 1),
        opacity: edge.effectiveOpacity() * px(edge.style('line-opacity'), 1),
      };
    });
  return {
    width: region.width,
    height: region.height,
    region: { x1: region.x1, y1: region.y1, pixelsPerUnit: region.pixelsPerUnit },
    background: input.background,
    title: input.title,
    ties,
    nodes: nodes.map(nodeOf),
    labels: nodes.map((node) => labelOf(node, measure)).filter((label): label is SvgLabel => label !== null),
    legend: input.legend,
    caption: input.caption,
  };
}
