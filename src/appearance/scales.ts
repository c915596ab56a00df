/**
 * Numeric scales for colour and size. Viridis is perceptually uniform and readable by people with
 * the common colour-vision deficiencies (and in greyscale), so it is the one sequential scale.
 */
import { interpolateViridis } from 'd3-scale-chromatic';

/** Viridis (matplotlib's, from d3-scale-chromatic) at t in [0, 1]; t is clamped, NaN counts as 0. */
export function viridis(t: number): string {
  return interpolateViridis(Math.min(1, Math.max(0, Number.isFinite(t) ? t : 0)));
}

/** Viridis at nine even stops, from low to high: the legend's gradient. */
export const VIRIDIS: readonly string[] = Array.from({ length: 9 }, (_, index) => viridis(index / 8));

/** Colour for organisations with no value for the metric: light grey, clearly "not on the scale". */
export const NO_VALUE_COLOUR = '#d1d5db';

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
