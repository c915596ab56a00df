import type { ImportResult } from '../model/types';
import { decodeBytes } from './decodeBytes';
import { ImportError } from './ImportError';
import { isTieTable } from './columns';
import { parseCsv } from './parseCsv';
import { restoreNeutralisedCells } from './restoreNeutralisedCells';
import { parseJson } from './parseJson';
import { toDataset, type SourceTable } from './toDataset';

/** A file handed to the importer: its name and its bytes. */
export interface SourceFile {
  name: string;
  bytes: Uint8Array;
}

export interface ImportOptions {
  /** Name shown in the header; defaults to the file names. */
  name?: string;
  illustrative?: boolean;
  onProgress?: (fraction: number) => void;
}

/** Bytes to dataset: decode, recognise the format from the content, parse, and pass the gate. */
export function importSources(files: SourceFile[], options: ImportOptions = {}): ImportResult {
  if (files.length === 0) throw new ImportError('No file was given.');
  const tables: SourceTable[] = [];
  const fileReports: { name: string; encoding?: string; rows: number; format: string }[] = [];
  let jsonName: string | undefined;
  files.forEach((file, index) => {
    if (file.bytes.length === 0) throw new ImportError(`${file.name}: the file is empty.`);
    const { text, encoding } = decodeBytes(file.bytes);
    if (text.includes('\u0000')) throw new ImportError(`${file.name}: this looks like binary data, not a CSV or JSON file.`);
    const trimmed = text.trimStart();
    if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
      const json = parseJson(file.name, text);
      jsonName ??= json.name;
      if (json.organisations) tables.push({ file: file.name, role: 'organisations', table: json.organisations });
      if (json.ties) tables.push({ file: file.name, role: 'ties', table: json.ties });
      fileReports.push({ name: file.name, encoding, rows: (json.organisations?.rows.length ?? 0) + (json.ties?.rows.length ?? 0), format: 'Clusnet JSON' });
    } else {
      const table = restoreNeutralisedCells(parseCsv(text));
      if (table.header.length === 0) throw new ImportError(`${file.name}: the file is empty.`);
      if (table.rows.length === 0) throw new ImportError(`${file.name}: the file has a header row but no data rows.`);
      const role = isTieTable(table.header) ? 'ties' : 'organisations';
      tables.push({ file: file.name, role, table });
      fileReports.push({ name: file.name, encoding, rows: table.rows.length, format: `CSV (${role})` });
    }
    options.onProgress?.((index + 1) / files.length);
  });
  const names = files.map((file) => file.name);
  return toDataset(tables, {
    name: options.name ?? jsonName ?? names.join(' + '),
    files: names,
    ...(options.illustrative ? { illustrative: true } : {}),
    report: fileReports,
  });
}
