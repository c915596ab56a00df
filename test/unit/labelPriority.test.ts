import { describe, expect, it } from 'vitest';
import { pickPriorityLabels, type LabelCandidate } from '../../src/appearance/labelPriority';

const candidate = (id: string, x: number, y: number, size: number, selected = false): LabelCandidate => ({
  id,
  x,
  y,
  size,
  label: 'Organisation',
  selected,
});
const viewport = { width: 1000, height: 700 };

describe('pickPriorityLabels', () => {
  it('labels the larger of two nodes whose labels would collide', () => {
    expect(
      pickPriorityLabels([candidate('small', 500, 300, 10), candidate('big', 505, 302, 40)], viewport, 16),
    ).toEqual(['big']);
  });
  it('labels both when their labels are far apart', () => {
    expect(
      pickPriorityLabels([candidate('a', 200, 200, 10), candidate('b', 700, 500, 10)], viewport, 16).sort(),
    ).toEqual(['a', 'b']);
  });
  it('always labels the selected node, first', () => {
    expect(
      pickPriorityLabels([candidate('big', 500, 300, 40), candidate('chosen', 505, 302, 5, true)], viewport, 16),
    ).toEqual(['chosen']);
  });
  it('leaves out labels that would fall off screen', () => {
    expect(pickPriorityLabels([candidate('edge', 5, 300, 40)], viewport, 16)).toEqual([]);
  });
  it('never exceeds its budget (one label per 36,000 px², at least 4)', () => {
    const grid = Array.from({ length: 400 }, (_, i) =>
      candidate(`n${i}`, 60 + (i % 20) * 150, 20 + Math.floor(i / 20) * 40, 10),
    );
    expect(pickPriorityLabels(grid, { width: 3000, height: 800 }, 16).length).toBeLessThanOrEqual((3000 * 800) / 36000);
    expect(pickPriorityLabels(grid, { width: 300, height: 200 }, 16).length).toBeLessThanOrEqual(4);
  });
});
