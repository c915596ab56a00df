/** WCAG 2.1 contrast arithmetic over `#rrggbb` colours, for palettes, themes and computed fills. */

export type Rgb = readonly [number, number, number];

/** `#rgb` or `#rrggbb` to 0–255 channels; throws on anything else, since palettes are code. */
export function parseHex(hex: string): Rgb {
  const body = hex.replace(/^#/, '');
  const full = body.length === 3 ? [...body].map((c) => c + c).join('') : body;
  if (!/^[0-9a-f]{6}$/i.test(full)) throw new Error(`Colour: not a hex colour: ${hex}`);
  return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as unknown as Rgb;
}

export function toHex([r, g, b]: Rgb): string {
  return `#${[r, g, b].map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}

/** Relative luminance (WCAG 2.1, sRGB). */
export function luminance(hex: string): number {
  const [r, g, b] = parseHex(hex).map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as unknown as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Contrast ratio between two colours, from 1 (same) to 21 (black on white). */
export function contrastRatio(a: string, b: string): number {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (high + 0.05) / (low + 0.05);
}

/** `from` mixed towards `to` by `amount` (0 keeps `from`, 1 gives `to`), as opaque paint. */
export function mixHex(from: string, to: string, amount: number): string {
  const a = parseHex(from);
  const b = parseHex(to);
  return toHex([0, 1, 2].map((i) => a[i]! + (b[i]! - a[i]!) * amount) as unknown as Rgb);
}

/** Of the candidate text colours, the one that reads best on `background`. */
export function readableOn(background: string, candidates: readonly string[] = ['#111827', '#ffffff']): string {
  let best = candidates[0] ?? '#000000';
  for (const candidate of candidates) {
    if (contrastRatio(candidate, background) > contrastRatio(best, background)) best = candidate;
  }
  return best;
}

/** WCAG thresholds: text (AA, normal size) and graphical marks (non-text contrast). */
export const TEXT_CONTRAST = 4.5;
export const MARK_CONTRAST = 3;
