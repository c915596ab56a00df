import type { AnalysisResults } from '../analysis/types';
import type { Dataset } from '../model/types';
import { organisationColumns, tieColumns, type CellValue, type ExportColumn } from './columns';

type JsonValue = string | number | boolean | string[] | null;

/** One row as a JSON record; null prototype so that a column named `__proto__` stays a key. */
function toRecord<Row>(columns: ExportColumn<Row>[], row: Row): Record<string, JsonValue> {
  const record = Object.create(null) as Record<string, JsonValue>;
  for (const column of columns) {
    // The first column of a name wins, as the importer reads it; JSON keys cannot repeat.
    if (Object.hasOwn(record, column.header)) continue;
    const value: CellValue = column.read(row);
    record[column.header] =
      value === undefined || (typeof value === 'number' && !Number.isFinite(value)) ? null : value;
  }
  return record;
}

/**
 * Our own JSON, `{ name, organisations, ties }`, exactly what the importer reads (parseJson):
 * attributes and metrics are flattened into fields, every record has every key in the same order.
 */
export function clusnetJson(dataset: Dataset, analysis: AnalysisResults | null = null): string {
  const orgColumns = organisationColumns(dataset, analysis);
  const tieCols = tieColumns(dataset);
  return `${JSON.stringify(
    {
      name: dataset.name,
      organisations: dataset.organisations.map((org) => toRecord(orgColumns, org)),
      ties: dataset.ties.map((tie) => toRecord(tieCols, tie)),
    },
    null,
    2,
  )}\n`;
}
