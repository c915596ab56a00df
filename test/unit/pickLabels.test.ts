import { describe, expect, it } from 'vitest';
import { labelBudget, pickLabelled, type LabelCandidate } from '../../src/presentation/pickLabels';

const geometry = { fontSize: () => 10, maxWidth: 100 };
const node = (id: string, size: number, x: number, y: number, chars = 5): LabelCandidate => ({ id, size, x, y, chars });
const everywhere = { x1: -1000, y1: -1000, x2: 1000, y2: 1000 };

describe('pickLabelled', () => {
  it('names the biggest first, up to the budget, ties broken by id', () => {
    const nodes = [node('c', 20, 0, 0), node('a', 40, 0, 200), node('b', 40, 0, 400), node('d', 10, 0, 600)];
    expect(pickLabelled(nodes, everywhere, 3, geometry)).toEqual(['a', 'b', 'c']);
  });

  it('leaves out nodes outside the view', () => {
    const nodes = [node('in', 20, 10, 10), node('out', 80, 500, 10)];
    expect(pickLabelled(nodes, { x1: 0, y1: 0, x2: 100, y2: 100 }, 10, geometry)).toEqual(['in']);
  });

  it('skips a label that would overlap a bigger one', () => {
    // Labels 5 chars × 10 × 0.62 = 31 wide, 12.5 high, under the node. 'near' sits 5 units below 'big'.
    const nodes = [node('big', 40, 0, 0), node('near', 30, 5, 5), node('far', 20, 300, 0)];
    expect(pickLabelled(nodes, everywhere, 10, geometry)).toEqual(['big', 'far']);
  });
});

describe('labelBudget', () => {
  it.each([
    [1920, 1080, 30],
    [1280, 720, 13],
    [100, 100, 5],
  ])('%i×%i → %i', (width, height, budget) => expect(labelBudget(width, height)).toBe(budget));
});
