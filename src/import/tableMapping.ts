import type { RawTable } from './parseCsv';
import { foldText } from '../model/roles';
import {
  MEMBERSHIP_FIELDS,
  ORGANISATION_FIELDS,
  TIE_FIELDS,
  fieldsNamedBy,
  headerKey,
  type ColumnField,
} from './columns';

export type TableRole = 'organisations' | 'ties' | 'membership';
export type GroupMode = 'shared' | 'two-mode';

/** How a table's columns are read: what the table holds and which core field each column fills. */
export interface TableMapping {
  role: TableRole;
  /** Per column: the core field it fills, or null when it stays a typed attribute. */
  fields: (ColumnField | null)[];
  /** Membership lists: ties between organisations that share a group, or groups as nodes. */
  groupMode?: GroupMode;
}

/** A table's proposed mapping and a preview, for the mapping step. */
export interface TablePlan {
  file: string;
  /** The folded header list: the same headers get the same remembered mapping. */
  key: string;
  header: string[];
  preview: string[][];
  mapping: TableMapping;
  /** Why the user should confirm the mapping; empty when it is certain. */
  questions: string[];
}

export const FIELDS_BY_ROLE: Record<TableRole, readonly ColumnField[]> = {
  organisations: ORGANISATION_FIELDS,
  ties: TIE_FIELDS,
  membership: MEMBERSHIP_FIELDS,
};

/** Assign each column the first field of `allowed` it names, unless an earlier column took it. */
function assignFields(
  header: string[],
  allowed: readonly ColumnField[],
): { fields: (ColumnField | null)[]; clashes: string[] } {
  const taken = new Map<ColumnField, number>();
  const clashes: string[] = [];
  const fields = header.map((cell, index) => {
    const field = fieldsNamedBy(cell).find((candidate) => allowed.includes(candidate));
    if (!field) return null;
    const earlier = taken.get(field);
    if (earlier !== undefined) {
      clashes.push(`Both "${header[earlier]}" and "${cell}" could be the ${field}; "${header[earlier]}" was chosen.`);
      return null;
    }
    taken.set(field, index);
    return field;
  });
  return { fields, clashes };
}

/** The mapping for another role: columns re-read against that role's fields, by their headers. */
export function mappingForRole(header: string[], role: TableRole): TableMapping {
  const { fields } = assignFields(header, FIELDS_BY_ROLE[role]);
  const mapping: TableMapping = { role, fields };
  return role === 'membership' ? { ...withClusterAsGroup(mapping), groupMode: 'shared' } : mapping;
}

/** What a mapping still lacks before the table can be read (empty when complete). */
export function missingFields(mapping: TableMapping): string[] {
  const has = (field: ColumnField) => mapping.fields.includes(field);
  if (mapping.role === 'ties')
    return (['source', 'target'] as const).filter((field) => !has(field)).map((field) => `a ${field} column`);
  const missing = has('id') || has('name') ? [] : ['an id or name column'];
  if (mapping.role === 'membership' && !has('group')) missing.push('a group (project or cluster) column');
  return missing;
}

/** True when some organisation is named on more than one row: a sign of a membership list. */
function namesRepeat(table: RawTable, column: number): boolean {
  const seen = new Set<string>();
  for (const row of table.rows) {
    const name = foldText(row[column] ?? '');
    if (name === '') continue;
    if (seen.has(name)) return true;
    seen.add(name);
  }
  return false;
}

/** The role a table's headers and content suggest. */
function proposeRole(table: RawTable): TableRole {
  if (table.headerless) return 'ties';
  const named = table.header.map(fieldsNamedBy);
  const hasField = (field: ColumnField) => named.some((fields) => fields.includes(field));
  if (hasField('source') && hasField('target')) return 'ties';
  const nameColumn = named.findIndex((fields) => fields.includes('id') || fields.includes('name'));
  const groupColumn = named.some((fields) => fields.includes('group') || fields.includes('cluster'));
  if (nameColumn >= 0 && groupColumn && namesRepeat(table, nameColumn)) return 'membership';
  // One end recognised and no id column: a tie table whose other end needs naming.
  if (!hasField('id') && (hasField('source') || hasField('target'))) return 'ties';
  return 'organisations';
}

/** A membership list without a group column: the cluster column (if any) is the group. */
function withClusterAsGroup(mapping: TableMapping): TableMapping {
  if (mapping.fields.includes('group')) return mapping;
  return { ...mapping, fields: mapping.fields.map((field) => (field === 'cluster' ? 'group' : field)) };
}

/** Propose a mapping for a table, with the questions the user should answer (if any). */
export function proposeMapping(table: RawTable): { mapping: TableMapping; questions: string[] } {
  const role = proposeRole(table);
  const { fields, clashes } = assignFields(table.header, FIELDS_BY_ROLE[role]);
  let mapping: TableMapping = { role, fields };
  const questions = [...clashes];
  if (role === 'membership') {
    mapping = { ...withClusterAsGroup(mapping), groupMode: 'shared' };
    questions.unshift(
      'Organisations appear on several rows: this looks like a membership list. Pick the group column and how to link members.',
    );
  }
  for (const missing of missingFields(mapping)) questions.push(`No column was recognised as ${missing}.`);
  return { mapping, questions };
}

/** The mapping step's view of a table: the proposal, a preview of the first rows, the key. */
export function planTable(file: string, table: RawTable, remembered?: TableMapping): TablePlan {
  const proposal = proposeMapping(table);
  const usable =
    remembered && remembered.fields.length === table.header.length && missingFields(remembered).length === 0;
  return {
    file,
    key: headerKey(table.header),
    header: table.header,
    preview: table.rows.slice(0, 5),
    mapping: usable ? remembered : proposal.mapping,
    questions: usable ? [] : proposal.questions,
  };
}
