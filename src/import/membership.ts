import type { FieldSchema, Organisation, ReportEntry } from '../model/types';
import { createAttributes } from '../model/types';
import type { RawTable } from './parseCsv';
import type { ColumnField } from './columns';
import type { GroupMode } from './tableMapping';
import type { RawTie } from './toTies';
import { toOrganisations } from './toOrganisations';
import { rowNumber } from './tableColumns';

export interface MembershipResult {
  organisations: Organisation[];
  rows: number[];
  schema: FieldSchema[];
  ties: RawTie[];
  entries: ReportEntry[];
}

interface Group {
  name: string;
  /** Member organisation ids, in order of first appearance, and the row that named each. */
  members: Map<string, number>;
}

/** Group name -> its members, from the rows that name both an organisation and a group. */
function collectGroups(
  file: string,
  table: RawTable,
  groupIndex: number,
  organisations: Organisation[],
  rows: number[],
  entries: ReportEntry[],
  canonical: (org: Organisation) => string,
): Map<string, Group> {
  const groups = new Map<string, Group>();
  organisations.forEach((org, index) => {
    const row = rows[index]!;
    const name = (table.rows[row - rowNumber(table, 0)]?.[groupIndex] ?? '').trim();
    if (name === '') {
      entries.push({
        severity: 'warning',
        kind: 'missing-group',
        file,
        row,
        column: table.header[groupIndex] ?? 'group',
        problem: `"${org.name}" has no group on this row.`,
        action: 'Organisation kept, no membership made.',
      });
      return;
    }
    const group = groups.get(name) ?? { name, members: new Map<string, number>() };
    groups.set(name, group);
    const id = canonical(org);
    const first = group.members.get(id);
    if (first === undefined) group.members.set(id, row);
    else
      entries.push({
        severity: 'info',
        kind: 'duplicate-membership',
        file,
        row,
        column: table.header[groupIndex] ?? 'group',
        problem: `"${org.name}" is already in "${name}" (row ${first}).`,
        action: 'Counted once.',
      });
  });
  return groups;
}

const rawTie = (
  file: string,
  row: number,
  source: string,
  target: string,
  type: string,
  weight: number,
  groups: string[],
): RawTie => ({
  file,
  row,
  sourceColumn: 'member',
  targetColumn: 'member',
  source,
  target,
  type,
  weight,
  directed: false,
  attributes: createAttributes([['groups', groups]]),
});

/** Ties between members of the same group, weighted by how many groups they share. */
function sharedGroupTies(
  file: string,
  groups: Map<string, Group>,
  groupLabel: string,
  entries: ReportEntry[],
): RawTie[] {
  const pairs = new Map<string, { source: string; target: string; row: number; groups: string[] }>();
  for (const group of groups.values()) {
    const members = [...group.members];
    if (members.length === 1) {
      entries.push({
        severity: 'info',
        kind: 'single-member-group',
        file,
        row: members[0]![1],
        column: groupLabel,
        problem: `Only one organisation in "${group.name}".`,
        action: 'No tie made for this group.',
      });
    }
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        const [a, rowA] = members[i]!;
        const [b] = members[j]!;
        const [source, target] = a < b ? [a, b] : [b, a];
        const key = JSON.stringify([source, target]);
        const pair = pairs.get(key) ?? { source, target, row: rowA, groups: [] };
        pair.groups.push(group.name);
        pairs.set(key, pair);
      }
    }
  }
  return [...pairs.values()].map((pair) =>
    rawTie(file, pair.row, pair.source, pair.target, `Shared ${groupLabel}`, pair.groups.length, pair.groups),
  );
}

/**
 * A membership list (one row per organisation per project or cluster) as organisations and ties:
 * ties between organisations that share a group, weighted by how many they share, or (two-mode)
 * the groups as organisations of their own with a tie to each member.
 */
export function fromMembership(
  file: string,
  table: RawTable,
  fields: readonly (ColumnField | null)[],
  mode: GroupMode = 'shared',
): MembershipResult {
  const groupIndex = fields.indexOf('group');
  const result = toOrganisations(file, table, fields);
  const entries = [...result.entries];
  // Without an id column, organisations are named: "Acme" and "acme " are one organisation.
  const byKey = new Map<string, string>();
  const keyOf = fields.includes('id')
    ? (org: Organisation) => org.id
    : (org: Organisation) => org.id.trim().toLowerCase();
  const organisations: Organisation[] = [];
  const rows: number[] = [];
  result.organisations.forEach((org, index) => {
    if (byKey.has(keyOf(org))) return; // a later row of the same organisation: one more membership
    byKey.set(keyOf(org), org.id);
    organisations.push(org);
    rows.push(result.rows[index]!);
  });
  const groups = collectGroups(
    file,
    table,
    groupIndex,
    result.organisations,
    result.rows,
    entries,
    (org) => byKey.get(keyOf(org)) ?? org.id,
  );
  const groupLabel = table.header[groupIndex] ?? 'group';
  if (mode === 'shared') {
    const ties = sharedGroupTies(file, groups, groupLabel, entries);
    entries.unshift({
      severity: 'info',
      kind: 'membership-list',
      file,
      row: null,
      column: groupLabel,
      problem: `Organisations appear on several rows, one per "${groupLabel}": a membership list.`,
      action: `${organisations.length.toLocaleString('en-GB')} organisations in ${groups.size.toLocaleString('en-GB')} groups; ${ties.length.toLocaleString('en-GB')} ties between organisations that share a ${groupLabel}.`,
    });
    return { organisations, rows, schema: result.schema, ties, entries };
  }
  const ties: RawTie[] = [];
  for (const group of groups.values()) {
    const id = `${groupLabel}: ${group.name}`;
    organisations.push({
      id,
      name: group.name,
      type: groupLabel,
      attributes: createAttributes([['members', group.members.size]]),
    });
    rows.push(group.members.values().next().value ?? 0);
    for (const [member, row] of group.members) ties.push(rawTie(file, row, member, id, 'Member of', 1, [group.name]));
  }
  return { organisations, rows, schema: result.schema, ties, entries };
}
