import { idRecord, ownValue } from '../model/idRecord';
import { createAttributes, type Dataset, type Organisation, type Tie } from '../model/types';
import type { AnalysisResults, MetricValue } from './types';

/**
 * Compact forms for crossing the worker boundary. Structured cloning 100,000 tie objects took
 * ~0.4 s and 20,000 × 20 metric values ~1.2 s of main-thread time; typed arrays are transferred
 * for free. Only what the analysis reads is sent: organisations whole, ties as columns.
 */
export interface CompactDataset {
  id: string;
  organisations: Organisation[];
  schema: Dataset['schema'];
  /** Index into `organisations` of each tie's ends. */
  sources: Int32Array;
  targets: Int32Array;
  weights: Float64Array;
  /** NaN when the tie has no year. */
  years: Float64Array;
  directed: Uint8Array;
}

/** Ties whose ends are unknown are left out here, as buildGraph leaves them out. */
export function compactDataset(dataset: Dataset): CompactDataset {
  const index = new Map<string, number>();
  dataset.organisations.forEach((organisation, i) => {
    if (!index.has(organisation.id)) index.set(organisation.id, i);
  });
  const ties = dataset.ties.filter((tie) => index.has(tie.source) && index.has(tie.target));
  return {
    id: dataset.id,
    organisations: dataset.organisations,
    schema: dataset.schema,
    sources: Int32Array.from(ties, (tie) => index.get(tie.source)!),
    targets: Int32Array.from(ties, (tie) => index.get(tie.target)!),
    weights: Float64Array.from(ties, (tie) => tie.weight),
    years: Float64Array.from(ties, (tie) => tie.year ?? Number.NaN),
    directed: Uint8Array.from(ties, (tie) => (tie.directed ? 1 : 0)),
  };
}

/** The data set again, with ties rebuilt from the columns (ids and attributes are not needed by the analysis). */
export function expandDataset(compact: CompactDataset): Dataset {
  const ties: Tie[] = Array.from(compact.sources, (source, i) => {
    const year = compact.years[i]!;
    return {
      id: String(i),
      source: compact.organisations[source]!.id,
      target: compact.organisations[compact.targets[i]!]!.id,
      weight: compact.weights[i]!,
      directed: compact.directed[i] === 1,
      attributes: createAttributes(),
      ...(Number.isNaN(year) ? {} : { year }),
    };
  });
  return {
    id: compact.id,
    name: compact.id,
    files: [],
    organisations: compact.organisations,
    ties,
    schema: compact.schema,
  };
}

export const compactBuffers = (compact: CompactDataset): ArrayBuffer[] =>
  [compact.sources, compact.targets, compact.weights, compact.years, compact.directed].map(
    (array) => array.buffer as ArrayBuffer,
  );

/** Per-metric columns over one id list: numbers as Float64Array (NaN = missing), categories as arrays. */
export interface CompactMetrics {
  ids: string[];
  columns: [string, Float64Array | (string | null)[]][];
}

export function compactMetrics(
  nodeMetrics: AnalysisResults['nodeMetrics'],
  ids: string[],
  kinds: Map<string, 'number' | 'category'>,
): CompactMetrics {
  const columns = Object.entries(nodeMetrics).map(([metric, values]): CompactMetrics['columns'][number] =>
    kinds.get(metric) === 'category'
      ? [
          metric,
          ids.map((id) => {
            const value = ownValue(values, id);
            return value === undefined ? null : String(value);
          }),
        ]
      : [
          metric,
          Float64Array.from(ids, (id) => {
            const value = ownValue(values, id);
            return typeof value === 'number' ? value : Number.NaN;
          }),
        ],
  );
  return { ids, columns };
}

export function expandMetrics({ ids, columns }: CompactMetrics): AnalysisResults['nodeMetrics'] {
  const nodeMetrics: AnalysisResults['nodeMetrics'] = idRecord();
  for (const [metric, column] of columns) {
    const values = idRecord<MetricValue>();
    for (let i = 0; i < ids.length; i++) {
      const value = column[i];
      if (value !== null && value !== undefined && !(typeof value === 'number' && Number.isNaN(value)))
        values[ids[i]!] = value;
    }
    nodeMetrics[metric] = values;
  }
  return nodeMetrics;
}

export const metricBuffers = (compact: CompactMetrics): ArrayBuffer[] =>
  compact.columns.flatMap(([, column]) => (column instanceof Float64Array ? [column.buffer as ArrayBuffer] : []));

/** Anything carrying per-organisation metrics (results, structure results), with them compacted. */
export type Packed<T extends { nodeMetrics: AnalysisResults['nodeMetrics'] }> = Omit<T, 'nodeMetrics'> & {
  packedMetrics: CompactMetrics;
};

export function pack<T extends { nodeMetrics: AnalysisResults['nodeMetrics'] }>(
  value: T,
  ids: string[],
  kinds: Map<string, 'number' | 'category'>,
): Packed<T> {
  const { nodeMetrics, ...rest } = value;
  return { ...rest, packedMetrics: compactMetrics(nodeMetrics, ids, kinds) };
}

export function unpack<T extends { nodeMetrics: AnalysisResults['nodeMetrics'] }>(packed: Packed<T>): T {
  const { packedMetrics, ...rest } = packed;
  return { ...rest, nodeMetrics: expandMetrics(packedMetrics) } as unknown as T;
}
