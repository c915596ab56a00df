import type { RawTable } from './parseCsv';
import { foldText } from '../model/roles';
import {
  MEMBERSHIP_FIELDS,
  ORGANISATION_COLUMN_FIELDS,
  TIE_FIELDS,
  fieldClaims,
  fieldsNamedBy,
  headerKey,
  type ColumnField,
  type FieldClaim,
} from './columns';

const SAMPLE_ROWS = 5000;

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
  organisations: ORGANISATION_COLUMN_FIELDS,
  ties: TIE_FIELDS,
  membership: MEMBERSHIP_FIELDS,
};

/** Distinct non-empty values of a column, counted over a sample of its rows. */
function distinctValues(table: RawTable, index: number): { distinct: number; filled: number } {
  const seen = new Set<string>();
  let filled = 0;
  for (const row of table.rows.slice(0, SAMPLE_ROWS)) {
    const cell = (row[index] ?? '').trim();
    if (cell === '') continue;
    filled++;
    seen.add(cell);
  }
  return { distinct: seen.size, filled };
}

/**
 * Whether a column's values can be ids: never a column of two values (yes/no) in six rows or more, and in a table
 * of one row per organisation, mostly unique values (at least half: repeated ids are reported).
 */
function canBeId(table: RawTable, index: number, role: TableRole): boolean {
  const { distinct, filled } = distinctValues(table, index);
  if (filled >= 6 && distinct <= 2) return false;
  return role !== 'organisations' || distinct >= 0.5 * filled;
}

interface Candidate {
  index: number;
  claims: FieldClaim[];
  /** How unique the column's values are (for the id: the most unique column wins). */
  distinct: number;
}

/**
 * Assign each column the first field of `allowed` it names, unless another column took it. Strong
 * claims go first, then the column with the more distinct values; a question is asked only when
 * two columns claim a field equally.
 */
function assignFields(
  header: string[],
  allowed: readonly ColumnField[],
  table?: RawTable,
  role: TableRole = 'organisations',
): { fields: (ColumnField | null)[]; clashes: string[] } {
  const candidates: Candidate[] = header.map((cell, index) => {
    const claims = fieldClaims(cell).filter(
      ({ field }) => allowed.includes(field) && (field !== 'id' || !table || canBeId(table, index, role)),
    );
    const needsCount = table && claims.some(({ field }) => field === 'id');
    return { index, claims, distinct: needsCount ? distinctValues(table, index).distinct : 0 };
  });
  const fields: (ColumnField | null)[] = header.map(() => null);
  const takenBy = new Map<ColumnField, Candidate>();
  const clashes: string[] = [];
  for (const strong of [true, false]) {
    const order = candidates
      .filter(({ claims }) => claims.some((claim) => claim.strong === strong))
      .sort((a, b) => b.distinct - a.distinct || a.index - b.index);
    for (const candidate of order) {
      if (fields[candidate.index]) continue;
      for (const { field, strong: claimStrong } of candidate.claims) {
        if (claimStrong !== strong) continue;
        const holder = takenBy.get(field);
        if (!holder) {
          fields[candidate.index] = field;
          takenBy.set(field, candidate);
          break;
        }
        const holderStrong = holder.claims.find((claim) => claim.field === field)?.strong;
        if (holderStrong === strong && holder.distinct === candidate.distinct && candidate.claims.length === 1)
          clashes.push(
            `Both "${header[holder.index]}" and "${header[candidate.index]}" could be the ${field}; "${header[holder.index]}" was chosen.`,
          );
      }
    }
  }
  return { fields, clashes };
}

/** The mapping for another role: columns re-read against that role's fields, by their headers. */
export function mappingForRole(header: string[], role: TableRole, table?: RawTable): TableMapping {
  const { fields } = assignFields(header, FIELDS_BY_ROLE[role], table, role);
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
  const { fields, clashes } = assignFields(table.header, FIELDS_BY_ROLE[role], table, role);
  let mapping: TableMapping = { role, fields };
  const questions = [...clashes];
  if (role === 'membership') {
    // Ids beside a column named as a project: a membership list beyond doubt, said in the report.
    const certain = fields.includes('id') && fields.includes('group');
    mapping = { ...withClusterAsGroup(mapping), groupMode: 'shared' };
    if (!certain)
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
