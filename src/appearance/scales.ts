/**
 * Numeric scales for colour and size. Viridis is perceptually uniform and readable by people with
 * the common colour-vision deficiencies (and in greyscale), so it is the one sequential scale.
 */

/** Viridis (matplotlib) sampled at nine even stops, from low to high. */
export const VIRIDIS = [
  '#440154',
  '#472d7b',
  '#3b528b',
  '#2c728e',
  '#21918c',
  '#28ae80',
  '#5ec962',
  '#addc30',
  '#fde725',
];

/** Colour for organisations with no value for the metric: light grey, clearly "not on the scale". */
export const NO_VALUE_COLOUR = '#d1d5db';

const toRgb = (hex: string): [number, number, number] =>
  [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
const toHex = (rgb: number[]): string => `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;

/** Colour at t in [0, 1] along a list of stops, linearly interpolated in RGB; t is clamped. */
export function interpolateStops(stops: readonly string[], t: number): string {
  const clamped = Math.min(1, Math.max(0, Number.isFinite(t) ? t : 0));
  const position = clamped * (stops.length - 1);
  const index = Math.min(stops.length - 2, Math.floor(position));
  const [from, to] = [toRgb(stops[index] ?? '#000000'), toRgb(stops[index + 1] ?? '#000000')];
  const f = position - index;
  return toHex(from.map((c, i) => c + ((to[i] ?? 0) - c) * f));
}

/** Minimum and maximum of the finite values, or null when there are none. */
export function extent(values: Iterable<number | null>): { min: number; max: number } | null {
  let min = Infinity;
  let max = -Infinity;
  for (const value of values) {
    if (value === null || !Number.isFinite(value)) continue;
    if (value < min) min = value;
    if (value > max) max = value;
  }
  return min <= max ? { min, max } : null;
}

/** Position of a value between min and max, 0..1 (0.5 when every value is the same). */
export function normalise(value: number, { min, max }: { min: number; max: number }): number {
  return max === min ? 0.5 : (value - min) / (max - min);
}

export const MIN_NODE_SIZE = 18;
export const MAX_NODE_SIZE = 72;
export const UNIFORM_NODE_SIZE = 30;

/** Node diameter for a value: area grows linearly with the value, so big hubs do not swamp the view. */
export function sizeFor(value: number | null, range: { min: number; max: number } | null): number {
  if (value === null || range === null) return MIN_NODE_SIZE;
  const t = range.max === range.min ? 0.5 : (value - range.min) / (range.max - range.min);
  return MIN_NODE_SIZE + (MAX_NODE_SIZE - MIN_NODE_SIZE) * Math.sqrt(Math.max(0, t));
}
