import { describe, expect, it } from 'vitest';
import { csvCell, metricsCsv } from '../../../src/export/metricsCsv';
import type { AnalysisResults } from '../../../src/analysis/types';
import { formatMetric, queryMetricRows, DEFAULT_METRIC_QUERY, type MetricRow } from '../../../src/analysis/metricRows';

describe('csvCell', () => {
  it.each([
    ['plain', 'plain'],
    ['=SUM(A1)', `"'=SUM(A1)"`],
    ['+33 1', `"'+33 1"`],
    ['-x', `"'-x"`],
    ['@cmd', `"'@cmd"`],
    ['\tx', `"'\tx"`],
    ['\rx', '"\'\rx"'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
  ])('%j -> %j', (input, expected) => expect(csvCell(input)).toBe(expected));
  it('writes numbers as numbers and missing values empty', () => {
    expect(csvCell(-0.5)).toBe('-0.5');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(Number.NaN)).toBe('');
  });
});

const row = (id: string, role: MetricRow['role'] = 'business'): MetricRow => ({
  id,
  name: id.toUpperCase(),
  role,
  city: 'Lyon',
});
const analysisOf = (degree: Record<string, number>): AnalysisResults => ({
  datasetId: 't',
  notes: [],
  metrics: [{ id: 'degree', label: 'Degree', description: '', kind: 'number' }],
  nodeMetrics: { degree },
});

describe('metrics table rows', () => {
  it('sorts missing values last in both directions', () => {
    const rows = [row('a'), row('b'), row('c')];
    const analysis = analysisOf({ a: 1, c: 3 });
    expect(queryMetricRows(rows, DEFAULT_METRIC_QUERY, analysis).map((r) => r.id)).toEqual(['c', 'a', 'b']);
    expect(
      queryMetricRows(rows, { ...DEFAULT_METRIC_QUERY, direction: 'ascending' }, analysis).map((r) => r.id),
    ).toEqual(['a', 'c', 'b']);
  });
  it('exports a header and one neutralised line per row', () => {
    const csv = metricsCsv([{ ...row('a'), name: '=evil' }], analysisOf({ a: 2 }));
    expect(csv).toBe('id,name,role,city,degree\r\na,"\'=evil",Business,Lyon,2\r\n');
  });
  it.each([
    [undefined, '—'],
    [12, '12'],
    [12345, '12,345'],
    [0.123456, '0.1235'],
    ['3', '3'],
  ])('formats %j as %j', (value, expected) => expect(formatMetric(value)).toBe(expected));
});
