import { describe, expect, it } from 'vitest';
import { labelBudget, pickLabelled, wrappedLineWidths, type LabelCandidate } from '../../src/presentation/pickLabels';

const geometry = { fontSize: () => 10, maxWidth: 100 };
const node = (id: string, size: number, x: number, y: number, label = 'abcde'): LabelCandidate => ({
  id,
  size,
  x,
  y,
  label,
});
const everywhere = { x1: -1000, y1: -1000, x2: 1000, y2: 1000 };

describe('pickLabelled', () => {
  it('names the biggest first, up to the budget, ties broken by id', () => {
    const nodes = [node('c', 20, 0, 0), node('a', 40, 0, 200), node('b', 40, 0, 400), node('d', 10, 0, 600)];
    expect(pickLabelled(nodes, everywhere, 3, geometry)).toEqual(['a', 'b', 'c']);
  });

  it('leaves out nodes outside the view', () => {
    const nodes = [node('in', 20, 50, 10), node('out', 80, 500, 10)];
    expect(pickLabelled(nodes, { x1: 0, y1: 0, x2: 100, y2: 100 }, 10, geometry)).toEqual(['in']);
  });

  it('skips a label that would overlap a bigger one', () => {
    // Labels 5 chars × 10 × 0.62 = 31 wide, 12.5 high, under the node. 'near' sits 5 units below 'big'.
    const nodes = [node('big', 40, 0, 0), node('near', 30, 5, 5), node('far', 20, 300, 0)];
    expect(pickLabelled(nodes, everywhere, 10, geometry)).toEqual(['big', 'far']);
  });
});

describe('pickLabelled: long names, overlays and the edges of the view', () => {
  it('wraps a long name onto more lines, so it blocks below rather than beside', () => {
    // 'abcd efgh ijkl mnopq' at 6.2 per char: 'abcd efgh ijkl' (86.8) fits 100, ' mnopq' does not:
    // two lines, 86.8 wide, 25 high, from y = 20 (top = 0 + 40/2).
    const nodes = [node('long', 40, 0, 0, 'abcd efgh ijkl mnopq'), node('beside', 30, 80, 0), node('below', 30, 0, 20)];
    // 'beside' (label x 64.5–95.5) clears the box (x −43.4..43.4); 'below' (label from y 35) falls into its
    // second line (y 32.5–45), which a one-line box (y 20–32.5) would have missed.
    expect(pickLabelled(nodes, everywhere, 10, geometry)).toEqual(['long', 'beside']);
  });

  it('keeps labels out from under the overlays', () => {
    const legend = { x1: 100, y1: -50, x2: 300, y2: 50 };
    const nodes = [node('under-legend', 40, 150, 0), node('free', 20, -150, 0)];
    expect(pickLabelled(nodes, everywhere, 10, geometry, [legend])).toEqual(['free']);
  });

  it('names no node whose label would be cut by the edge of the view', () => {
    // Node at the right edge: its 31-wide label would reach x = 115 in a view ending at 100.
    const nodes = [node('edge', 40, 100, 0), node('middle', 20, 50, 0)];
    expect(pickLabelled(nodes, { x1: 0, y1: -100, x2: 100, y2: 100 }, 10, geometry)).toEqual(['middle']);
  });
});

describe('wrappedLineWidths', () => {
  // font 10 → 6.2 per character, lines of at most 100: 16 characters (99.2), not 17 (105.4).
  it.each([
    ['Philips', [43.4]],
    ['BioM Biotech Cluster Development', [74.4, 43.4, 68.2]], // 'BioM Biotech' 12, 'Cluster' 7, 'Development' 11
    ['Saxonia Cell Therapeutics GmbH', [74.4, 74.4, 24.8]], // 'Saxonia Cell' 12, 'Therapeutics GmbH' would be 17 > 16: 'Therapeutics' 12, 'GmbH' 4
    ['Supercalifragilisticexpialidocious', [210.8]], // one word longer than a line stays whole
    ['', [0]],
  ])('%j → %j', (label, widths) => {
    expect(wrappedLineWidths(label, 10, 100).map((width) => Math.round(width * 10) / 10)).toEqual(widths);
  });
});

describe('labelBudget', () => {
  it.each([
    [1920, 1080, 30],
    [1280, 720, 13],
    [100, 100, 5],
  ])('%i×%i → %i', (width, height, budget) => expect(labelBudget(width, height)).toBe(budget));
});
