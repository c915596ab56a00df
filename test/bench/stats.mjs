// Median and spread of repeated measurements: single timings on a shared 2-core machine lie.
export function summarise(values) {
  const sorted = [...values].filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return { median: NaN, min: NaN, max: NaN, runs: 0 };
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  return { median, min: sorted[0], max: sorted[sorted.length - 1], runs: sorted.length };
}

export const formatMs = (ms) =>
  Number.isFinite(ms) ? (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`) : '–';

/** Print a table of cases × measures: median (min–max). */
export function printTable(rows) {
  const lines = rows.map(({ case: name, measure, stats }) => [
    name,
    measure,
    `${formatMs(stats.median)} (${formatMs(stats.min)}–${formatMs(stats.max)}, n=${stats.runs})`,
  ]);
  const widths = [0, 1, 2].map((i) =>
    Math.max(...lines.map((line) => line[i].length), ['case', 'measure', 'median (min–max)'][i].length),
  );
  const format = (cells) => cells.map((cell, i) => cell.padEnd(widths[i])).join('  ');
  console.log(format(['case', 'measure', 'median (min–max)']));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const line of lines) console.log(format(line));
}
