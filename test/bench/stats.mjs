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

/** A value in the unit its measure's name gives: a ratio, frames per second, megabytes, else milliseconds. */
export function formatFor(measure) {
  const fixed = (digits, suffix) => (v) => (Number.isFinite(v) ? `${v.toFixed(digits)}${suffix}` : '–');
  if (measure.startsWith('ratio')) return fixed(2, '×');
  if (/\bfps\b|frames per second/.test(measure)) return fixed(1, ' fps');
  if (/\bMB\b/.test(measure)) return fixed(0, ' MB');
  if (measure === 'ties') return fixed(0, '');
  return formatMs;
}

/** Print a table of cases × measures: median (min–max). */
export function printTable(rows) {
  const lines = rows.map(({ case: name, measure, stats }) => {
    const format = formatFor(measure);
    return [name, measure, `${format(stats.median)} (${format(stats.min)}–${format(stats.max)}, n=${stats.runs})`];
  });
  const widths = [0, 1, 2].map((i) =>
    Math.max(...lines.map((line) => line[i].length), ['case', 'measure', 'median (min–max)'][i].length),
  );
  const format = (cells) => cells.map((cell, i) => cell.padEnd(widths[i])).join('  ');
  console.log(format(['case', 'measure', 'median (min–max)']));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const line of lines) console.log(format(line));
}
