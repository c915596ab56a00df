import type { Organisation, ReportEntry, Tie } from '../model/types';
import { createAttributes } from '../model/types';
import type { RawTie } from './toTies';

export interface ResolveOptions {
  /** Leave out ties that name an unknown organisation instead of adding a placeholder for it. */
  dropUnknownTies?: boolean;
  /** No table describes organisations (an edge list): every name is an organisation, not a placeholder. */
  inferOrganisations?: boolean;
}

export interface ResolvedTies {
  ties: Tie[];
  /** File and spreadsheet row of each tie, parallel to `ties`. */
  origins: TieOrigin[];
  placeholders: Organisation[];
  entries: ReportEntry[];
}

export interface TieOrigin {
  file: string;
  row: number;
}

// toLowerCase, not toLocaleLowerCase: the same in every locale, and several times faster on 300k ends.
const foldName = (name: string) => name.trim().toLowerCase();

/** Look-ups of organisations by id and by folded name. */
function indexOrganisations(organisations: Organisation[]) {
  const byId = new Map<string, Organisation>();
  const byName = new Map<string, Organisation[]>();
  for (const org of organisations) {
    byId.set(org.id, org);
    const key = foldName(org.name);
    const named = byName.get(key);
    if (named) named.push(org);
    else byName.set(key, [org]);
  }
  return { byId, byName };
}

/**
 * Resolve each tie's ends to organisation ids: by id first, then by name (trimmed, case-folded).
 * An unknown end becomes a flagged placeholder organisation (or the tie is dropped, if asked);
 * a self-tie is reported and left out. Every tie row ends as a tie or a report line.
 */
export function resolveTies(
  organisations: Organisation[],
  rawTies: RawTie[],
  options: ResolveOptions = {},
): ResolvedTies {
  const { byId, byName } = indexOrganisations(organisations);
  const placeholders: Organisation[] = [];
  const entries: ReportEntry[] = [];
  const report = (raw: RawTie, kind: string, column: string, problem: string, action: string) =>
    entries.push({ severity: 'warning', kind, file: raw.file, row: raw.row, column, problem, action });
  /** The organisation id a reference names, or null when it is unknown and must be dropped. */
  const resolve = (raw: RawTie, reference: string, column: string): string | null => {
    const found = byId.get(reference) ?? byId.get(reference.trim());
    if (found) return found.id;
    const named = byName.get(foldName(reference));
    if (named && named.length > 0) {
      if (named.length > 1)
        report(
          raw,
          'ambiguous-reference',
          column,
          `"${reference}" matches ${named.length} organisations by name.`,
          `Linked to the first, "${named[0]!.id}".`,
        );
      return named[0]!.id;
    }
    if (options.dropUnknownTies && !options.inferOrganisations) {
      report(
        raw,
        'unknown-reference',
        column,
        `No organisation "${reference}".`,
        'Tie left out (option: drop ties to unknown organisations).',
      );
      return null;
    }
    const id = reference.trim();
    const placeholder: Organisation = {
      id,
      name: id,
      ...(options.inferOrganisations ? {} : { placeholder: true }),
      attributes: createAttributes(),
    };
    byId.set(id, placeholder);
    byName.set(foldName(id), [placeholder]);
    placeholders.push(placeholder);
    if (!options.inferOrganisations)
      report(
        raw,
        'unknown-reference',
        column,
        `No organisation "${reference}".`,
        'Added from ties as a placeholder organisation.',
      );
    return id;
  };
  const ties: Tie[] = [];
  const origins: TieOrigin[] = [];
  for (const raw of rawTies) {
    const source = resolve(raw, raw.source, raw.sourceColumn);
    if (source === null) continue;
    const target = resolve(raw, raw.target, raw.targetColumn);
    if (target === null) continue;
    if (source === target) {
      report(raw, 'self-tie', raw.sourceColumn, `Tie from "${raw.source}" to itself.`, 'Left out of the graph.');
      continue;
    }
    const tie: Tie = {
      id: `t${ties.length}`,
      source,
      target,
      weight: raw.weight,
      directed: raw.directed,
      attributes: raw.attributes,
    };
    if (raw.type !== undefined) tie.type = raw.type;
    if (raw.year !== undefined) tie.year = raw.year;
    ties.push(tie);
    origins.push({ file: raw.file, row: raw.row });
  }
  return { ties, origins, placeholders, entries };
}
