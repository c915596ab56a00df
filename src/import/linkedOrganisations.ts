import type { Organisation, ReportEntry } from '../model/types';
import { createAttributes } from '../model/types';
import { foldText } from '../model/roles';
import type { RawTable } from './parseCsv';
import type { ColumnField } from './columns';
import type { RawTie } from './toTies';
import type { MergedOrganisation } from './nearDuplicates';
import { rowNumber } from './tableColumns';

export type ListSeparator = ';' | '|' | ',';

/** One column that lists, per row, the organisations the row's organisation is linked to. */
export interface LinkedList {
  file: string;
  column: string;
  separator: ListSeparator;
  entries: { row: number; owner: string; names: string[] }[];
}

/**
 * The separator of a list column: `;` or `|` when any cell holds one, else `,` (a comma alone
 * also sits inside names such as "University of California, Berkeley", so it comes last).
 */
export function detectListSeparator(cells: readonly string[]): ListSeparator {
  for (const separator of [';', '|'] as const) if (cells.some((cell) => cell.includes(separator))) return separator;
  return ',';
}

/** The names a list cell holds, trimmed, without empty or repeated ones. */
export function splitList(cell: string, separator: ListSeparator): string[] {
  const names = cell
    .split(separator)
    .map((name) => name.trim())
    .filter((name) => name !== '');
  return [...new Set(names)];
}

/** The list columns of a table, read against the organisations its rows made. */
export function readLinkedLists(
  file: string,
  table: RawTable,
  fields: readonly (ColumnField | null)[],
  organisations: readonly Organisation[],
  rows: readonly number[],
): LinkedList[] {
  const lists: LinkedList[] = [];
  fields.forEach((field, column) => {
    if (field !== 'linked') return;
    const cellOf = (row: number) => table.rows[row - rowNumber(table, 0)]?.[column] ?? '';
    const separator = detectListSeparator(rows.slice(0, 5000).map(cellOf));
    const entries = organisations.map((organisation, index) => ({
      row: rows[index] ?? 0,
      owner: organisation.id,
      names: splitList(cellOf(rows[index] ?? 0), separator),
    }));
    lists.push({ file, column: table.header[column] ?? 'linked', separator, entries });
  });
  return lists;
}

export interface LinkedResult {
  added: MergedOrganisation[];
  ties: RawTie[];
  entries: ReportEntry[];
}

/**
 * Each listed name becomes a tie from the row's organisation; a name that matches no organisation
 * (by id, then by name, then by short name, case and accents ignored) becomes an organisation of its own.
 */
export function linkListed(
  described: readonly MergedOrganisation[],
  lists: readonly LinkedList[],
  shortNameKeys: readonly string[] = [],
): LinkedResult {
  const byId = new Map<string, string>();
  const byFolded = new Map<string, string>();
  for (const { organisation } of described) byId.set(organisation.id, organisation.id);
  for (const { organisation } of described)
    if (!byFolded.has(foldText(organisation.id))) byFolded.set(foldText(organisation.id), organisation.id);
  for (const { organisation } of described) byFolded.set(foldText(organisation.name), organisation.id);
  // A register lists its parents by acronym ("CNRS") as often as by name.
  for (const { organisation } of described)
    for (const key of shortNameKeys) {
      const short = organisation.attributes[key];
      if (typeof short === 'string' && short.trim() !== '' && !byFolded.has(foldText(short)))
        byFolded.set(foldText(short), organisation.id);
    }
  const added: MergedOrganisation[] = [];
  const ties: RawTie[] = [];
  const entries: ReportEntry[] = [];
  for (const list of lists) {
    let addedHere = 0;
    let tiesHere = 0;
    for (const { row, owner, names } of list.entries) {
      for (const name of names) {
        let target = byId.get(name) ?? byFolded.get(foldText(name));
        if (target === undefined) {
          target = byId.has(name) ? `${list.column}: ${name}` : name;
          const organisation: Organisation = { id: target, name, attributes: createAttributes() };
          added.push({ organisation, file: list.file, row });
          byId.set(target, target);
          byFolded.set(foldText(name), target);
          addedHere++;
        }
        if (target === owner) continue;
        tiesHere++;
        ties.push({
          file: list.file,
          row,
          sourceColumn: list.column,
          targetColumn: list.column,
          source: owner,
          target,
          type: list.column,
          weight: 1,
          directed: false,
          attributes: createAttributes(),
        });
      }
    }
    entries.push({
      severity: 'info',
      kind: 'linked-organisations',
      file: list.file,
      row: null,
      column: list.column,
      problem: `"${list.column}" lists linked organisations (separated by "${list.separator}").`,
      action: `${tiesHere.toLocaleString('en-GB')} ties made; ${addedHere.toLocaleString('en-GB')} organisations added from this column.`,
    });
  }
  return { added, ties, entries };
}
