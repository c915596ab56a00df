import type { WaveParams } from './story/waves';

/** What the user can tune in the analysis; results are cached per data set and per these. */
export interface AnalysisParams {
  /** Louvain resolution: above 1 gives more, smaller communities; below 1 fewer, larger ones. */
  resolution: number;
  /** Betweenness along the strongest ties (distance = 1 / weight) instead of the fewest steps. */
  weightedBetweenness: boolean;
  /** Grouping for group statistics, the matrix, brokerage roles and growth: 'city', 'role', 'community'... */
  groupBy: string;
  /** The two waves the Compare view sets side by side (absent: the first year present against the last). */
  waves?: WaveParams;
  /** The grouping whose governance (partnership or membership) is read; absent: clusters when the data names them. */
  governanceBy?: string;
}

export const DEFAULT_ANALYSIS_PARAMS: AnalysisParams = { resolution: 1, weightedBetweenness: false, groupBy: 'city' };

/** Above this many organisations, path-based measures use sampled sources (see `notes`). */
export const EXACT_PATHS_LIMIT = 3000;
/** Sources sampled for path-based measures above the limit. */
export const SAMPLED_SOURCES = 600;
/** Seed of every random choice (Louvain, sampling): same data, same answer. */
export const ANALYSIS_SEED = 7;

/** Cache key of the graph-structure part (does not depend on roles or grouping). */
export const structureKey = (params: AnalysisParams): string =>
  `r=${params.resolution};w=${params.weightedBetweenness}`;
