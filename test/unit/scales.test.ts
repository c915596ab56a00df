import { describe, expect, it } from 'vitest';
import {
  extent,
  MAX_NODE_SIZE,
  MIN_NODE_SIZE,
  normalise,
  sizeFor,
  viridis,
  VIRIDIS,
} from '../../src/appearance/scales';
import { CATEGORICAL_PALETTE, ROLE_COLOURS, TIE_PALETTE } from '../../src/appearance/palettes';

describe('viridis', () => {
  // Expected values: matplotlib's viridis colour map at these positions (its 256-entry table, as d3 ships it).
  it.each([
    [0, '#440154'],
    [0.125, '#472d7b'],
    [0.25, '#3b528b'],
    [0.5, '#21918c'],
    [1, '#fde725'],
    [-3, '#440154'],
    [7, '#fde725'],
    [Number.NaN, '#440154'],
  ])('at %d is %s', (t, expected) => expect(viridis(t)).toBe(expected));

  it('gives the legend nine stops from dark purple to yellow', () => {
    expect(VIRIDIS).toHaveLength(9);
    expect([VIRIDIS[0], VIRIDIS[4], VIRIDIS[8]]).toEqual(['#440154', '#21918c', '#fde725']);
  });
});

describe('extent and normalise', () => {
  it('ignores missing and non-finite values', () => {
    expect(extent([3, null, -2, Number.NaN, 10])).toEqual({ min: -2, max: 10 });
    expect(extent([null, null])).toBeNull();
    expect(extent([])).toBeNull();
  });
  it.each([
    [5, { min: 0, max: 10 }, 0.5],
    [0, { min: 0, max: 10 }, 0],
    [7, { min: 7, max: 7 }, 0.5],
  ])('normalise(%d, %j) = %d', (value, range, expected) => {
    expect(normalise(value, range)).toBe(expected);
  });
});

describe('sizeFor', () => {
  it.each([
    [0, { min: 0, max: 4 }, MIN_NODE_SIZE],
    [4, { min: 0, max: 4 }, MAX_NODE_SIZE],
    // area grows linearly: a quarter of the range is half the extra diameter
    [1, { min: 0, max: 4 }, MIN_NODE_SIZE + (MAX_NODE_SIZE - MIN_NODE_SIZE) / 2],
    [null, { min: 0, max: 4 }, MIN_NODE_SIZE],
  ])('sizeFor(%s) = %d', (value, range, expected) => {
    expect(sizeFor(value, range)).toBeCloseTo(expected);
  });
});

describe('palettes', () => {
  const hex = /^#[0-9a-f]{6}$/i;
  it.each([
    ['role', Object.values(ROLE_COLOURS)],
    ['categorical', CATEGORICAL_PALETTE],
    ['tie', TIE_PALETTE],
  ])('the %s palette has distinct valid colours', (_name, colours) => {
    expect(colours.every((colour) => hex.test(colour))).toBe(true);
    expect(new Set(colours.map((colour) => colour.toLowerCase())).size).toBe(colours.length);
  });
  it('starts with the eight Okabe–Ito colours', () => {
    expect(CATEGORICAL_PALETTE.slice(0, 8)).toEqual([
      '#0072B2',
      '#E69F00',
      '#009E73',
      '#D55E00',
      '#CC79A7',
      '#56B4E9',
      '#F0E442',
      '#000000',
    ]);
  });
});
