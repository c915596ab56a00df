import type { Organisation, ReportEntry, Tie } from '../model/types';
import { createAttributes } from '../model/types';
import type { RawTie } from './toTies';

export interface ResolvedTies {
  ties: Tie[];
  placeholders: Organisation[];
  entries: ReportEntry[];
}

const foldName = (name: string) => name.trim().toLocaleLowerCase();

/**
 * Resolve each tie's ends to organisation ids: by id first, then by name (trimmed, case-folded).
 * An unknown end becomes a flagged placeholder organisation; a self-tie is reported and left out.
 */
export function resolveTies(organisations: Organisation[], rawTies: RawTie[]): ResolvedTies {
  const byId = new Map(organisations.map((org) => [org.id, org]));
  const byName = new Map<string, Organisation[]>();
  for (const org of organisations) {
    const key = foldName(org.name);
    byName.set(key, [...(byName.get(key) ?? []), org]);
  }
  const placeholders: Organisation[] = [];
  const entries: ReportEntry[] = [];
  const resolve = (raw: RawTie, reference: string, column: string): string => {
    const exact = byId.get(reference);
    if (exact) return exact.id;
    const named = byName.get(foldName(reference));
    if (named && named.length > 0) {
      if (named.length > 1) {
        entries.push({ severity: 'warning', kind: 'ambiguous-reference', file: raw.file, row: raw.row, column, problem: `"${reference}" matches ${named.length} organisations by name.`, action: `Linked to the first, "${named[0]!.id}".` });
      }
      return named[0]!.id;
    }
    const placeholder: Organisation = { id: reference, name: reference, placeholder: true, attributes: createAttributes() };
    byId.set(reference, placeholder);
    byName.set(foldName(reference), [placeholder]);
    placeholders.push(placeholder);
    entries.push({ severity: 'warning', kind: 'unknown-reference', file: raw.file, row: raw.row, column, problem: `No organisation "${reference}".`, action: 'Added from ties as a placeholder organisation.' });
    return reference;
  };
  const ties: Tie[] = [];
  for (const raw of rawTies) {
    const source = resolve(raw, raw.source, raw.sourceColumn);
    const target = resolve(raw, raw.target, raw.targetColumn);
    if (source === target) {
      entries.push({ severity: 'warning', kind: 'self-tie', file: raw.file, row: raw.row, column: raw.sourceColumn, problem: `Tie from "${raw.source}" to itself.`, action: 'Left out of the graph.' });
      continue;
    }
    const { file: _file, row: _row, sourceColumn: _s, targetColumn: _t, ...rest } = raw;
    ties.push({ ...rest, id: `t${ties.length}`, source, target });
  }
  return { ties, placeholders, entries };
}
