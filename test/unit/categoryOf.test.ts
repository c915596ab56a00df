import { describe, expect, it } from 'vitest';
import { categoryOf } from '../../src/domain/categoryOf';
import { createAttributes } from '../../src/model/types';
import type { AnalysisResults } from '../../src/analysis/types';

const node = {
  role: 'knowledge' as const,
  organisation: {
    id: 'u',
    name: 'Uni',
    type: 'University',
    city: 'Lyon',
    attributes: createAttributes([
      ['tags', ['a', 'b']],
      ['size', 12],
      ['empty', null],
    ]),
  },
};
const analysis: AnalysisResults = { datasetId: 'd', metrics: [], nodeMetrics: { community: { u: 3 } }, notes: [] };

describe('categoryOf', () => {
  it.each([
    ['role', 'knowledge'],
    ['city', 'Lyon'],
    ['sector', ''],
    ['tags', 'a | b'],
    ['size', '12'],
    ['empty', ''],
    ['missing', ''],
    ['community', '3'],
  ])('%s -> %s', (field, expected) => {
    expect(categoryOf(node, field, analysis)).toBe(expected);
  });
});
