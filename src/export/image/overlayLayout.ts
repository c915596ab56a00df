/**
 * Where the legend and the caption go on an exported image, as plain marks that both the PNG
 * (canvas) and the SVG writer draw, so the two exports look the same.
 */
export type Mark =
  | {
      kind: 'rect';
      x: number;
      y: number;
      width: number;
      height: number;
      fill: string;
      stroke: string;
      strokeWidth: number;
      radius: number;
    }
  | { kind: 'circle'; cx: number; cy: number; r: number; fill: string; stroke: string; strokeWidth: number }
  | { kind: 'text'; x: number; y: number; text: string; size: number; weight: 400 | 700; fill: string };

export interface OverlayInput {
  width: number;
  height: number;
  legend: { label: string; colour: string }[] | null;
  caption: { title: string; text: string } | null;
  colours: { paper: string; ink: string; line: string };
}

export const OVERLAY_FONT = 'Inter, "Segoe UI", system-ui, sans-serif';
/** Average glyph width as a fraction of the font size (no text measuring outside a canvas). */
const GLYPH = 0.58;

/** Type scale: 1 for a 1280-pixel-wide image, growing with the image so a 4× export reads the same. */
export const unitFor = (width: number, height: number): number =>
  Math.max(1, Math.max(width, (height * 16) / 9) / 1280);

/** Break text into lines of at most `maxChars` characters, at spaces where possible. */
export function wrapText(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (candidate.length <= maxChars || !line) line = candidate;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines.flatMap((long) =>
    long.length > maxChars ? (long.match(new RegExp(`.{1,${maxChars}}`, 'g')) ?? []) : [long],
  );
}

function legendMarks({ width, legend, colours }: OverlayInput, u: number): Mark[] {
  if (!legend || legend.length === 0) return [];
  const size = 16 * u;
  const row = size * 1.5;
  const pad = 12 * u;
  const boxWidth = pad * 2 + size * 1.6 + Math.max(...legend.map((item) => item.label.length)) * size * GLYPH;
  const x = width - boxWidth - 16 * u;
  const y = 16 * u;
  const marks: Mark[] = [
    {
      kind: 'rect',
      x,
      y,
      width: boxWidth,
      height: pad * 2 + row * legend.length,
      fill: colours.paper,
      stroke: colours.line,
      strokeWidth: 1.5 * u,
      radius: 8 * u,
    },
  ];
  legend.forEach((item, index) => {
    const middle = y + pad + row * index + row / 2;
    marks.push({
      kind: 'circle',
      cx: x + pad + size / 2,
      cy: middle,
      r: size * 0.45,
      fill: item.colour,
      stroke: colours.ink,
      strokeWidth: 1.2 * u,
    });
    marks.push({
      kind: 'text',
      x: x + pad + size * 1.6,
      y: middle + size * 0.35,
      text: item.label,
      size,
      weight: 400,
      fill: colours.ink,
    });
  });
  return marks;
}

function captionMarks({ width, height, caption, colours }: OverlayInput, u: number): Mark[] {
  if (!caption || (!caption.title && !caption.text)) return [];
  const titleSize = 34 * u;
  const textSize = 20 * u;
  const pad = 16 * u;
  const maxWidth = width * 0.6;
  const titleLines = wrapText(caption.title, Math.max(8, Math.floor(maxWidth / (titleSize * GLYPH))));
  const textLines = wrapText(caption.text, Math.max(8, Math.floor(maxWidth / (textSize * GLYPH))));
  const lines = [
    ...titleLines.map((text) => ({ text, size: titleSize, weight: 700 as const })),
    ...textLines.map((text) => ({ text, size: textSize, weight: 400 as const })),
  ];
  const boxHeight = pad * 2 + lines.reduce((sum, line) => sum + line.size * 1.25, 0);
  const boxWidth = pad * 2 + Math.max(...lines.map((line) => line.text.length * line.size * GLYPH));
  const x = 16 * u;
  const y = height - boxHeight - 16 * u;
  const marks: Mark[] = [
    {
      kind: 'rect',
      x,
      y,
      width: Math.min(boxWidth, width - 32 * u),
      height: boxHeight,
      fill: colours.paper,
      stroke: colours.line,
      strokeWidth: 1.5 * u,
      radius: 8 * u,
    },
  ];
  let baseline = y + pad;
  for (const line of lines) {
    baseline += line.size * 1.25;
    marks.push({
      kind: 'text',
      x: x + pad,
      y: baseline - line.size * 0.3,
      text: line.text,
      size: line.size,
      weight: line.weight,
      fill: colours.ink,
    });
  }
  return marks;
}

/** The marks of the legend (top right) and the caption (bottom left) for an image of this size. */
export function overlayMarks(input: OverlayInput): Mark[] {
  const u = unitFor(input.width, input.height);
  return [...legendMarks(input, u), ...captionMarks(input, u)];
}
