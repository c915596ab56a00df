/** Whole-network figures of one wave, over the organisations present in it (those with a tie). */
export interface WaveMeasures {
  organisations: number;
  /** Linked pairs (parallel ties count once). */
  ties: number;
  /** Linked pairs / possible pairs. */
  density: number;
  meanDegree: number;
  /** Freeman degree centralisation, 0 (everyone equal) to 1 (a star). */
  centralisation: number;
  /** Share of linked pairs between two different cities, among pairs whose two cities are known (null: none). */
  crossCityShare: number | null;
}

/**
 * Freeman (1979) degree centralisation: the sum of (max degree − degree) over organisations, over
 * the largest that sum can be, (n − 1)(n − 2), reached by a star. The same as networkx's
 * degree_centrality (degree / (n − 1)) summed as Σ(max − c) / (n − 2). Below 3 organisations, 0.
 */
export function freemanCentralisation(degrees: number[]): number {
  const n = degrees.length;
  if (n < 3) return 0;
  const max = Math.max(...degrees);
  const sum = degrees.reduce((total, degree) => total + (max - degree), 0);
  return sum / ((n - 1) * (n - 2));
}

/** Degree of each organisation from a list of linked pairs (each pair once). */
export function degreesOf(pairs: [string, string][]): Map<string, number> {
  const degrees = new Map<string, number>();
  for (const [a, b] of pairs) {
    degrees.set(a, (degrees.get(a) ?? 0) + 1);
    degrees.set(b, (degrees.get(b) ?? 0) + 1);
  }
  return degrees;
}

/** Density, mean degree, centralisation and cross-city share of a wave given as linked pairs. */
export function waveMeasures(pairs: [string, string][], cityOf: (id: string) => string): WaveMeasures {
  const degrees = degreesOf(pairs);
  const n = degrees.size;
  let known = 0;
  let cross = 0;
  for (const [a, b] of pairs) {
    const [cityA, cityB] = [cityOf(a), cityOf(b)];
    if (!cityA || !cityB) continue;
    known += 1;
    if (cityA !== cityB) cross += 1;
  }
  return {
    organisations: n,
    ties: pairs.length,
    density: n < 2 ? 0 : pairs.length / ((n * (n - 1)) / 2),
    meanDegree: n === 0 ? 0 : (2 * pairs.length) / n,
    centralisation: freemanCentralisation([...degrees.values()]),
    crossCityShare: known === 0 ? null : cross / known,
  };
}
